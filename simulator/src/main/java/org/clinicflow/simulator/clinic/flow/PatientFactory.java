package org.clinicflow.simulator.clinic.flow;

import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.FrontDesk;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.ProcedureTiming;
import org.clinicflow.simulator.clinic.Punctuality;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStream;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.random.Sampler;

/**
 * Creates patients with everything random about them drawn at once — no-show, punctuality, check-in, rooming, exam,
 * procedures ordered and their durations, checkout, room turnover, patience — in creation order (the day's schedule,
 * then its walk-ins in arrival order). Nothing is drawn later in service order, so two rosters of the same clinic see
 * exactly the same patients. Every draw is made whether or not it is used (a no-show still draws a rooming time).
 * The visit's durations come from streams of their own per arrival kind (booked or walk-in) and visit type, so a change
 * that adds walk-ins, or touches one visit type's figures, leaves the other patients' visits as they were.
 */
final class PatientFactory {
    private static final Distribution ZERO = new Distribution.Fixed(0);

    private final ClinicIndex index;
    private final boolean frontDesk;
    private final RandomStream noShow;
    private final RandomStream punctuality;
    private final Sampler early;
    private final Sampler late;
    private final VisitDraws[] booked;
    private final VisitDraws[] walkIns;
    private final Sampler patience;
    private final double lateProbability;

    PatientFactory(Clinic clinic, ClinicIndex index, RandomStreams streams) {
        this.index = index;
        FrontDesk desk = clinic.frontDesk();
        frontDesk = desk != null;
        noShow = streams.stream("noshow");
        punctuality = streams.stream("punctuality");
        Punctuality p = clinic.punctuality();
        lateProbability = p == null ? 0 : p.lateProbability();
        early = sampler(p == null ? null : p.earlyBy(), streams, "punctuality.early");
        late = sampler(p == null ? null : p.lateBy(), streams, "punctuality.late");
        int v = index.visitTypes.size();
        booked = new VisitDraws[v];
        walkIns = new VisitDraws[v];
        for (int i = 0; i < v; i++) {
            booked[i] = new VisitDraws(clinic, index, i, streams, "booked.");
            walkIns[i] = new VisitDraws(clinic, index, i, streams, "walkin.");
        }
        patience = clinic.walkIns() == null || clinic.walkIns().patience() == null ? null
                : clinic.walkIns().patience().sampler(streams.stream("patience"));
    }

    private static Sampler sampler(Distribution d, RandomStreams streams, String name) {
        return (d == null ? ZERO : d).sampler(streams.stream(name));
    }

    /** A booked patient; arrival, lateness and no-show are decided here. */
    Patient booked(long id, int day, Appointment a) {
        Patient p = new Patient(id, day, false, a.visitType(), a.time());
        p.provider = a.provider();
        p.session = a.session();
        p.pod = index.providerPod[a.provider()];
        p.noShow = noShow.nextDouble() < index.visitTypes.get(a.visitType()).noShowProbability();
        boolean isLate = punctuality.nextDouble() < lateProbability;
        double earlyBy = early.sample();
        double lateBy = late.sample();
        p.plannedArrival = isLate ? a.time() + lateBy : Math.max(ClinicDays.start(day), a.time() - earlyBy);
        booked[a.visitType()].draw(p);
        return p;
    }

    /** A walk-in arriving at {@code time}; their provider is chosen on arrival. */
    Patient walkIn(long id, int day, WalkIn w) {
        Patient p = new Patient(id, day, true, w.visitType(), Double.NaN);
        p.plannedArrival = w.time();
        walkIns[w.visitType()].draw(p);
        p.patience = patience == null ? Double.NaN : patience.sample();
        return p;
    }

    /**
     * The durations and orders of one kind of visit (booked or walk-in, one visit type), each from its own stream named
     * {@code KIND.VISITTYPE.ELEMENT}.
     */
    private final class VisitDraws {
        private final Sampler checkIn;
        private final Sampler rooming;
        private final Sampler exam;
        private final RandomStream ordered;
        private final int[] orderedProcedure;
        private final double[] orderProbability;
        private final Sampler[] procedure;
        private final Sampler checkout;
        private final Sampler turnover;

