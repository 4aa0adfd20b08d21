package de.servicecenter.contact.planning;

import de.servicecenter.commons.csv.CsvTable;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Planning as CSV (see {@link CsvTable}): a row per half-hour; and the staffing plan a host uploads. */
final class PlanningCsv {

    /** The upload's columns: the Berlin day, the half-hour's start, the agents. */
    static final String PLAN_HEADER = "date;start;agents";
    static final String PLAN_EXAMPLE = PLAN_HEADER + "\r\n2026-12-07;08:00;5\r\n2026-12-07;08:30;6\r\n";

    private PlanningCsv() {
    }

    static CsvTable forecast(ForecastReport report, boolean decimalComma) {
        CsvTable csv = CsvTable.withHeader(List.of("date", "start", "calls"), decimalComma);
        for (ForecastReport.Day day : report.days()) {
            for (ForecastReport.HalfHour halfHour : day.halfHours()) {
                csv.row(Arrays.asList(day.date(), halfHour.start(), decimal(halfHour.calls())));
            }
        }
        return csv;
    }

    static CsvTable staffing(StaffingReport report, boolean decimalComma) {
        CsvTable csv = CsvTable.withHeader(List.of("date", "start", "calls", "agents", "serviceLevel", "abandonment",
                "averageWaitSeconds", "occupancy"), decimalComma);
        for (StaffingReport.Interval interval : report.intervals()) {
            csv.row(Arrays.asList(interval.date(), interval.start(), decimal(interval.calls()), interval.agents(),
                    decimal(interval.serviceLevel()), decimal(interval.abandonment()),
                    decimal(interval.averageWaitSeconds()), decimal(interval.occupancy())));
        }
        return csv;
    }

    static CsvTable cooperation(CooperationReport report, boolean decimalComma) {
        CsvTable csv = CsvTable.withHeader(List.of("day", "start", "hostCalls", "townCalls", "agentsToday",
                "agentsWithTown", "additionalAgents", "serviceLevelWithTownAndTodaysAgents"), decimalComma);
        for (CooperationReport.Interval interval : report.week()) {
            csv.row(Arrays.asList(interval.day(), interval.start(), decimal(interval.hostCalls()),
                    decimal(interval.townCalls()), interval.agentsToday(), interval.agentsWithTown(),
                    interval.additionalAgents(), decimal(interval.serviceLevelWithTownAndTodaysAgents())));
        }
        return csv;
    }

    static CsvTable planVsActual(PlanVsActual report, boolean decimalComma) {
        CsvTable csv = CsvTable.withHeader(List.of("date", "start", "plannedAgents", "forecastCalls",
                "predictedServiceLevel", "offeredCalls", "expectedForOfferedCalls", "measuredServiceLevel"),
                decimalComma);
        for (PlanVsActual.Interval interval : report.intervals()) {
            csv.row(Arrays.asList(interval.date(), interval.start(), interval.plannedAgents(),
                    decimal(interval.forecastCalls()), decimal(interval.predictedServiceLevel()),
                    interval.offeredCalls(), decimal(interval.expectedForOfferedCalls()),
                    decimal(interval.measuredServiceLevel())));
        }
        return csv;
    }

    /**
     * An uploaded plan: a header naming the columns {@code date}, {@code start}, {@code agents} (in any order,
     * separated by semicolons or commas), then a row per half-hour. Every wrong cell is named by its line.
     */
    static StaffPlan plan(String text) {
        // blank lines are skipped but counted, so that "line 7" is the spreadsheet's line 7
        List<String> lines = text.replace("\uFEFF", "").lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw InvalidInputProblem.of("body", "is empty; expected a header " + PLAN_HEADER + " and a row per "
                    + "half-hour");
        }
        String separator = lines.get(first).contains(";") ? ";" : ",";
        List<String> header = Arrays.stream(lines.get(first).split(separator, -1)).map(String::strip).toList();
        int date = header.indexOf("date");
        int start = header.indexOf("start");
        int agents = header.indexOf("agents");
        if (date < 0 || start < 0 || agents < 0) {
            throw InvalidInputProblem.of("line " + (first + 1), "must name the columns date, start and agents, e.g. "
                    + PLAN_HEADER);
        }
        long rows = lines.stream().skip(first + 1).filter(line -> !line.isBlank()).count();
        if (rows > StaffPlan.MAX_INTERVALS) {
            throw InvalidInputProblem.of("body", "has " + rows + " rows; at most "
                    + StaffPlan.MAX_INTERVALS + " at a time");
        }
        List<FieldError> errors = new ArrayList<>();
        List<StaffPlan.Interval> intervals = new ArrayList<>();
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String field = "line " + (i + 1);
            String[] cells = lines.get(i).split(separator, -1);
            if (cells.length != header.size()) {
                errors.add(new FieldError(field, "has " + cells.length + " cells for " + header.size() + " columns"));
                continue;
            }
            LocalDate day = null;
            try {
                day = LocalDate.parse(cells[date].strip());
            } catch (DateTimeException e) {
                errors.add(new FieldError(field, "date must be a date such as 2026-12-07, not '" + cells[date] + "'"));
            }
            String begins = cells[start].strip();
            if (!begins.matches("([01][0-9]|2[0-3]):(00|30)")) {
                errors.add(new FieldError(field, "start must be the start of a half-hour, HH:00 or HH:30, not '"
                        + begins + "'"));
            }
            Integer count = null;
            try {
                count = Integer.parseInt(cells[agents].strip());
            } catch (NumberFormatException e) {
                // answered below
            }
            if (count == null || count < 0 || count > 10_000) {
                errors.add(new FieldError(field, "agents must be a whole number from 0 to 10000, not '"
                        + cells[agents] + "'"));
            }
            intervals.add(new StaffPlan.Interval(day, begins, count));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
        return new StaffPlan(intervals);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
