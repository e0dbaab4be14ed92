package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.simulator.clinic.AdminTaskType;
import org.clinicflow.simulator.clinic.FrontDesk;
import org.clinicflow.simulator.clinic.LateArrivalPolicy;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.Punctuality;
import org.clinicflow.simulator.clinic.RoomTurnover;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.random.Distribution;

/**
 * How patients and work flow besides the appointments: {@code punctuality}, {@code lateArrivalPolicy},
 * {@code walkIns}, {@code frontDesk}, {@code roomTurnover} and MA {@code adminWork}. Each has defaults from
 * /work/shared/clinic-parameters.md, so a small scenario may leave them out.
 */
final class PatientFlowReader {
    /** 5-8% of patients arrive late [S: BMJ Open 2014 e004679]. */
    static final double DEFAULT_LATE_PROBABILITY = 0.07;
    /** Most arrive early, 10-25 min on average [S: BMJ Open 2014; BMC HSR 2018]. */
    static final Distribution DEFAULT_EARLY_BY = new Distribution.LogNormal(15, 10);
    /** [E] */
    static final Distribution DEFAULT_LATE_BY = new Distribution.Exponential(10);
    /** [E] */
    static final double DEFAULT_RESCHEDULE_AFTER = 15;
    /** Insurance verification target 1.5 min, returning patients [E: vendor figures]. */
    static final Distribution DEFAULT_CHECK_IN = new Distribution.LogNormal(3, 1.5);
    /** New-patient forms 8-12 min [E: vendor figures]. */
    static final Distribution DEFAULT_CHECK_IN_NEW = new Distribution.Uniform(8, 12);
    /** [E] */
    static final Distribution DEFAULT_CHECKOUT = new Distribution.LogNormal(3, 1.5);
    /** [E] */
    static final Distribution DEFAULT_TURNOVER = new Distribution.LogNormal(3, 1);
    /** Default front-desk staffing: one clerk per this many providers, at least one. [E] */
    static final int PROVIDERS_PER_CLERK = 3;

    /** Walk-ins a day, admin tasks a provider-day: far above any clinic, low enough to simulate. */
    static final double MAX_PER_DAY = 1000;
    /** Relative weights (hourly shares, the walk-in visit mix) are at most this, so their sum stays finite. */
    static final double MAX_WEIGHT = 1_000_000;
    /** Front-desk clerks on duty a day. */
    static final int MAX_CLERKS = 100;

    private static final Pattern HOUR = Pattern.compile("([01]?\\d|2[0-3]):00");

    private PatientFlowReader() {
    }

    static Punctuality punctuality(YamlValue v) {
        v.fields("lateProbability", "earlyBy", "lateBy");
        double late = v.get("lateProbability").probability(DEFAULT_LATE_PROBABILITY);
        return new Punctuality(late, orDefault(v.get("earlyBy"), DEFAULT_EARLY_BY, false),
                orDefault(v.get("lateBy"), DEFAULT_LATE_BY, false));
    }

    static LateArrivalPolicy latePolicy(YamlValue v) {
        v.fields("handling", "rescheduleAfterMinutes");
        LateArrivalPolicy.Handling handling = EnumWords.read(v.get("handling"), LateArrivalPolicy.Handling.class,
                LateArrivalPolicy.Handling.SEEN_LATE);
        YamlValue after = v.get("rescheduleAfterMinutes");
        double minutes = after.isWord("never") ? Double.POSITIVE_INFINITY : after.nonNegative(DEFAULT_RESCHEDULE_AFTER);
        return new LateArrivalPolicy(handling, minutes);
    }

