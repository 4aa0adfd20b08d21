package de.servicecenter.openinghours;

import de.servicecenter.openinghours.DayHours.Kind;
import de.servicecenter.openinghours.OpeningStatus.ClosedReason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An opening-hours schedule, ready to answer: weekly periods, one-off exceptions and a public-holiday
 * calendar, in Europe/Berlin. Precedence on a day: an exception, else no valid weekly period means closed,
 * else a public holiday means closed, else the weekly hours. Immutable and thread-safe; build it once per
 * definition (see {@link ScheduleCompiler}) and ask it as often as needed.
 */
public final class Schedule {

    /** How far "next opening" and "open until" look ahead before giving up. */
    public static final int HORIZON_DAYS = 400;

    private final List<WeeklyPeriod> periods;
    private final NavigableMap<LocalDate, ScheduleException> exceptionsByFirstDay;
    private final HolidayCalendar holidays;

    private Schedule(List<WeeklyPeriod> periods, NavigableMap<LocalDate, ScheduleException> exceptions,
                     HolidayCalendar holidays) {
        this.periods = periods;
        this.exceptionsByFirstDay = exceptions;
        this.holidays = holidays;
    }

    /**
     * @throws IllegalArgumentException when periods or exceptions overlap; {@link ScheduleCompiler} reports
     *                                  such input field by field instead
     */
    public static Schedule of(List<WeeklyPeriod> periods, List<ScheduleException> exceptions,
                              HolidayCalendar holidays) {
        List<WeeklyPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(WeeklyPeriod::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = sorted.get(i - 1).validUntil().orElse(LocalDate.MAX);
            if (!previousEnd.isBefore(sorted.get(i).validFrom())) {
                throw new IllegalArgumentException("weekly periods overlap");
            }
        }
        NavigableMap<LocalDate, ScheduleException> byFirstDay = new TreeMap<>();
        for (ScheduleException exception : exceptions) {
            var before = byFirstDay.floorEntry(exception.lastDay());
            var after = byFirstDay.ceilingEntry(exception.firstDay());
            if ((before != null && !before.getValue().lastDay().isBefore(exception.firstDay()))
                    || (after != null && !after.getKey().isAfter(exception.lastDay()))) {
                throw new IllegalArgumentException("exceptions overlap");
            }
            byFirstDay.put(exception.firstDay(), exception);
        }
        return new Schedule(List.copyOf(sorted), Collections.unmodifiableNavigableMap(byFirstDay), holidays);
    }

    public List<WeeklyPeriod> periods() {
        return periods;
    }

    public List<ScheduleException> exceptions() {
        return List.copyOf(exceptionsByFirstDay.values());
    }

    public HolidayCalendar holidays() {
        return holidays;
    }

    /** The hours of one local day, with why the day looks that way. */
    public DayHours day(LocalDate date) {
        var exceptionEntry = exceptionsByFirstDay.floorEntry(date);
        if (exceptionEntry != null && exceptionEntry.getValue().covers(date)) {
            ScheduleException exception = exceptionEntry.getValue();
            return exception.closes()
                    ? new DayHours(date, List.of(), Kind.CLOSED_BY_EXCEPTION, Optional.of(exception.reason()))
                    : new DayHours(date, exception.hours(), Kind.SPECIAL_HOURS, Optional.of(exception.reason()));
        }
        WeeklyPeriod period = periodOn(date);
        if (period == null) {
            return new DayHours(date, List.of(), Kind.NO_REGULAR_HOURS, Optional.empty());
        }
        Optional<String> holiday = holidays.holidayName(date);
        if (holiday.isPresent()) {
            return new DayHours(date, List.of(), Kind.PUBLIC_HOLIDAY, holiday);
        }
        return new DayHours(date, period.hoursOn(date.getDayOfWeek()), Kind.REGULAR, Optional.empty());
    }

