package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.util.Locale;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.VisitType;

/**
 * The key figures of a clinic at a glance: providers, rooms, MAs, the appointments its templates book in a week
 * (before no-shows), the walk-ins it expects in a week, and the paid MA hours of the baseline roster per week.
 */
public record ScenarioSummary(int providers, int examRooms, int specialRooms, int medicalAssistants,
                              int certifiedMedicalAssistants, int stations, int bookedVisitsPerWeek,
                              double walkInsPerWeek, double baselineMaHoursPerWeek) {

    /** The practice type as people read it and files write it: family-medicine, urgent-care, plain-queue. */
    public static String practiceType(Clinic clinic) {
        return clinic.practiceType().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The figures of {@code clinic}. */
    public static ScenarioSummary of(Clinic clinic) {
        int booked = 0;
        for (Provider p : clinic.providers()) {
            AppointmentTemplate template = p.templateId() == null ? null : clinic.template(p.templateId()).orElse(null);
            if (template == null) {
                continue;
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TimeWindow session : p.sessionsOn(day)) {
                    booked += bookedVisits(clinic, template, session);
                }
            }
        }
        double walkIns = clinic.walkIns() == null ? 0 : clinic.walkIns().perDay().entrySet().stream()
                .filter(e -> clinic.openingHours().isOpen(e.getKey())).mapToDouble(e -> e.getValue()).sum();
        double hours = clinic.baselineRoster().assignments().stream().mapToDouble(a -> a.shift().paidHours()).sum()
                / clinic.baselineRoster().weeks();
        int certified = Math.toIntExact(clinic.medicalAssistants().stream().filter(m -> m.credential().certified())
                .count());
        return new ScenarioSummary(clinic.providers().size(), clinic.examRooms().size(), clinic.specialRooms().size(),
                clinic.medicalAssistants().size(), certified, clinic.stations().size(), booked, walkIns, hours);
    }

    /**
     * Appointments one session books: the template's visit types in turn, each in its slot, none starting inside a
     * block or running past the session's end; plus the double-booked first slot and one extra every
     * {@code overbookEvery} slots.
     */
    public static int bookedVisits(Clinic clinic, AppointmentTemplate template, TimeWindow session) {
        if (template.pattern().isEmpty()) {
            return 0;
        }
        double t = session.startMinute();
        int slots = 0;
        while (true) {
            double minute = t;
            TimeWindow block = template.blocks().stream().filter(b -> inside(b, minute)).findFirst().orElse(null);
            if (block != null) {
                t = sameDay(block.endMinute(), t);
                continue;
            }
            VisitType type = clinic.visitType(template.pattern().get(slots % template.pattern().size())).orElseThrow();
            if (!(type.slotMinutes() > 0) || t + type.slotMinutes() > session.endMinute() + 1e-9) {
                break;
            }
            t += type.slotMinutes();
            slots++;
        }
        if (slots == 0) {
            return 0;
        }
        int extra = template.overbookEvery() > 0 ? slots / template.overbookEvery() : 0;
        return slots + template.doubleBookedAtSessionStart() + extra;
    }

    private static boolean inside(TimeWindow block, double minute) {
        return block.contains(minute % 1440) || block.contains(minute % 1440 + 1440);
    }

    /** A block's end on the same day as {@code t} (blocks are written as times of day). */
    private static double sameDay(double blockEnd, double t) {
        double dayStart = Math.floor(t / 1440) * 1440;
        double end = dayStart + blockEnd;
        return end > t ? end : end + 1440;
    }
}
