package org.clinicflow.scenarios.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which scenarios a batch runs, and under which names, from directories, files, globs and built-ins. */
class BatchInputsTest {
    private static List<String> names(List<BatchInput> inputs) {
        return inputs.stream().map(BatchInput::name).toList();
    }

    private static Path touch(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "name: x\n");
    }

    @Test
    void aDirectoryGivesItsYamlFilesInOrder(@TempDir Path dir) throws Exception {
        touch(dir.resolve("b-clinic.yaml"));
        touch(dir.resolve("a clinic.YML"));
        touch(dir.resolve("readme.md"));
        touch(dir.resolve("sub/c.yaml"));
        List<BatchInput> inputs = BatchInputs.resolve(List.of(dir.toString()));
        assertEquals(List.of("a-clinic", "b-clinic"), names(inputs), "no subfolders, names safe as folders");
        assertEquals(dir.resolve("a clinic.YML"), inputs.get(0).file());
        assertEquals(dir.resolve("a clinic.YML").toString(), inputs.get(0).source());
    }

    @Test
    void aFileNameWithAccentsKeepsThem(@TempDir Path dir) throws Exception {
        String file = "clínica, \"sur\".yaml";
        assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode(file),
                "file names with accents need a UTF-8 locale");
        touch(dir.resolve(file));
        assertEquals(List.of("clínica-sur"), names(BatchInputs.resolve(List.of(dir.toString()))));
    }

    /** The naming alone, whatever the file system's encoding. */
    @Test
    void aFolderNameKeepsLettersOfAnyScript() {
        assertEquals("clínica-sur", BatchInputs.folderName("clínica, \"sur\""));
        assertEquals("clínica-sur", BatchInputs.folderName("cli\u0301nica sur"), "decomposed accents are composed");
        assertEquals("Zürich_Ost-2", BatchInputs.folderName("Zürich_Ost (2)"));
        assertEquals("診療所", BatchInputs.folderName("診療所"));
        assertEquals("scenario", BatchInputs.folderName("!!"));
    }

    @Test
    void aGlobMatchesBelowItsFixedPart(@TempDir Path dir) throws Exception {
        touch(dir.resolve("east/one.yaml"));
        touch(dir.resolve("west/deep/two.yaml"));
        touch(dir.resolve("west/three.yml"));
        assertEquals(List.of("one", "two"), names(BatchInputs.resolve(List.of(dir + "/**/*.yaml"))));
        assertEquals(List.of("three"), names(BatchInputs.resolve(List.of(dir + "/w*/*.yml"))));
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> BatchInputs.resolve(List.of(dir + "/*.json")));
        assertTrue(none.getMessage().contains("matches no file"), none.getMessage());
    }

    @Test
    void builtInsByPrefixOrNameAndEachScenarioOnce(@TempDir Path dir) throws Exception {
        assertEquals(ScenarioLibrary.names(), names(BatchInputs.resolve(List.of("builtin:all"))));
        Path file = touch(dir.resolve("urgent-care.yaml"));
        List<BatchInput> inputs = BatchInputs.resolve(List.of("builtin:urgent-care", "urgent-care", file.toString(),
                file.toString(), dir.resolve("./urgent-care.yaml").toString()));
        assertEquals(List.of("urgent-care", "urgent-care-2"), names(inputs), "a built-in and a file; each once");
        assertEquals("urgent-care (built-in)", inputs.get(0).source());
        assertTrue(inputs.get(0).text().contains("practiceType: urgent-care"));
        assertEquals(file, inputs.get(1).file());
    }

    @Test
    void aScenarioCannotTakeTheBatchsOwnFolderName(@TempDir Path dir) throws Exception {
        assertEquals(List.of("charts-2"), names(BatchInputs.resolve(List.of(touch(dir.resolve("charts.yaml"))
                .toString()))));
    }

    @Test
    void whatFindsNothingIsBadInputWithAHint(@TempDir Path dir) throws Exception {
        InvalidInputException typo = assertThrows(InvalidInputException.class,
                () -> BatchInputs.resolve(List.of("builtin:pediatric")));
        assertTrue(typo.getMessage().contains("'pediatrics'"), typo.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> BatchInputs.resolve(List.of(dir.resolve("clinics").toString())));
        assertTrue(missing.getMessage().contains("no such file or directory"), missing.getMessage());
        Files.createDirectories(dir.resolve("empty"));
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> BatchInputs.resolve(List.of(dir.resolve("empty").toString())));
        assertTrue(empty.getMessage().contains("without .yaml or .yml files"), empty.getMessage());
    }
}
