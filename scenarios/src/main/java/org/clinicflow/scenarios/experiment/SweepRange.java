package org.clinicflow.scenarios.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.ModelInputException;

/**
 * What a sweep varies, as written after {@code --vary}: {@code PARAM=FROM..TO} (step 1), {@code PARAM=FROM..TO:STEP}
 * or {@code PARAM=V1,V2,...}. PARAM is an override path to a number ({@code examRooms.a}) or {@code mas}. Values are
 * exact decimals, so 0.05..0.2:0.05 gives 0.05, 0.1, 0.15, 0.2.
 */
public record SweepRange(String parameter, List<BigDecimal> values) {
    /** More settings than this is almost surely a typo in the step. */
    public static final int MAX_SETTINGS = 100;

    public SweepRange {
        values = List.copyOf(values);
    }

    public static SweepRange parse(String text) {
        String where = "--vary " + text;
        int eq = text.lastIndexOf('=');
        if (eq <= 0) {
            throw new ModelInputException(where, "write PARAM=FROM..TO[:STEP] or PARAM=V1,V2,..., e.g. mas=6..12,"
                    + " examRooms.a=4..7 or visitTypes[established].noShow=0.05..0.2:0.05");
        }
        String parameter = text.substring(0, eq).trim();
        String spec = text.substring(eq + 1).trim();
        List<BigDecimal> values = new ArrayList<>();
        if (spec.contains("..")) {
            String[] stepSplit = spec.split(":", -1);
            if (stepSplit.length > 2) {
                throw new ModelInputException(where, "one ':' at most, before the step, e.g. 0.05..0.2:0.05");
            }
            String[] ends = stepSplit[0].split("\\.\\.", -1);
            if (ends.length != 2) {
                throw new ModelInputException(where, "a range is FROM..TO, e.g. 6..12");
            }
            BigDecimal from = number(ends[0], where);
            BigDecimal to = number(ends[1], where);
            BigDecimal step = stepSplit.length == 2 ? number(stepSplit[1], where) : BigDecimal.ONE;
            if (step.signum() <= 0) {
                throw new ModelInputException(where, "the step must be greater than 0, got " + plain(step));
            }
            if (to.compareTo(from) < 0) {
                throw new ModelInputException(where, "the range ends (" + plain(to) + ") before it starts ("
                        + plain(from) + ")");
            }
            BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR);
            if (count.compareTo(BigDecimal.valueOf(MAX_SETTINGS)) >= 0) {
                throw new ModelInputException(where, "gives more than " + MAX_SETTINGS + " settings; use a larger"
                        + " step");
            }
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                values.add(v.stripTrailingZeros());
            }
        } else {
            for (String part : spec.split(",")) {
                BigDecimal v = number(part, where).stripTrailingZeros();
                if (!values.contains(v)) {
                    values.add(v);
                }
            }
            if (values.size() > MAX_SETTINGS) {
                throw new ModelInputException(where, "more than " + MAX_SETTINGS + " settings");
            }
        }
        return new SweepRange(parameter, values);
    }

    /** A value as a scenario file writes it: {@code 6}, {@code 0.15}. */
    public static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** True for the {@code mas} knob rather than an override path. */
    public boolean staffingLevel() {
        return parameter.equals(StaffingLevel.PARAMETER);
    }

    private static BigDecimal number(String s, String where) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new ModelInputException(where, "'" + s.trim() + "' is not a number");
        }
    }
}