    /** Monday to Sunday of the ISO week that holds {@code anyDay}. */
    public List<DayHours> week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DayHours> week = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            week.add(day(monday.plusDays(i)));
        }
        return week;
    }

    /**
     * The instant by which the schedule has been open for {@code amount}, counted from {@code from}: open time
     * counts, closed time (nights, weekends, public holidays, closures) does not. A promise such as "an answer within
     * 24 hours on working days" becomes a due time this way, with a schedule of the working days. Empty when the
     * horizon ({@link #HORIZON_DAYS}) ends first.
     */
    public Optional<Instant> afterOpenTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (amount.isZero()) {
            return Optional.of(from);
        }
        Duration left = amount;
        LocalDate date = BerlinTime.dateOf(from);
        for (int day = 0; day <= HORIZON_DAYS; day++, date = date.plusDays(1)) {
            for (TimeInterval interval : day(date).intervals()) {
                Instant opens = BerlinTime.instantOf(date, interval.opensMinute());
                Instant closes = BerlinTime.instantOf(date, interval.closesMinute());
                Instant start = opens.isBefore(from) ? from : opens;
                if (!start.isBefore(closes)) {
                    continue; // over before from, or swallowed by the spring daylight-saving jump
                }
                Duration open = Duration.between(start, closes);
                if (open.compareTo(left) >= 0) {
                    return Optional.of(start.plus(left));
                }
                left = left.minus(open);
            }
        }
        return Optional.empty();
    }

    /** Open at {@code at}? Until when, or when next, and why closed. */
    public OpeningStatus statusAt(Instant at) {
        LocalDate date = BerlinTime.dateOf(at);
        DayHours today = day(date);
        for (TimeInterval interval : today.intervals()) {
            Instant opens = BerlinTime.instantOf(date, interval.opensMinute());
            Instant closes = BerlinTime.instantOf(date, interval.closesMinute());
            if (!opens.isBefore(closes)) {
                continue; // swallowed by the spring daylight-saving jump
            }
            if (!at.isBefore(opens) && at.isBefore(closes)) {
                return new OpeningStatus(at, true, Optional.of(endOfContiguousOpening(date, today.intervals(), interval)),
                        Optional.empty(), today, Optional.empty());
            }
            if (opens.isAfter(at)) {
                return closed(at, today, Optional.of(opens));
            }
        }
        return closed(at, today, nextOpeningAfter(date));
    }

    private OpeningStatus closed(Instant at, DayHours today, Optional<Instant> nextOpening) {
        ClosedReason reason = switch (today.kind()) {
            case PUBLIC_HOLIDAY -> new ClosedReason(ClosedReason.Kind.PUBLIC_HOLIDAY, today.note());
            case CLOSED_BY_EXCEPTION -> new ClosedReason(ClosedReason.Kind.EXCEPTION, today.note());
            case NO_REGULAR_HOURS -> new ClosedReason(ClosedReason.Kind.NO_REGULAR_HOURS, Optional.empty());
            case REGULAR, SPECIAL_HOURS -> new ClosedReason(ClosedReason.Kind.OUTSIDE_OPENING_HOURS, Optional.empty());
        };
        return new OpeningStatus(at, false, Optional.empty(), nextOpening, today, Optional.of(reason));
    }

    /** The first opening on a day after {@code date}. */
    private Optional<Instant> nextOpeningAfter(LocalDate date) {
        for (int i = 1; i <= HORIZON_DAYS; i++) {
            LocalDate day = date.plusDays(i);
            for (TimeInterval interval : day(day).intervals()) {
                Instant opens = BerlinTime.instantOf(day, interval.opensMinute());
                if (opens.isBefore(BerlinTime.instantOf(day, interval.closesMinute()))) {
                    return Optional.of(opens);
                }
            }
        }
        return Optional.empty();
    }

    /** Follows intervals that touch (12:00-24:00 then 00:00-06:00) to where the opening really ends. */
    private Instant endOfContiguousOpening(LocalDate date, List<TimeInterval> sameDay, TimeInterval current) {
        LocalDate day = date;
        List<TimeInterval> intervals = sameDay;
        int closesMinute = current.closesMinute();
        for (int guard = 0; guard <= HORIZON_DAYS; guard++) {
            if (closesMinute == TimeInterval.END_OF_DAY) {
                day = day.plusDays(1);
                intervals = day(day).intervals();
                closesMinute = 0;
            }
            TimeInterval next = openingAt(intervals, closesMinute);
            if (next == null) {
                break;
            }
            closesMinute = next.closesMinute();
        }
        return BerlinTime.instantOf(day, closesMinute);
    }

    private static TimeInterval openingAt(List<TimeInterval> intervals, int minute) {
        for (TimeInterval interval : intervals) {
            if (interval.opensMinute() == minute) {
                return interval;
            }
        }
        return null;
    }

    private WeeklyPeriod periodOn(LocalDate date) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            WeeklyPeriod period = periods.get(i);
            if (!date.isBefore(period.validFrom())) {
                return period.isValidOn(date) ? period : null;
            }
        }
        return null;
    }
}
