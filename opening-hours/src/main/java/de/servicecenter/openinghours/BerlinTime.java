package de.servicecenter.openinghours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Where wall-clock times of a schedule meet instants. German town halls keep Europe/Berlin time, and twice
 * a year a wall-clock time is missing (last Sunday of March, 02:00-03:00) or happens twice (last Sunday of
 * October, 02:00-03:00). The rule here: a wall-clock time stands for the first instant at which the clocks
 * show it or a later time. So 02:30 on the spring day is 03:00 CEST (the clocks jump there), and 02:30 on
 * the autumn day is its first occurrence, 02:30 CEST.
 */
public final class BerlinTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ZoneRules RULES = ZONE.getRules();
    private static final long SECONDS_PER_DAY = 86_400L;

    private BerlinTime() {
    }

    /** The instant a schedule's {@code minuteOfDay} (0-1440) on {@code date} stands for. */
    public static Instant instantOf(LocalDate date, int minuteOfDay) {
        long midnightAsUtc = date.toEpochDay() * SECONDS_PER_DAY;
        ZoneOffset before = RULES.getOffset(Instant.ofEpochSecond(midnightAsUtc - 3 * 3600));
        ZoneOffset after = RULES.getOffset(Instant.ofEpochSecond(midnightAsUtc + SECONDS_PER_DAY));
        if (before.equals(after)) {
            // the same offset from before the local day starts to after it ends: no switch on this day
            // (Berlin never switches twice within 27 hours)
            return Instant.ofEpochSecond(midnightAsUtc + minuteOfDay * 60L - before.getTotalSeconds());
        }
        return instantOf(date.atStartOfDay().plusMinutes(minuteOfDay));
    }

    /** How {@link #parse} input looks, for error messages. */
    public static final String PARSE_FORMAT = "an ISO-8601 date-time with offset, e.g. 2026-11-28T10:00:00+01:00, "
            + "or a Berlin wall-clock time, e.g. 2026-11-28T10:00";

    /**
     * A time as portals and admins write it: ISO-8601 with offset ({@code 2026-11-28T10:00:00+01:00}, or {@code Z}),
     * or a Berlin wall-clock time without offset ({@code 2026-11-28T10:00}), read by the rule of this class.
     *
     * @throws DateTimeParseException when it is neither
     */
    public static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return instantOf(LocalDateTime.parse(text));
        }
    }

    /**
     * The instant a wall-clock time stands for, to the nanosecond, by the rule of this class: any time in the
     * spring gap — 02:00:00 to 02:59:59.999 — is the instant the clocks jump to, 03:00 CEST; so the mapping never
     * runs backwards (02:59:59 and 03:00:00 are the same instant, 03:00:59 a minute later).
     */
    public static Instant instantOf(LocalDateTime wallClock) {
        ZoneOffsetTransition transition = RULES.getTransition(wallClock);
        if (transition == null) {
            return wallClock.toInstant(RULES.getOffset(wallClock));
        }
        return transition.isGap() ? transition.getInstant() : wallClock.toInstant(transition.getOffsetBefore());
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
