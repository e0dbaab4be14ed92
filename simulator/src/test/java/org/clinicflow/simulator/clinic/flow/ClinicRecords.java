package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.clinic.results.ProviderSessionRecord;
import org.clinicflow.simulator.clinic.results.SupplyDayRecord;

/** Every record of a replication, kept in arrival order, for tests to inspect. */
final class ClinicRecords implements ClinicObserver {
    final List<PatientRecord> patients = new ArrayList<>();
    final List<MaShiftRecord> shifts = new ArrayList<>();
    final List<ProviderSessionRecord> sessions = new ArrayList<>();
    final List<ClinicDayRecord> days = new ArrayList<>();
    final List<SupplyDayRecord> supplies = new ArrayList<>();
    final List<MaTaskRecord> tasks = new ArrayList<>();

    @Override
    public void patient(PatientRecord r) {
        patients.add(r);
    }

    @Override
    public void maShift(MaShiftRecord r) {
        shifts.add(r);
    }

    @Override
    public void providerSession(ProviderSessionRecord r) {
        sessions.add(r);
    }

    @Override
    public void clinicDay(ClinicDayRecord r) {
        days.add(r);
    }

    @Override
    public void supplyDay(SupplyDayRecord r) {
        supplies.add(r);
    }

    @Override
    public void maTask(MaTaskRecord r) {
        tasks.add(r);
    }

    long count(PatientOutcome outcome) {
        return patients.stream().filter(p -> p.outcome() == outcome).count();
    }

    /** Mean minutes from arrival to rooming over the patients who were roomed. */
    double meanWaitingRoomMinutes() {
        return patients.stream().filter(p -> !Double.isNaN(p.roomingStart()))
                .mapToDouble(PatientRecord::waitingRoomMinutes).average().orElse(Double.NaN);
    }
}
