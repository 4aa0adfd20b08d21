package de.servicecenter.commons.csv;

import de.servicecenter.commons.problem.InvalidInputProblem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table as CSV the way the towns' offices open it: UTF-8, semicolon-separated (what German spreadsheets expect),
 * CRLF line ends, RFC 4180 quoting. With the decimal comma (for spreadsheet users) it starts with a byte-order mark,
 * so that Excel recognises UTF-8; with the decimal point it is plain machine-readable CSV. Statements, KPIs and
 * repeat callers are all written through it.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text;
    private final boolean decimalComma;
    private final int columns;

    private CsvTable(List<String> header, boolean decimalComma) {
        this.decimalComma = decimalComma;
        this.columns = header.size();
        this.text = new StringBuilder(decimalComma ? BYTE_ORDER_MARK : "");
        row(header);
    }

    /** A table with this header row. */
    public static CsvTable withHeader(List<String> header, boolean decimalComma) {
        return new CsvTable(header, decimalComma);
    }

    /** One row, a cell per column: {@code null} is empty, decimals use the table's decimal mark. */
    public CsvTable row(List<?> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns + " columns");
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(quoted(cell(cells.get(i))));
        }
        text.append("\r\n");
        return this;
    }

    public String text() {
        return text.toString();
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            String plain = decimal.toPlainString();
            return decimalComma ? plain.replace('.', ',') : plain;
        }
        return value.toString();
    }

    /** RFC 4180: a cell with the separator, a quote or a line break is quoted, its quotes doubled. */
    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(';') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** Whether the request asks for CSV by name in Accept (a wildcard alone gets JSON). */
    public static boolean requested(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.valueOf(MEDIA_TYPE)) && !type.isWildcardType());
    }

    /** The {@code decimal} parameter: {@code point} (the default) or {@code comma}; anything else is a 400. */
    public static boolean decimalComma(String decimal) {
        if (decimal == null || decimal.isBlank() || decimal.equals("point")) {
            return false;
        }
        if (decimal.equals("comma")) {
            return true;
        }
        throw InvalidInputProblem.of("decimal", "must be point or comma");
    }

    /** The table as an answer to download, named {@code filename}. */
    public Response.ResponseBuilder response(Response.Status status, String filename) {
        return Response.status(status).type(MEDIA_TYPE + "; charset=UTF-8").entity(text())
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
