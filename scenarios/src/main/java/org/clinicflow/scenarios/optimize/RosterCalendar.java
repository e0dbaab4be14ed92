package org.clinicflow.scenarios.optimize;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicflow.scenarios.report.AtomicFiles;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;

/**
 * A roster as iCalendar files (RFC 5545), one per MA, written with biweekly: one event per shift, the station in the
 * summary and the location, the shift template, its unpaid break and paid hours in the description.
 *
 * <p>Times are floating local times (no TZID): a shift is "08:00 at the clinic" whatever the reader's zone, the
 * scenario names no time zone, and a TZID would need a VTIMEZONE definition, which biweekly can only fetch from the
 * network. A calendar app shows floating times as written. (biweekly formats them through the JVM's default zone, so a
 * shift starting in the hour a daylight-saving change skips shows an hour later, as clocks that night do.) Each event's
 * UID is the clinic, MA and date, so importing a revised roster updates the events instead of doubling them.
 */
public final class RosterCalendar {
    /** The calendars' folder under an output folder. */
    public static final String FOLDER = "calendars";

    private RosterCalendar() {
    }

    /**
     * Writes {@code dir/<ma-id>.ics} for every MA with a shift in one cycle of {@code roster}; {@code stamp} is the
     * DTSTAMP of every event (when the roster was made). Returns the files written.
     */
    public static List<Path> write(Path dir, Clinic clinic, Roster roster, Instant stamp) {
        Map<String, List<RosterLine>> byMa = new LinkedHashMap<>();
        for (MedicalAssistant ma : clinic.medicalAssistants()) {
            byMa.put(ma.id(), new ArrayList<>());
        }
        for (RosterLine line : RosterCosting.lines(clinic, roster)) {
            byMa.computeIfAbsent(line.maId(), k -> new ArrayList<>()).add(line);
        }
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, List<RosterLine>> e : byMa.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Path file = dir.resolve(e.getKey() + ".ics");
            String text = Biweekly.write(calendar(clinic, e.getValue(), stamp)).go();
            AtomicFiles.writeString(file, text);
            files.add(file);
        }
        return files;
    }

    /** The calendar of one MA's shifts. */
    static ICalendar calendar(Clinic clinic, List<RosterLine> shifts, Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//ClinicFlow//Roster//EN");
        ical.setMethod("PUBLISH");
        ical.setName(shifts.get(0).maName() + " — " + clinic.name() + " roster");
        ical.getTimezoneInfo().setGlobalFloatingTime(true);
        for (RosterLine s : shifts) {
            VEvent event = new VEvent();
            LocalDateTime start = s.date().atTime(s.shift().window().start());
            LocalDateTime end = start.plusMinutes(Math.round(s.shift().window().minutes()));
            event.setUid(clinic.name() + "-" + s.maId() + "-" + s.date() + "@clinicflow");
            event.setDateTimeStamp(Date.from(stamp));
            event.setDateStart(local(start), true);
            event.setDateEnd(local(end), true);
            event.setSummary(s.stationName() + " (" + s.shift().id() + " shift)");
            event.setLocation(s.stationName() + ", " + clinic.name());
            event.setDescription(description(s));
            event.addCategories("Work shift");
            ical.addEvent(event);
        }
        return ical;
    }

    private static String description(RosterLine s) {
        var window = s.shift().window();
        StringBuilder b = new StringBuilder();
        b.append("Shift ").append(s.shift().id()).append(' ').append(window.start()).append('-').append(window.end())
                .append(" at ").append(s.stationName()).append(" (station ").append(s.stationId()).append(").");
        if (s.shift().hasBreak()) {
            b.append(" Unpaid break ").append(Math.round(s.shift().unpaidBreakMinutes())).append(" min from ")
                    .append(window.start().plusMinutes(Math.round(s.shift().breakStartOffsetMinutes()))).append('.');
        }
        b.append(String.format(Locale.ROOT, " Paid hours: %.2f.", s.paidHours()));
        return b.toString();
    }

    /** A floating local time as biweekly writes it: through the JVM's default zone, and back on writing. */
    private static Date local(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
