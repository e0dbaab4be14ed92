package org.clinicflow.scenarios.optimize;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.clinicflow.scenarios.report.AtomicFiles;
import org.clinicflow.scenarios.scenario.DidYouMean;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.pay.ClinicMoney;

/**
 * A roster as a CSV file, one row per MA-shift: {@code ma_id, ma_name, date, weekday, shift, start, end,
 * unpaid_break_minutes, station_id, station, paid_hours, cost, currency}. Written by {@code optimize}; read back by
 * {@code cover}, which needs {@code ma_id}, {@code date}, {@code shift} and {@code station_id} and checks the rest
 * where given (a start or end that disagrees with the shift template is an error: edit the shift, not the times).
 * Dates run from the clinic's start date for a whole number of weeks.
 */
public final class RosterCsv {
    static final String[] HEADER = {"ma_id", "ma_name", "date", "weekday", "shift", "start", "end",
        "unpaid_break_minutes", "station_id", "station", "paid_hours", "cost", "currency"};
    private static final List<String> REQUIRED = List.of("ma_id", "date", "shift", "station_id");

    private RosterCsv() {
    }

    /** Writes one cycle of {@code roster} (day 0 = the clinic's start date), whole or not at all. */
    public static void write(Path file, Clinic clinic, Roster roster) {
        List<RosterLine> lines = RosterCosting.lines(clinic, roster);
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            for (RosterLine l : lines) {
                csv.printRecord(l.maId(), l.maName(), l.date(),
                        l.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), l.shift().id(),
                        l.shift().window().start(), l.shift().window().end(),
                        Math.round(l.shift().unpaidBreakMinutes()), l.stationId(), l.stationName(),
                        hours(l.paidHours()),
                        ClinicMoney.number(l.cost()), l.cost().getCurrency().getCurrencyCode());
            }
            csv.flush();
        });
    }

    /** Paid hours with up to two decimals: 7.5, 8, 7.75. */
    private static String hours(double h) {
        return java.math.BigDecimal.valueOf(Math.round(h * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads a roster file for {@code clinic}: every problem is reported with the file, line and column, and all of
     * them at once. The roster's cycle is the whole weeks from the clinic's start date to the last date in the file.
     */
    public static Roster read(Path file, Clinic clinic) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(source, "", Files.exists(file) ? "is not a regular file" : "no such file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, "", "is not UTF-8 text; save it as UTF-8 CSV");
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "cannot be read: " + e.getMessage());
        }
        CsvText lines = new CsvText(text);
        List<InvalidInputException> problems = new ArrayList<>();
        List<ShiftAssignment> assignments = new ArrayList<>();
        CSVParser csv;
        try {
            csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true).get().parse(new StringReader(text));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw lines.malformed(source, 1, List.of());
        }
        Map<String, Integer> columns = csv.getHeaderMap();
        List<String> names = csv.getHeaderNames();
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(source, 1, 0, "header", "missing column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + "; a roster file has the"
                    + " columns " + String.join(", ", HEADER) + " (the ones clinicflow optimize writes)");
        }
        Set<String> seen = new HashSet<>();
        Iterator<CSVRecord> rows = csv.iterator();
        while (true) {
            // The row starts on the first line with content after the lines read so far (blank lines are skipped,
            // and a quoted value may span lines, so the record number is not the line number).
            int line = lines.firstFilledLineAfter((int) csv.getCurrentLineNumber());
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                row = rows.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                problems.add(lines.malformed(source, line, names));
                break;
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // a line of spaces: as empty as an empty line, which the parser skips by itself
            }
            if (row.size() != names.size()) {
                problems.add(new InvalidInputException(source, line, Math.min(row.size(), names.size()) + 1, "row",
                        "has " + row.size() + " field" + (row.size() == 1 ? "" : "s") + " but the header names "
                                + names.size() + " columns (" + String.join(", ", names) + "); "
                                + (row.size() > names.size() ? "remove the extra field, or put a value holding a"
                                + " comma in double quotes" : "give every column, empty if unknown")));
                continue;
            }
            RowReader r = new RowReader(source, line, row, columns, clinic, problems);
            ShiftAssignment a = r.assignment();
            if (a != null && !seen.add(a.maId() + "/" + a.day())) {
                r.problem("date", "MA " + a.maId() + " has a second shift on " + r.value("date")
                        + "; a roster has at most one shift per MA and day");
            } else if (a != null) {
                assignments.add(a);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputFileException(problems);
        }
        if (assignments.isEmpty()) {
            throw new InvalidInputException(source, "", "holds no shifts; a roster file has one row per MA-shift");
        }
        int lastDay = assignments.stream().mapToInt(ShiftAssignment::day).max().orElse(0);
        return new Roster(lastDay / 7 + 1, assignments);
    }

    /** The text of a CSV file by lines, to name the line and column of a row or of a quoting mistake. */
    private static final class CsvText {
        private final List<String> lines;

        CsvText(String text) {
            lines = List.of(text.split("\\r\\n|\\n|\\r", -1));
        }

        /** The 1-based number of the first line after line {@code read} that is not blank. */
        int firstFilledLineAfter(int read) {
            int i = read;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            return i + 1;
        }

        /**
         * The problem of a row starting at {@code line} that is not CSV: a quoted value never closed, or text after a
         * closing quote, with the line where it is, its column (the field, counted as spreadsheets and the other
         * messages do), and how to write it.
         */
        InvalidInputException malformed(String source, int line, List<String> names) {
            int field = 0;
            boolean quoted = false;
            boolean closed = false;
            int openLine = line;
            int openField = 0;
            for (int l = line - 1; l < lines.size(); l++) {
                String s = lines.get(l);
                for (int c = 0; c < s.length(); c++) {
                    char ch = s.charAt(c);
                    if (quoted) {
                        if (ch == '"' && c + 1 < s.length() && s.charAt(c + 1) == '"') {
                            c++;
                        } else if (ch == '"') {
                            quoted = false;
                            closed = true;
                        }
                    } else if (ch == ',') {
                        field++;
                        closed = false;
                    } else if (closed && ch != ' ' && ch != '\t') {
                        return new InvalidInputException(source, l + 1, field + 1, name(names, field), "text after the"
                                + " closing quote of a quoted value; a quoted value ends with its quote and then a"
                                + " comma or the end of the line (write a quote inside a value as \"\")");
                    } else if (ch == '"' && s.substring(0, c).replaceAll(".*,", "").isBlank()) {
                        quoted = true;
                        openLine = l + 1;
                        openField = field;
                    }
                }
                if (!quoted) {
                    break; // the row ends with this line
                }
            }
            if (quoted) {
                return new InvalidInputException(source, openLine, openField + 1, name(names, openField), "the quote"
                        + " opened here is never closed, so the rest of the file would be one value; close it with"
                        + " a quote, or remove it (write a quote inside a value as \"\")");
            }
            return new InvalidInputException(source, line, 0, "", "this row is not valid CSV; write values separated"
                    + " by commas, a value holding a comma or quote in double quotes");
        }

        private static String name(List<String> names, int field) {
            return field < names.size() ? names.get(field) : "row";
        }
    }

    /** Reads one row, adding a problem per bad field (column numbers are 1-based, as spreadsheets count). */
    private static final class RowReader {
        private final String source;
        private final int line;
        private final CSVRecord row;
        private final Map<String, Integer> columns;
        private final Clinic clinic;
        private final List<InvalidInputException> problems;
        private boolean bad;

        RowReader(String source, int line, CSVRecord row, Map<String, Integer> columns, Clinic clinic,
                  List<InvalidInputException> problems) {
            this.source = source;
            this.line = line;
            this.row = row;
            this.columns = columns;
            this.clinic = clinic;
            this.problems = problems;
        }

        ShiftAssignment assignment() {
            MedicalAssistant ma = ma();
            LocalDate date = date();
            ShiftTemplate shift = shift();
            Station station = station();
            if (shift != null) {
                checkTime("start", shift.window().start());
                checkTime("end", shift.window().end());
            }
            if (bad || ma == null || date == null || shift == null || station == null) {
                return null;
            }
            int day = (int) (date.toEpochDay() - clinic.startDate().toEpochDay());
            return new ShiftAssignment(ma.id(), day, shift, station.id());
        }

        private MedicalAssistant ma() {
            String id = value("ma_id");
            if (id.isEmpty()) {
                problem("ma_id", "is empty; give the id of an MA of the scenario");
                return null;
            }
            List<String> ids = clinic.medicalAssistants().stream().map(MedicalAssistant::id).toList();
            return clinic.medicalAssistant(id).orElseGet(() -> {
                problem("ma_id", "no MA '" + id + "' in the scenario" + DidYouMean.hint(id, ids) + "; MAs: "
                        + String.join(", ", ids));
                return null;
            });
        }

        private LocalDate date() {
            String text = value("date");
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem("date", "'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. " + clinic.startDate());
                return null;
            }
            LocalDate first = clinic.startDate();
            LocalDate last = first.plusWeeks(6).minusDays(1);
            if (date.isBefore(first) || date.isAfter(last)) {
                problem("date", date + " is outside the roster: rosters start on the scenario's start date " + first
                        + " (a " + first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ") and span 1 to 6 weeks, to " + last + " at the latest");
                return null;
            }
            if (columns.containsKey("weekday") && !value("weekday").isEmpty()) {
                String weekday = value("weekday");
                DayOfWeek actual = date.getDayOfWeek();
                if (!actual.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(weekday)
                        && !actual.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(weekday)) {
                    problem("weekday", "'" + weekday + "' but " + date + " is a "
                            + actual.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                }
            }
            return date;
        }

        private ShiftTemplate shift() {
            String id = value("shift");
            List<String> ids = clinic.shiftTemplates().stream().map(ShiftTemplate::id).toList();
            return clinic.shiftTemplate(id).orElseGet(() -> {
                problem("shift", "no shift template '" + id + "' in the scenario" + DidYouMean.hint(id, ids)
                        + "; shift templates: " + String.join(", ", ids));
                return null;
            });
        }

        private Station station() {
            String id = value("station_id");
            List<String> ids = clinic.stations().stream().map(Station::id).toList();
            return clinic.station(id).orElseGet(() -> {
                problem("station_id", "no station '" + id + "' in the scenario" + DidYouMean.hint(id, ids)
                        + "; stations: " + String.join(", ", ids));
                return null;
            });
        }

        private void checkTime(String column, LocalTime expected) {
            if (!columns.containsKey(column) || value(column).isEmpty()) {
                return;
            }
            String text = value(column);
            try {
                if (!LocalTime.parse(text).equals(expected)) {
                    problem(column, text + " does not match shift " + value("shift") + " (" + column + " "
                            + expected + "); change the shift column to a template with the times wanted");
                }
            } catch (DateTimeParseException e) {
                problem(column, "'" + text + "' is not a time; write it as HH:MM, e.g. " + expected);
            }
        }

        String value(String column) {
            Integer i = columns.get(column);
            return i == null || i >= row.size() ? "" : row.get(i).trim();
        }

        void problem(String column, String what) {
            bad = true;
            problems.add(new InvalidInputException(source, line, columns.get(column) + 1, column, what));
        }
    }
}
