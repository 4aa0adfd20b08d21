package de.servicecenter.contact.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement as CSV: UTF-8, semicolon-separated (what German spreadsheets expect), one row per line and a last
 * row "total". With the decimal comma (for spreadsheet users) it starts with a byte-order mark, so that Excel
 * recognises UTF-8; without it, it is plain machine-readable CSV with decimal points.
 */
final class StatementCsv {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final List<String> HEADER = List.of("row", "contract", "month", "status", "hostTenant", "clientTenant",
            "serviceCenter", "town", "serviceArea", "contacts", "answered", "handledSeconds", "handledMinutes",
            "amountEur");

    private StatementCsv() {
    }

    static String write(Statement statement, boolean decimalComma) {
        StringBuilder csv = new StringBuilder(decimalComma ? BYTE_ORDER_MARK : "");
        row(csv, HEADER);
        for (Statement.Line line : statement.lines()) {
            row(csv, cells("line", statement, line, decimalComma));
        }
        row(csv, cells("total", statement, statement.total(), decimalComma));
        return csv.toString();
    }

    private static List<String> cells(String kind, Statement statement, Statement.Line line, boolean decimalComma) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(kind);
        cells.add(statement.contract());
        cells.add(statement.month());
        cells.add(statement.status().name());
        cells.add(statement.hostTenant());
        cells.add(statement.clientTenant());
        cells.add(statement.serviceCenter());
        cells.add(line.town());
        cells.add(line.serviceArea() == null ? "" : line.serviceArea());
        cells.add(Long.toString(line.contacts()));
        cells.add(Long.toString(line.answered()));
        cells.add(Long.toString(line.handledSeconds()));
        cells.add(decimal(line.handledMinutes(), decimalComma));
        cells.add(decimal(line.amount(), decimalComma));
        return cells;
    }

    private static String decimal(BigDecimal value, boolean decimalComma) {
        String plain = value.toPlainString();
        return decimalComma ? plain.replace('.', ',') : plain;
    }

    /** RFC 4180 quoting: a cell with the separator, a quote or a line break is quoted, quotes doubled. */
    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            String cell = cells.get(i);
            if (cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }
}
