package de.servicecenter.openinghours;

import java.util.regex.Pattern;

/** Wall-clock times as schedules write them: {@code HH:mm}, 00:00 to 24:00, minute precision. */
public final class ClockTimes {

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");

    private ClockTimes() {
    }

    /** Minutes since midnight; 24:00 is 1440. */
    public static int parse(String text) {
        var matcher = text == null ? null : HH_MM.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("must be a time of day as HH:mm, e.g. 08:00");
        }
        int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        if (minutes > TimeInterval.END_OF_DAY) {
            throw new IllegalArgumentException("must not be later than 24:00");
        }
        return minutes;
    }

    public static String format(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
