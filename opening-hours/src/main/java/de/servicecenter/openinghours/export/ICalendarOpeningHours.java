package de.servicecenter.openinghours.export;

import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.DayHours;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.TimeInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A schedule as an iCalendar feed (RFC 5545) that citizens and portals subscribe to: every opening of the coming
 * days as an event in Europe/Berlin time (with its VTIMEZONE), and every closure — public holidays and the town's own
 * closures — as an all-day event that blocks no time. Days simply outside the weekly hours have no event.
 *
 * <p>Each event's UID names the schedule, the day and the time, so that a calendar updates an event rather than
 * adding it again when the feed is fetched anew.
 */
public final class ICalendarOpeningHours {

    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final String UID_DOMAIN = "@opening-hours.servicecenter-verbund";

    private ICalendarOpeningHours() {
    }

    /**
     * @param id    the schedule's public id, for stable UIDs
     * @param name  the schedule's name, in every event's summary
     * @param from  the first day
     * @param days  how many days
     * @param stamp when the feed was made (DTSTAMP); the same for a day's every request, so that its ETag holds
     */
    public static String format(String id, String name, Schedule schedule, LocalDate from, int days, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ServiceCenter-Verbund//Opening hours//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(TIME_ZONES.getTimeZone(BerlinTime.ZONE.getId()).getVTimeZone());
        for (LocalDate date = from; date.isBefore(from.plusDays(days)); date = date.plusDays(1)) {
            DayHours day = schedule.day(date);
            switch (day.kind()) {
                case PUBLIC_HOLIDAY, CLOSED_BY_EXCEPTION -> calendar.add(closure(id, name, day, stamp));
                case REGULAR, SPECIAL_HOURS -> day.intervals().forEach(interval ->
                        calendar.add(opening(id, name, day, interval, stamp)));
                case NO_REGULAR_HOURS -> {
                    // the schedule says nothing about the day: no event rather than a guess
                }
            }
        }
        return calendar.toString();
    }

    private static VEvent opening(String id, String name, DayHours day, TimeInterval interval, Instant stamp) {
        ZonedDateTime opens = wallClock(day.date(), interval.opensMinute());
        ZonedDateTime closes = wallClock(day.date(), interval.closesMinute());
        VEvent event = new VEvent(opens, closes, name + " geöffnet");
        event.add(new Uid(id + "-" + day.date() + "-" + interval.toString().replace(":", "") + UID_DOMAIN));
        event.replace(new DtStamp(stamp)); // the constructor stamps the current time
        day.note().ifPresent(note -> event.add(new Description(note)));
        return event;
    }

    private static VEvent closure(String id, String name, DayHours day, Instant stamp) {
        String why = day.note().map(note -> ": " + note).orElse("");
        VEvent event = new VEvent(day.date(), day.date().plusDays(1), name + " geschlossen" + why);
        event.add(new Uid(id + "-" + day.date() + "-closed" + UID_DOMAIN));
        event.replace(new DtStamp(stamp)); // the constructor stamps the current time
        event.add(new Transp(ImmutableTransp.TRANSPARENT.getValue()));
        return event;
    }

    /** A Berlin wall-clock minute of the day; 24:00 is the next day's midnight. */
    private static ZonedDateTime wallClock(LocalDate date, int minute) {
        LocalDateTime local = minute == TimeInterval.END_OF_DAY ? date.plusDays(1).atStartOfDay()
                : LocalDateTime.of(date, LocalTime.ofSecondOfDay(minute * 60L));
        return local.atZone(BerlinTime.ZONE);
    }
}
