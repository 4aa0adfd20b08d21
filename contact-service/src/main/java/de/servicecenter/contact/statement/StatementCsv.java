package de.servicecenter.contact.statement;

import de.servicecenter.commons.csv.CsvTable;
import java.util.Arrays;
import java.util.List;

/** A statement as CSV (see {@link CsvTable}): one row per line and a last row "total". */
final class StatementCsv {

    static final List<String> HEADER = List.of("row", "contract", "month", "status", "hostTown", "clientTown",
            "serviceCenter", "town", "serviceArea", "contacts", "answered", "handledSeconds", "handledMinutes",
            "amountEur");

    private StatementCsv() {
    }

    static CsvTable of(Statement statement, boolean decimalComma) {
        CsvTable csv = CsvTable.withHeader(HEADER, decimalComma);
        for (Statement.Line line : statement.lines()) {
            csv.row(cells("line", statement, line));
        }
        return csv.row(cells("total", statement, statement.total()));
    }

    private static List<Object> cells(String kind, Statement statement, Statement.Line line) {
        return Arrays.asList(kind, statement.contract(), statement.month(), statement.status().name(),
                statement.hostTown(), statement.clientTown(), statement.serviceCenter(), line.town(),
                line.serviceArea(), line.contacts(), line.answered(), line.handledSeconds(), line.handledMinutes(),
                line.amount());
    }
}
