package org.clinicflow.scenarios.report.html;

import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.simulator.clinic.Clinic;

/** The "Method" text of a report: how the numbers were made, so a reader can judge and repeat them. */
public final class MethodNotes {
    private MethodNotes() {
    }

    /** Paragraphs and a list for {@link TextSection#paragraphs}. */
    public static String of(String source, Clinic clinic, ExperimentPlan plan) {
        return "Scenario " + source + " (" + clinic.practiceType() + "), simulated with ClinicFlow's discrete-event"
                + " simulator: patient arrivals, check-in, rooming, provider exam, MA procedures, checkout, room"
                + " turnover, MA admin work and supply use, minute by minute.\n\n"
                + "- Replications: " + plan.replications() + " independent runs of " + plan.days() + " consecutive"
                + " days from " + clinic.startDate() + (plan.warmupDays() > 0 ? ", the first " + plan.warmupDays()
                        + " days left out of every figure (warm-up)" : "") + ".\n"
                + "- Seed: " + plan.seed() + ". Every random element draws from its own stream derived from the seed,"
                + " the replication and the element's name, so the same seed gives the same numbers on any number of"
                + " threads, and rosters compared on one seed see the same patients (common random numbers).\n"
                + "- Confidence intervals: each KPI is computed per replication; the table gives the mean across"
                + " replications with a 95% Student-t interval (mean ± t(0.975, n-1) x s / sqrt(n)).\n"
                + "- Hourly charts: means over replications and over the observed occurrences of each weekday;"
                + " the waiting-time distribution pools every completed visit of every replication.\n"
                + "- Definitions of every KPI: docs/kpis.md; charts and this page: docs/reports.md.";
    }
}
