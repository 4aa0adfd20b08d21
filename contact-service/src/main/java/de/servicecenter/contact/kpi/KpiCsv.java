package de.servicecenter.contact.kpi;

import de.servicecenter.commons.csv.CsvTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * KPIs and repeat callers as CSV (see {@link CsvTable}), for the towns' spreadsheets: a KPI report is one row per
 * group and a last row "total", with two columns per service-level threshold; repeat callers are one row.
 */
final class KpiCsv {

    private KpiCsv() {
    }

    static CsvTable of(KpiReport report, boolean decimalComma) {
        List<Integer> thresholds = report.total().serviceLevels().stream().map(KpiFigures.ServiceLevel::thresholdSeconds)
                .toList();
        List<String> header = new ArrayList<>(List.of("row", "town", "serviceCenter", "from", "to", "groupBy", "group",
                "offered", "shortAbandoned", "answered", "abandoned", "abandonmentRate"));
        for (int threshold : thresholds) {
            header.add("answeredWithin" + threshold + "s");
            header.add("serviceLevel" + threshold + "s");
        }
        header.addAll(List.of("averageSpeedOfAnswerSeconds", "averageHandlingSeconds", "handledSeconds",
                "resolvedAtFirstContact", "firstContactEligible", "firstContactResolutionRate"));
        CsvTable csv = CsvTable.withHeader(header, decimalComma);
        for (KpiFigures group : report.groups()) {
            csv.row(cells("group", report, group));
        }
        return csv.row(cells("total", report, report.total()));
    }

    private static List<Object> cells(String row, KpiReport report, KpiFigures figures) {
        List<Object> cells = new ArrayList<>(Arrays.asList(row, report.town(), report.serviceCenter(), report.from(),
                report.to(), report.groupBy(), figures.group(), figures.offered(), figures.shortAbandoned(),
                figures.answered(), figures.abandoned(), figures.abandonmentRate()));
        for (KpiFigures.ServiceLevel level : figures.serviceLevels()) {
            cells.add(level.answeredWithin());
            cells.add(level.rate());
        }
        cells.addAll(Arrays.asList(figures.averageSpeedOfAnswerSeconds(), figures.averageHandlingSeconds(),
                figures.handledSeconds(), figures.resolvedAtFirstContact(), figures.firstContactEligible(),
                figures.firstContactResolutionRate()));
        return cells;
    }

    static CsvTable of(RepeatCallers figures, boolean decimalComma) {
        return CsvTable.withHeader(List.of("town", "from", "to", "withinDays", "callsWithKnownCaller", "repeatCalls",
                        "repeatRate"), decimalComma)
                .row(Arrays.asList(figures.town(), figures.from(), figures.to(), figures.withinDays(),
                        figures.callsWithKnownCaller(), figures.repeatCalls(), figures.repeatRate()));
    }
}