        VisitDraws(Clinic clinic, ClinicIndex index, int visitType, RandomStreams streams, String kind) {
            VisitType t = index.visitTypes.get(visitType);
            String prefix = kind + t.id() + ".";
            FrontDesk desk = clinic.frontDesk();
            checkIn = sampler(desk == null ? null : t.newPatient() ? desk.checkInNew() : desk.checkInEstablished(),
                    streams, prefix + "checkin");
            rooming = t.rooming().sampler(streams.stream(prefix + "rooming"));
            exam = t.seesProvider() ? t.providerTime().sampler(streams.stream(prefix + "exam")) : null;
            ordered = streams.stream(prefix + "procedures");
            String field = "visitTypes[" + t.id() + "].procedures";
            orderedProcedure = t.procedures().stream()
                    .mapToInt(o -> index.procedure(o.procedureId(), field)).toArray();
            orderProbability = t.procedures().stream()
                    .mapToDouble(o -> ModelInputException.requireProbability(field + "[" + o.procedureId()
                            + "].probability", o.probability())).toArray();
            List<Procedure> procs = index.procedures;
            procedure = new Sampler[orderedProcedure.length];
            for (int k = 0; k < procedure.length; k++) {
                Procedure proc = procs.get(orderedProcedure[k]);
                procedure[k] = proc.duration().sampler(streams.stream(prefix + "procedure." + proc.id()));
            }
            checkout = sampler(desk == null ? null : desk.checkout(), streams, prefix + "checkout");
            turnover = sampler(clinic.turnover() == null ? null : clinic.turnover().duration(), streams,
                    prefix + "turnover");
        }

        void draw(Patient p) {
            p.checkInMinutes = checkIn.sample();
            p.roomingMinutes = rooming.sample();
            p.examMinutes = exam == null ? 0 : exam.sample();
            int[] chosen = new int[orderedProcedure.length];
            double[] minutes = new double[orderedProcedure.length];
            int n = 0;
            for (int k = 0; k < orderedProcedure.length; k++) {
                boolean isOrdered = ordered.nextDouble() < orderProbability[k];
                double m = procedure[k].sample();
                if (isOrdered) {
                    chosen[n] = orderedProcedure[k];
                    minutes[n++] = m;
                }
            }
            p.checkoutMinutes = checkout.sample();
            p.turnoverMinutes = turnover.sample();
            itinerary(p, chosen, minutes, n);
        }
    }

    /** Check-in, rooming, the procedures before the provider, the exam, the procedures after, checkout. */
    private void itinerary(Patient p, int[] chosen, double[] minutes, int n) {
        p.procedure = new int[n];
        p.procedureMinutes = new double[n];
        int k = 0;
        int before = 0;
        for (ProcedureTiming timing : ProcedureTiming.values()) { // BEFORE_PROVIDER first
            for (int i = 0; i < n; i++) {
                if (index.procedures.get(chosen[i]).timing() == timing) {
                    p.procedure[k] = chosen[i];
                    p.procedureMinutes[k++] = minutes[i];
                }
            }
            if (timing == ProcedureTiming.BEFORE_PROVIDER) {
                before = k;
            }
        }
        int[] steps = new int[n + 4];
        int s = 0;
        if (frontDesk) {
            steps[s++] = Patient.CHECK_IN;
        }
        steps[s++] = Patient.ROOMING;
        for (k = 0; k < before; k++) {
            steps[s++] = k;
        }
        p.lastMaStep = s - 1;
        if (index.visitTypes.get(p.visitType).seesProvider()) {
            steps[s++] = Patient.EXAM;
        }
        for (k = before; k < n; k++) {
            steps[s++] = k;
            p.lastMaStep = s - 1;
        }
        if (frontDesk) {
            steps[s++] = Patient.CHECKOUT;
        }
        p.itinerary = java.util.Arrays.copyOf(steps, s);
    }
}
