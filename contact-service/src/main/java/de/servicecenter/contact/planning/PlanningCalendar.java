package de.servicecenter.contact.planning;

import de.servicecenter.openinghours.DayHours;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.TimeInterval;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When calls come in for a plan: in the center's phone hours (with its state's holidays and its closures), and —
 * when the plan is about one town — not on the town's own holidays and closures, when its citizens do not call.
 *
 * @param center the center's phone hours
 * @param town   the town's working days (its state's holidays, its town hall's closures); empty for the whole center
 */
public record PlanningCalendar(Schedule center, Optional<Schedule> town) {

    /** How far ahead {@link #nextRegular} looks for a normal day of a weekday. */
    private static final int WEEKS_TO_LOOK_AHEAD = 8;

    /** Whether the center takes calls on {@code day} for this plan. */
    public boolean open(LocalDate day) {
        return center.day(day).isOpenAtAll() && !townClosed(day);
    }

    /** The half-hours of {@code day} the center answers in (any minute of the half-hour); none when closed. */
    public boolean[] openHalfHours(LocalDate day) {
        boolean[] open = new boolean[ContactHistory.HALF_HOURS];
        if (townClosed(day)) {
            return open;
        }
        for (TimeInterval interval : center.day(day).intervals()) {
            for (int halfHour = interval.opensMinute() / 30; halfHour * 30 < interval.closesMinute(); halfHour++) {
                open[halfHour] = true;
            }
        }
        return open;
    }

    /**
     * The first day from {@code from} on with {@code from}'s weekday that has the weekly hours — no holiday, closure
     * or special hours — for a typical week; {@code from} itself when there is none within eight weeks.
     */
    public LocalDate nextRegular(LocalDate from) {
        for (int week = 0; week < WEEKS_TO_LOOK_AHEAD; week++) {
            LocalDate day = from.plusWeeks(week);
            if (center.day(day).kind() == DayHours.Kind.REGULAR && !townClosed(day)) {
                return day;
            }
        }
        return from;
    }

    private boolean townClosed(LocalDate day) {
        return town.map(schedule -> schedule.day(day).kind())
                .filter(kind -> kind == DayHours.Kind.PUBLIC_HOLIDAY || kind == DayHours.Kind.CLOSED_BY_EXCEPTION)
                .isPresent();
    }
}
