package de.servicecenter.openinghours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Calendar days in Berlin from {@code first} to {@code last}, both included; without {@code last}, open-ended —
 * the term of a contract, the validity of a rule or an article. Days begin and end at Berlin midnight, so a
 * contract ending on 31 October still serves the call at 23:59 CET and not the one at 00:00.
 */
public record DayRange(LocalDate first, Optional<LocalDate> last) {

    public DayRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isPresent() && last.get().isBefore(first)) {
            throw new IllegalArgumentException("a range ending on " + last.get() + " cannot start on " + first);
        }
    }

    public static DayRange from(LocalDate first) {
        return new DayRange(first, Optional.empty());
    }

    public static DayRange between(LocalDate first, LocalDate last) {
        return new DayRange(first, Optional.of(last));
    }

    public static DayRange of(YearMonth month) {
        return between(month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && last.map(end -> !day.isAfter(end)).orElse(true);
    }

    /** Whether the instant falls on one of these days, in Berlin. */
    public boolean contains(Instant instant) {
        return contains(BerlinTime.dateOf(instant));
    }

    /** True when both share at least one day. */
    public boolean overlaps(DayRange other) {
        return intersection(other).isPresent();
    }

    /** The days both share, if any. */
    public Optional<DayRange> intersection(DayRange other) {
        LocalDate start = first.isAfter(other.first) ? first : other.first;
        Optional<LocalDate> end = last.isEmpty() ? other.last
                : other.last.isEmpty() ? last
                : Optional.of(last.get().isBefore(other.last.get()) ? last.get() : other.last.get());
        return end.isPresent() && end.get().isBefore(start) ? Optional.empty() : Optional.of(new DayRange(start, end));
    }

    /** The days of {@code month} this range covers, if any. */
    public Optional<DayRange> within(YearMonth month) {
        return intersection(of(month));
    }

    /** The instant the first day begins, in Berlin. */
    public Instant start() {
        return BerlinTime.instantOf(first, 0);
    }

    /** The instant after the last day ends (midnight that follows it, in Berlin); empty when open-ended. */
    public Optional<Instant> end() {
        return last.map(day -> BerlinTime.instantOf(day.plusDays(1), 0));
    }

    @Override
    public String toString() {
        return first + last.map(day -> " to " + day).orElse(" onwards");
    }
}
