package de.servicecenter.openinghours;

/**
 * Opening time on one day, minute precision, half-open: open from {@code opens} up to but not including
 * {@code closes}. Minutes count from local midnight; {@code closes} may be 1440 ("24:00", the end of the day).
 * Intervals never cross midnight: a night shift is two intervals on two days.
 */
public record TimeInterval(int opensMinute, int closesMinute) implements Comparable<TimeInterval> {

    public static final int END_OF_DAY = 24 * 60;

    public TimeInterval {
        if (opensMinute < 0 || closesMinute > END_OF_DAY || opensMinute >= closesMinute) {
            throw new IllegalArgumentException("not an interval within one day: " + opensMinute + "-" + closesMinute);
        }
    }

    public boolean overlaps(TimeInterval other) {
        return opensMinute < other.closesMinute && other.opensMinute < closesMinute;
    }

    @Override
    public int compareTo(TimeInterval other) {
        return opensMinute != other.opensMinute
                ? Integer.compare(opensMinute, other.opensMinute)
                : Integer.compare(closesMinute, other.closesMinute);
    }

    /** {@code 08:00-17:00}, the notation of OpenStreetMap's opening_hours. */
    @Override
    public String toString() {
        return ClockTimes.format(opensMinute) + "-" + ClockTimes.format(closesMinute);
    }
}
