package org.clinicflow.simulator.clinic.results;

/**
 * Receives the records of a clinic replication as they are produced, so KPIs accumulate in fixed memory and per-patient
 * files are written only when asked for. Every method has an empty default.
 */
public interface ClinicObserver {
    default void patient(PatientRecord record) {
    }

    default void maShift(MaShiftRecord record) {
    }

    default void providerSession(ProviderSessionRecord record) {
    }

    default void clinicDay(ClinicDayRecord record) {
    }

    default void supplyDay(SupplyDayRecord record) {
    }

    default void maTask(MaTaskRecord record) {
    }

    /** Observers called in order; records go to each. */
    static ClinicObserver all(ClinicObserver... observers) {
        return new ClinicObserver() {
            @Override
            public void patient(PatientRecord r) {
                for (ClinicObserver o : observers) {
                    o.patient(r);
                }
            }

            @Override
            public void maShift(MaShiftRecord r) {
                for (ClinicObserver o : observers) {
                    o.maShift(r);
                }
            }

            @Override
            public void providerSession(ProviderSessionRecord r) {
                for (ClinicObserver o : observers) {
                    o.providerSession(r);
                }
            }

            @Override
            public void clinicDay(ClinicDayRecord r) {
                for (ClinicObserver o : observers) {
                    o.clinicDay(r);
                }
            }

            @Override
            public void supplyDay(SupplyDayRecord r) {
                for (ClinicObserver o : observers) {
                    o.supplyDay(r);
                }
            }

            @Override
            public void maTask(MaTaskRecord r) {
                for (ClinicObserver o : observers) {
                    o.maTask(r);
                }
            }
        };
    }
}
