package org.clinicflow.optimizer.explain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.solver.BucketShortage;
import org.clinicflow.optimizer.solver.BucketWaiting;
import org.clinicflow.optimizer.solver.OvertimeJustification;
import org.clinicflow.optimizer.solver.StaffingGapJustification;
import org.clinicflow.optimizer.solver.WaitingJustification;

/** Builds a {@link RosterExplanation} from Timefold's score analysis of a plan. */
public final class RosterExplainer {
    private final int worstWaitingShown;

    public RosterExplainer(int worstWaitingShown) {
        this.worstWaitingShown = worstWaitingShown;
    }

    public RosterExplanation explain(RosterPlan plan, ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<ConstraintTotal> totals = new ArrayList<>();
        List<BucketWaiting> waiting = new ArrayList<>();
        List<BucketShortage> gaps = new ArrayList<>();
        Map<String, OvertimeSummary> overtime = new LinkedHashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            HardMediumSoftLongScore s = constraint.score();
            totals.add(new ConstraintTotal(constraint.constraintName(), s.hardScore(), s.mediumScore(), s.softScore(),
                    constraint.matchCount()));
            for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches() == null ? List.<MatchAnalysis<HardMediumSoftLongScore>>of()
                    : constraint.matches()) {
                if (match.justification() instanceof WaitingJustification w) {
                    waiting.addAll(w.buckets());
                } else if (match.justification() instanceof StaffingGapJustification g) {
                    gaps.addAll(g.buckets());
                } else if (match.justification() instanceof OvertimeJustification o) {
                    overtime.merge(o.maId(), new OvertimeSummary(o.maId(), o.maName(), o.minutes(), o.cents()),
                            (a, b) -> new OvertimeSummary(a.maId(), a.maName(), a.minutes() + b.minutes(),
                                    a.premiumCents() + b.premiumCents()));
                }
            }
        }
        totals.sort(Comparator.comparingLong(ConstraintTotal::hard).thenComparingLong(ConstraintTotal::medium)
                .thenComparingLong(ConstraintTotal::soft).thenComparing(ConstraintTotal::name));
        waiting.sort(Comparator.comparingLong(BucketWaiting::cents).reversed()
                .thenComparing(BucketWaiting::date).thenComparing(BucketWaiting::stationId)
                .thenComparingInt(BucketWaiting::startMinuteOfDay));
        List<OvertimeSummary> overtimeList = new ArrayList<>(overtime.values());
        overtimeList.sort(Comparator.comparingLong(OvertimeSummary::premiumCents).reversed()
                .thenComparing(OvertimeSummary::maId));
        return new RosterExplanation(analysis.score(), totals,
                waiting.subList(0, Math.min(worstWaitingShown, waiting.size())), mergeGaps(plan, gaps), overtimeList);
    }

    /** Joins back-to-back gap buckets of one station and day with the same shortfall into one stretch. */
    private static List<StaffingGap> mergeGaps(RosterPlan plan, List<BucketShortage> gaps) {
        gaps.sort(Comparator.comparing(BucketShortage::stationId).thenComparingInt(BucketShortage::day)
                .thenComparingInt(BucketShortage::startMinuteOfDay));
        StaffingGapReasoner reasoner = new StaffingGapReasoner(plan);
        List<StaffingGap> merged = new ArrayList<>();
        int i = 0;
        while (i < gaps.size()) {
            BucketShortage first = gaps.get(i);
            int end = first.endMinuteOfDay();
            int j = i + 1;
            while (j < gaps.size() && gaps.get(j).stationId().equals(first.stationId())
                    && gaps.get(j).day() == first.day() && gaps.get(j).startMinuteOfDay() == end
                    && gaps.get(j).needed() == first.needed() && gaps.get(j).onDuty() == first.onDuty()) {
                end = gaps.get(j).endMinuteOfDay();
                j++;
            }
            merged.add(new StaffingGap(first.stationId(), first.stationName(), first.date(), first.startMinuteOfDay(),
                    end, first.needed(), first.onDuty(), String.join(" and ", first.requiredSkills()),
                    reasoner.reason(first, first.startMinuteOfDay(), end)));
            i = j;
        }
        merged.sort(Comparator.comparing(StaffingGap::date).thenComparing(StaffingGap::stationId)
                .thenComparingInt(StaffingGap::fromMinuteOfDay));
        return merged;
    }
}
