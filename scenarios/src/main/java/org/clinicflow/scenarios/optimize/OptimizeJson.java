package org.clinicflow.scenarios.optimize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicflow.optimizer.explain.RosterExplanation;
import org.clinicflow.optimizer.explain.StaffingGap;
import org.clinicflow.optimizer.domain.TimeText;
import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.optimizer.solver.SolveStatistics;
import org.clinicflow.scenarios.report.ComparisonJson;
import org.clinicflow.simulator.clinic.pay.ClinicMoney;

/**
 * An optimize run as JSON for scripts: the request, the workload method, the solver's score and explanation, the
 * roster (one entry per MA-shift, as in the CSV), the calibration steps, the validation (as {@code compare --json}
 * writes it) and the verdict. {@code fullyStaffed} is false when some station could not get its minimum staff.
 */
public final class OptimizeJson {
    private OptimizeJson() {
    }

    public static Map<String, Object> of(OptimizeOutcome o) {
        return of(o, Optional.empty());
    }

    /** As {@link #of(OptimizeOutcome)}, with the trade-off study under {@code tradeOff} when there is one. */
    public static Map<String, Object> of(OptimizeOutcome o, Optional<TradeOff> tradeOff) {
        Map<String, Object> root = withoutTradeOff(o);
        tradeOff.ifPresent(t -> root.put("tradeOff", TradeOffTable.json(t)));
        return root;
    }

    private static Map<String, Object> withoutTradeOff(OptimizeOutcome o) {
        OptimizeRequest r = o.request();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", r.source());
        root.put("clinic", r.clinic().name());
        root.put("weeks", r.weeks());
        root.put("startDate", r.clinic().startDate().toString());
        root.put("fullyStaffed", o.fullyStaffed());
        root.put("workload", Map.of("method", r.workload().describe(), "replications", r.workload().replications(),
                "days", r.workload().days(), "seed", r.workload().seed(),
                "bucketMinutes", r.workload().bucketMinutes()));
        root.put("solver", solver(o.result(), r));
        root.put("explanation", explanation(o.explanation()));
        root.put("baselineByTheTables", Map.of("laborCents", o.baselineExplanation().laborCents(),
                "waitingCents", o.baselineExplanation().waitingCents()));
        root.put("roster", roster(o));
        root.put("calibration", calibration(o));
        root.put("validation", ComparisonJson.of(o.comparison(), List.of("baseline roster of " + r.source(),
                "optimized roster (" + r.weeks() + (r.weeks() == 1 ? " week" : " weeks") + ", repeating)")));
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("outcome", o.verdict().outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        verdict.put("improves", o.verdict().outcome().improves());
        verdict.put("sentence", o.verdict().describe());
        root.put("verdict", verdict);
        return root;
    }

    private static Map<String, Object> solver(RosterResult result, OptimizeRequest r) {
        SolveStatistics s = result.statistics();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", result.score().toString());
        m.put("hard", result.score().hardScore());
        m.put("medium", result.score().mediumScore());
        m.put("softCents", result.score().softScore());
        m.put("seconds", s.spent().toMillis() / 1000.0);
        m.put("moveEvaluations", s.moveEvaluations());
        m.put("moveCountLimit", r.solver().moveCountLimit());
        m.put("timeLimitSeconds", r.solver().moveCountLimit() == null ? r.solver().timeLimit().toSeconds() : null);
        m.put("unimprovedTimeLimitSeconds", r.solver().moveCountLimit() == null
                ? r.solver().unimprovedTimeLimit().toSeconds() : null);
        m.put("randomSeed", r.solver().randomSeed());
        m.put("waitingCentsPerPatientMinute", r.solver().prices().waitingCentsPerPatientMinute());
        return m;
    }

    private static Map<String, Object> explanation(RosterExplanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("laborCents", e.laborCents());
        m.put("waitingCents", e.waitingCents());
        List<Object> gaps = new ArrayList<>();
        for (StaffingGap g : e.staffingGaps()) {
            Map<String, Object> gap = new LinkedHashMap<>();
            gap.put("station", g.stationId());
            gap.put("date", g.date().toString());
            gap.put("from", TimeText.clock(g.fromMinuteOfDay()));
            gap.put("to", TimeText.clock(g.toMinuteOfDay()));
            gap.put("needed", g.needed());
            gap.put("onDuty", g.onDuty());
            gap.put("skills", g.skills());
            gap.put("reason", g.reason());
            gap.put("text", g.describe());
            gaps.add(gap);
        }
        m.put("staffingGaps", gaps);
        m.put("worstWaiting", e.worstWaiting().stream().map(w -> w.describe()).toList());
        List<Object> overtime = new ArrayList<>();
        e.overtime().forEach(o -> overtime.add(Map.of("ma", o.maId(), "minutes", o.minutes(),
                "premiumCents", o.premiumCents())));
        m.put("overtime", overtime);
        List<Object> rules = new ArrayList<>();
        e.totals().forEach(t -> rules.add(Map.of("rule", t.name(), "hard", t.hard(), "medium", t.medium(),
                "softCents", t.soft(), "matches", t.matches())));
        m.put("rules", rules);
        return m;
    }

    private static List<Object> roster(OptimizeOutcome o) {
        List<Object> rows = new ArrayList<>();
        for (RosterLine l : RosterCosting.lines(o.request().clinic(), o.roster())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ma", l.maId());
            m.put("name", l.maName());
            m.put("date", l.date().toString());
            m.put("shift", l.shift().id());
            m.put("start", l.shift().window().start().toString());
            m.put("end", l.shift().window().end().toString());
            m.put("station", l.stationId());
            m.put("paidHours", l.paidHours());
            m.put("cost", ClinicMoney.decimal(l.cost()));
            rows.add(m);
        }
        return rows;
    }

    private static List<Object> calibration(OptimizeOutcome o) {
        List<Object> steps = new ArrayList<>();
        for (CalibrationStep s : o.calibrationSteps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iteration", s.iteration());
            m.put("stationFactors", s.calibration().stationFactors());
            m.put("predictedPatientMinutesPerDay", s.predicted().total());
            m.put("predictedUncalibratedPatientMinutesPerDay", s.predictedRaw().total());
            m.put("simulatedPatientMinutesPerDay", s.simulated().taskWaits().total());
            m.put("objective", s.objective());
            m.put("kept", s.iteration() == o.chosenStep());
            steps.add(m);
        }
        return steps;
    }
}
