package org.clinicflow.scenarios.optimize;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clinicflow.simulator.clinic.AdminTaskType;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;

/**
 * The waiting of patient tasks at each station as simulated: for every rooming, procedure and turnover an MA did, the
 * minutes from its request to its start, summed per station (the station whose workload it is). Admin work and desk
 * tasks are left out, as the optimizer's waiting tables leave them out. One collector per replication, added up in
 * replication order.
 */
public final class TaskWaits implements ClinicObserver {
    private final Set<String> adminTaskIds;
    private final Map<String, double[]> byStation = new TreeMap<>();

    TaskWaits(Clinic clinic) {
        this.adminTaskIds = Set.copyOf(clinic.adminTasks().stream().map(AdminTaskType::id).toList());
    }

    @Override
    public void maTask(MaTaskRecord record) {
        if (record.stationId() == null || adminTaskIds.contains(record.task())) {
            return;
        }
        double[] sums = byStation.computeIfAbsent(record.stationId(), k -> new double[2]);
        sums[0] += Math.max(0, record.started() - record.requested());
        sums[1]++;
    }

    /** Adds another replication's sums. */
    void add(TaskWaits other) {
        other.byStation.forEach((station, s) -> {
            double[] sums = byStation.computeIfAbsent(station, k -> new double[2]);
            sums[0] += s[0];
            sums[1] += s[1];
        });
    }

    /** Patient-minutes of MA-task waiting per simulated day, by station, over {@code days} simulated days. */
    StationMinutes perDay(double days) {
        Map<String, Double> minutes = new TreeMap<>();
        byStation.forEach((station, s) -> minutes.put(station, s[0] / days));
        return new StationMinutes(minutes);
    }

    /** Tasks seen at {@code station}. */
    long tasks(String station) {
        double[] s = byStation.get(station);
        return s == null ? 0 : (long) s[1];
    }
}