    /** Walk-ins, or null when the section is absent or {@code none}. */
    static org.clinicflow.simulator.clinic.WalkIns walkIns(YamlValue v, Definitions defs) {
        if (!v.present() || v.isWord("none")) {
            return null;
        }
        v.fields("perDay", "hourlyShare", "visitMix", "patience");
        Map<DayOfWeek, Double> perDay = new EnumMap<>(CalendarSyntax.byWeekday(v.get("perDay").required(),
                n -> n.between(0, MAX_PER_DAY, "expected walk-ins a day", 0)));
        List<Double> hourly = new ArrayList<>(Collections.nCopies(24, 1.0));
        YamlValue shares = v.get("hourlyShare");
        if (shares.present()) {
            Collections.fill(hourly, 0.0);
            for (YamlValue.Entry e : shares.mapEntries("clock hours (\"08:00\") to relative weights")) {
                Matcher m = HOUR.matcher(e.key());
                if (!m.matches()) {
                    e.keyValue().problem("'" + e.key() + "' is not a clock hour; write \"HH:00\", e.g. \"08:00\"");
                    continue;
                }
                hourly.set(Integer.parseInt(m.group(1)), e.value().between(0, MAX_WEIGHT, "a relative weight", 0));
            }
        }
        Map<String, Double> mix = new LinkedHashMap<>();
        boolean providerOnDuty = defs.providers.stream().anyMatch(Provider::acceptsWalkIns);
        boolean providersRead = !defs.providerIds.incomplete()
                && defs.providerItems.stream().allMatch(p -> YamlValue.allRead(p.get("walkIns")));
        for (YamlValue.Entry e : v.get("visitMix").required().mapEntries("visit type ids to weights")) {
            String visit = defs.visitTypeIds.refer(e.keyValue());
            double weight = e.value().positiveAtMost(MAX_WEIGHT, "a relative weight", 1);
            VisitType type = visit == null ? null : defs.visitTypes.get(visit);
            if (type != null && type.seesProvider() && !providerOnDuty && providersRead) {
                e.keyValue().problem("walk-ins of visit type '" + visit + "' see a provider, but no provider takes"
                        + " walk-ins; set walkIns: true on a provider, or providerTime: none on the visit type");
            }
            if (visit != null) {
                mix.put(visit, weight);
            }
        }
        YamlValue patienceValue = v.get("patience");
        Distribution patience = patienceValue.isWord("never") ? null : DistributionReader.read(patienceValue);
        return new org.clinicflow.simulator.clinic.WalkIns(perDay, hourly, mix, patience);
    }

    /** The front desk, or null for {@code none}. */
    static FrontDesk frontDesk(YamlValue v, Definitions defs) {
        if (v.isWord("none")) {
            return null;
        }
        v.fields("staff", "checkInEstablished", "checkInNew", "checkout");
        YamlValue staffValue = v.get("staff");
        Map<DayOfWeek, Integer> staff = new EnumMap<>(DayOfWeek.class);
        if (staffValue.present()) {
            staff.putAll(CalendarSyntax.byWeekday(staffValue, n -> n.integer(0, MAX_CLERKS, 0)));
        } else {
            int clerks = Math.max(1, (defs.providers.size() + PROVIDERS_PER_CLERK - 1) / PROVIDERS_PER_CLERK);
            defs.openingHours.openDays().forEach(d -> staff.put(d, clerks));
        }
        return new FrontDesk(staff, orDefault(v.get("checkInEstablished"), DEFAULT_CHECK_IN, true),
                orDefault(v.get("checkInNew"), DEFAULT_CHECK_IN_NEW, true),
                orDefault(v.get("checkout"), DEFAULT_CHECKOUT, true));
    }

    /** Room turnover, or null for {@code none}. */
    static RoomTurnover turnover(YamlValue v, Definitions defs) {
        if (v.isWord("none")) {
            return null;
        }
        v.fields("duration", "supplies");
        return new RoomTurnover(orDefault(v.get("duration"), DEFAULT_TURNOVER, true),
                SupplyReader.uses(v.get("supplies"), defs));
    }

    static List<AdminTaskType> adminWork(YamlValue section, Definitions defs) {
        List<AdminTaskType> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "name", "perProviderDay", "duration", "requiredSkills");
            String id = defs.adminTaskIds.define(item.get("id"));
            String name = item.get("name").text(id);
            double perDay = item.get("perProviderDay").required().between(0, MAX_PER_DAY, "tasks a provider-day", 0);
            Distribution duration = DistributionReader.work(item.get("duration").required());
            YamlValue skillsValue = item.get("requiredSkills");
            List<String> skills = skillsValue.texts();
            defs.requireSomeoneQualified(skillsValue, skills, "admin task '" + id + "'");
            if (id != null) {
                out.add(new AdminTaskType(id, name, perDay, duration, skills));
            }
        }
        return out;
    }

    /** The duration given, or {@code fallback}; {@code work}: a step that takes time, so never always 0. */
    private static Distribution orDefault(YamlValue v, Distribution fallback, boolean work) {
        if (!v.present()) {
            return fallback;
        }
        Distribution d = work ? DistributionReader.work(v) : DistributionReader.read(v);
        return d == null ? fallback : d;
    }
}
