package org.clinicflow.scenarios.report.chart;

import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * One weekday's staffing against its workload, hour by hour (index 0 is 00:00-01:00): {@code onDuty} MAs on duty
 * (planned, breaks excluded), {@code needed} MA work requested in the hour divided by 60 minutes, i.e. the MAs that
 * would be busy all hour doing it.
 */
public record DayCoverage(DayOfWeek day, double[] onDuty, double[] needed) {
    public DayCoverage {
        onDuty = HourArrays.checked("onDuty", onDuty);
        needed = HourArrays.checked("needed", needed);
    }

    /** True when nobody is on duty and no work is requested all day. */
    public boolean isEmpty() {
        return Arrays.stream(onDuty).allMatch(v -> v == 0) && Arrays.stream(needed).allMatch(v -> v == 0);
    }
}
