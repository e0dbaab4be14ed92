package org.clinicflow.scenarios.optimize;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicflow.optimizer.domain.Prices;
import org.clinicflow.optimizer.domain.TimeText;
import org.clinicflow.optimizer.explain.ConstraintTotal;
import org.clinicflow.optimizer.explain.CoverOption;
import org.clinicflow.optimizer.solver.RosterConstraintProvider;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * "Who can cover?" in words: the shift to cover, then each option best first with what it does — rules broken,
 * a staffing gap filled, the labor it adds, the patient waiting it saves (patient-minutes by the solver's tables, and
 * their price) — and the net change of the score in money, said so that it agrees with the ranking.
 */
public final class CoverText {
    private static final List<String> LABOR_RULES = List.of(RosterConstraintProvider.LABOR,
            RosterConstraintProvider.DAILY_OVERTIME, RosterConstraintProvider.WEEKLY_OVERTIME,
            RosterConstraintProvider.SEVENTH_DAY);

    private CoverText() {
    }

    public static String render(CoverOutcome outcome) {
        CoverRequest r = outcome.request();
        ShiftAssignment shift = r.vacated();
        Prices prices = r.solver().prices();
        StringBuilder b = new StringBuilder();
        b.append(r.absent().name()).append(" (").append(r.absent().id()).append(") is off on ")
                .append(r.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                .append(r.date()).append(": the shift ").append(shift.shift().id()).append('@')
                .append(shift.stationId()).append(" (").append(shift.shift().window().start()).append('-')
                .append(shift.shift().window().end()).append(", ")
                .append(RosterCosting.stationName(r.clinic(), shift.stationId())).append(") needs cover.\n");
        b.append("Who can cover, best first: broken rules weigh first, then staffing gaps, then money (each against"
                + " leaving the shift open; waiting by the solver's tables):\n");
        int rank = 1;
        for (CoverOption o : outcome.options()) {
            b.append(String.format(Locale.ROOT, "%3d. ", rank++)).append(o.maId() == null ? o.maName()
                    : o.maName() + " (" + o.maId() + ")").append(": ").append(describe(o, prices)).append('\n');
        }
        List<String> others = new ArrayList<>();
        for (MedicalAssistant ma : r.clinic().medicalAssistants()) {
            if (ma != r.absent() && outcome.options().stream().noneMatch(o -> ma.id().equals(o.maId()))) {
                others.add(ma.name() + " (" + whyNot(r, ma, shift) + ")");
            }
        }
        if (!others.isEmpty()) {
            b.append("Cannot take it: ").append(String.join("; ", others)).append(".\n");
        }
        return b.toString();
    }

    /** Why an MA is not among the options: the station's skills, leave, or availability. */
    static String whyNot(CoverRequest r, MedicalAssistant ma, ShiftAssignment shift) {
        List<String> required = r.clinic().station(shift.stationId()).map(s -> s.requiredSkills()).orElse(List.of());
        if (!ma.canDo(required)) {
            return "lacks " + String.join(" and ", required.stream().filter(k -> !ma.allSkills().contains(k))
                    .toList());
        }
        if (ma.timeOff().contains(r.date())) {
            return "on leave";
        }
        TimeWindow window = ma.availability().get(r.date().getDayOfWeek());
        if (window == null) {
            return "not available on " + r.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + "s";
        }
        return "available " + window + " only";
    }

    /** "breaks no rule; labor +$209.28; patients wait about 560 patient-minutes less (worth $190.40); net ...". */
    static String describe(CoverOption o, Prices prices) {
        if (o.maId() == null) {
            return "the shift stays open (the reference: no change)";
        }
        List<String> parts = new ArrayList<>();
        List<String> broken = o.ruleChanges().stream().filter(t -> t.hard() < 0)
                .map(t -> t.name() + " (" + -t.hard() + (t.name().equals(RosterConstraintProvider.ONE_SHIFT_PER_DAY)
                        || t.name().equals(RosterConstraintProvider.CONSECUTIVE_DAYS) ? "" : " min") + ")")
                .toList();
        parts.add(broken.isEmpty() ? "breaks no rule" : "breaks " + String.join(", ", broken));
        long medium = o.ruleChanges().stream().mapToLong(ConstraintTotal::medium).sum();
        if (medium > 0) {
            parts.add("fills a staffing gap (" + medium + " MA-minutes below a station's minimum)");
        }
        long labor = LABOR_RULES.stream().mapToLong(o::softCents).sum();
        parts.add("labor " + (labor <= 0 ? "+" : "-") + TimeText.dollars(Math.abs(labor)));
        long waiting = o.softCents(RosterConstraintProvider.PATIENT_WAITING);
        double price = prices.waitingCentsPerPatientMinute();
        if (waiting != 0 && price > 0) {
            parts.add(String.format(Locale.US, "patients wait about %,d patient-minutes %s (worth %s)",
                    Math.round(Math.abs(waiting) / price), waiting > 0 ? "less" : "more",
                    TimeText.dollars(Math.abs(waiting))));
        }
        long other = o.scoreChange().softScore() - labor - waiting;
        if (other != 0) {
            parts.add("preferences, fairness and changes " + (other > 0 ? "-" : "+")
                    + TimeText.dollars(Math.abs(other)));
        }
        parts.add(againstLeavingOpen(o.scoreChange()));
        return String.join("; ", parts);
    }

    /**
     * The money against leaving the shift open, and, when a broken rule or a staffing gap ranks the option the other
     * way, that it does: options are ranked by the score's levels (hard, then medium, then soft), so a roster that
     * fills a gap ranks above leaving it open even when it costs more, and one that breaks a rule ranks below even
     * when it saves money.
     */
    static String againstLeavingOpen(HardMediumSoftLongScore change) {
        long net = change.softScore();
        String money = net >= 0 ? "net " + TimeText.dollars(net) + " better than leaving the shift open"
                : "costs net " + TimeText.dollars(-net) + " more than leaving the shift open";
        long decisive = change.hardScore() != 0 ? change.hardScore() : change.mediumScore();
        if (decisive == 0 || (decisive > 0) == (net >= 0)) {
            return money;
        }
        String level = change.hardScore() != 0 ? "a broken rule" : "a staffing gap";
        return money + ", ranked " + (decisive > 0 ? "above" : "below") + " it all the same: " + level
                + " weighs before money";
    }
}
