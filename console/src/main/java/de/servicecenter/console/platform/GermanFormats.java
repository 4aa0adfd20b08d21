package de.servicecenter.console.platform;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and numbers as German screens write them, dates in Europe/Berlin:
 * {@code {contract.validFrom.german}}.
 */
@TemplateExtension
public final class GermanFormats {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMANY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMANY);

    private GermanFormats() {
    }

    /** 24.11.2026 */
    public static String german(LocalDate date) {
        return date.format(DATE);
    }

    /** 08:30 */
    public static String german(LocalTime time) {
        return time.format(TIME);
    }

    /** 08:30 (the instant's wall-clock time in Berlin) */
    static String time(OffsetDateTime instant) {
        return instant.atZoneSameInstant(BERLIN).format(TIME);
    }

    /** 24.11.2026, 09:15 Uhr (Berlin) */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(BERLIN).format(DATE) + ", " + instant.atZone(BERLIN).format(TIME)
                + " Uhr";
    }

    /** Dienstag, 24.11.2026 */
    static String day(OffsetDateTime instant) {
        return instant.atZoneSameInstant(BERLIN).format(DAY);
    }

    /** 1.234,5 with {@code decimals} digits after the comma */
    public static String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** 143.077,00 € */
    public static String euros(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.GERMANY).format(amount);
    }
}
