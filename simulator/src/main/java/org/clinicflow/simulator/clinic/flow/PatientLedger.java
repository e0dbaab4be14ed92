package org.clinicflow.simulator.clinic.flow;

import java.util.Arrays;
import java.util.List;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;

/**
 * The patients of the clinic from creation (booked or walking in later today) until their visit ends, by slot; each
 * leaves with exactly one outcome, reported to the observer. Also keeps each day's last departure.
 */
final class PatientLedger {
    private final Slots<Patient> patients = new Slots<>();
    private final ClinicIndex index;
    private final ClinicObserver observer;
    private final double[] lastDeparture;
    private long nextId;

    PatientLedger(ClinicIndex index, ClinicObserver observer, int days) {
        this.index = index;
        this.observer = observer;
        this.lastDeparture = new double[Math.max(days, 0)];
        Arrays.fill(lastDeparture, Double.NaN);
    }

    long nextId() {
        return nextId++;
    }

    void admit(Patient p) {
        p.slot = patients.put(p);
    }

    Patient get(int slot) {
        return patients.get(slot);
    }

    List<Patient> present() {
        return patients.live();
    }

    int size() {
        return patients.size();
    }

    /** Ends the visit with {@code outcome} and reports it. */
    void discharge(Patient p, PatientOutcome outcome) {
        patients.remove(p.slot);
        p.slot = -1;
        if (!Double.isNaN(p.departure) && p.day < lastDeparture.length
                && !(p.departure <= lastDeparture[p.day])) {
            lastDeparture[p.day] = p.departure;
        }
        String provider = p.provider >= 0 ? index.providers.get(p.provider).id() : null;
        observer.patient(new PatientRecord(p.id, p.day, p.walkIn, index.visitTypes.get(p.visitType).id(), provider,
                p.appointment, p.arrival, p.checkInStart, p.checkInEnd, p.roomingStart, p.roomingEnd,
                p.providerStart, p.providerEnd, p.departure, p.queueMinutes, p.proceduresDone,
                p.proceduresCancelled, outcome));
    }

    /** The last departure of day {@code day}'s patients so far, NaN if none left yet. */
    double lastDeparture(int day) {
        return lastDeparture[day];
    }
}
