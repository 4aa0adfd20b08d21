package de.servicecenter.tenant.portal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The German words portals show citizens next to the codes programs switch on: weekdays and why an office is
 * closed. Holiday names and exception reasons are German already (by law, and as the town wrote them).
 */
final class GermanLabels {

    private GermanLabels() {
    }

    /** "Montag" … "Sonntag". */
    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.GERMAN);
    }

    /** The label of a {@code ClosedReason.kind}. */
    static String closedReason(String kind) {
        return switch (kind) {
            case "OUTSIDE_OPENING_HOURS" -> "Außerhalb der Öffnungszeiten";
            case "PUBLIC_HOLIDAY" -> "Feiertag";
            case "EXCEPTION" -> "Geschlossen";
            case "NO_REGULAR_HOURS" -> "Keine regulären Öffnungszeiten";
            case "OUT_OF_OPERATION" -> "Außer Betrieb";
            default -> throw new IllegalArgumentException("no label for closed reason " + kind);
        };
    }
}
