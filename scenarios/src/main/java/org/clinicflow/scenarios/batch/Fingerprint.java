package org.clinicflow.scenarios.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a scenario's results depend on, hashed: the scenario's text and the batch settings that change results. Equal
 * fingerprints mean an earlier run's files can be reused; any change to the file or the options runs it again.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /** SHA-256 of the scenario text and the settings, in hex. */
    static String of(String scenarioText, BatchSettings settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("scenario (" + scenarioText.length() + " chars)\n").getBytes(StandardCharsets.UTF_8));
            sha.update(scenarioText.getBytes(StandardCharsets.UTF_8));
            sha.update("\nsettings\n".getBytes(StandardCharsets.UTF_8));
            sha.update(settings.describe().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
