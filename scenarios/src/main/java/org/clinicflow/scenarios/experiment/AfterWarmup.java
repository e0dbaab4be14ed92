package org.clinicflow.scenarios.experiment;

import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.clinic.results.ProviderSessionRecord;
import org.clinicflow.simulator.clinic.results.SupplyDayRecord;

/** Passes on only the records of days from {@code firstDay} on: warm-up deletion for clinics that run around the clock. */
record AfterWarmup(ClinicObserver inner, int firstDay) implements ClinicObserver {

    static ClinicObserver of(ClinicObserver inner, int warmupDays) {
        return warmupDays == 0 ? inner : new AfterWarmup(inner, warmupDays);
    }

    @Override
    public void patient(PatientRecord r) {
        if (r.day() >= firstDay) {
            inner.patient(r);
        }
    }

    @Override
    public void maShift(MaShiftRecord r) {
        if (r.day() >= firstDay) {
            inner.maShift(r);
        }
    }

    @Override
    public void providerSession(ProviderSessionRecord r) {
        if (r.day() >= firstDay) {
            inner.providerSession(r);
        }
    }

    @Override
    public void clinicDay(ClinicDayRecord r) {
        if (r.day() >= firstDay) {
            inner.clinicDay(r);
        }
    }

    @Override
    public void supplyDay(SupplyDayRecord r) {
        if (r.day() >= firstDay) {
            inner.supplyDay(r);
        }
    }

    @Override
    public void maTask(MaTaskRecord r) {
        if (r.day() >= firstDay) {
            inner.maTask(r);
        }
    }
}
