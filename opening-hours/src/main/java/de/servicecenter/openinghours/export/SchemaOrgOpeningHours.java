package de.servicecenter.openinghours.export;

import de.servicecenter.openinghours.ClockTimes;
import de.servicecenter.openinghours.DayHours;
import de.servicecenter.openinghours.PublicHoliday;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleException;
import de.servicecenter.openinghours.TimeInterval;
import de.servicecenter.openinghours.WeeklyPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a schedule as schema.org {@code OpeningHoursSpecification} objects
 * (https://schema.org/OpeningHoursSpecification), ready for a JSON-LD {@code openingHoursSpecification}
 * array. schema.org has no notion of public holidays or of "24:00", so: holidays and closures within the
 * next year become specifications with {@code opens = closes = "00:00"} (closed all day, as search engines
 * read it), and an interval running to midnight closes at {@code "23:59"}.
 */
public final class SchemaOrgOpeningHours {

    public static final String TYPE = "OpeningHoursSpecification";

    private SchemaOrgOpeningHours() {
    }

    /** Specifications for the schedule as it stands from {@code from}, covering special days until a year later. */
    /** A German postal address as schema.org's PostalAddress. */
    public static Map<String, Object> address(String streetAddress, String postalCode, String locality) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", streetAddress);
        address.put("postalCode", postalCode);
        address.put("addressLocality", locality);
        address.put("addressCountry", "DE");
        return address;
    }

    public static List<Map<String, Object>> specifications(Schedule schedule, LocalDate from) {
        List<Map<String, Object>> specifications = new ArrayList<>();
        for (WeeklyPeriod period : schedule.periods()) {
            if (period.validUntil().map(until -> until.isBefore(from)).orElse(false)) {
                continue;
            }
            for (WeekdayGroups group : WeekdayGroups.of(period)) {
                for (TimeInterval interval : group.intervals()) {
                    Map<String, Object> specification = specification(interval);
                    specification.put("dayOfWeek", group.days().stream().map(SchemaOrgOpeningHours::dayUri).toList());
                    specification.put("validFrom", period.validFrom().toString());
                    period.validUntil().ifPresent(until -> specification.put("validThrough", until.toString()));
                    specifications.add(specification);
                }
            }
        }
        LocalDate until = from.plusYears(1);
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            for (PublicHoliday holiday : schedule.holidays().holidays(year)) {
                LocalDate date = holiday.date();
                if (!date.isBefore(from) && !date.isAfter(until)
                        && schedule.day(date).kind() == DayHours.Kind.PUBLIC_HOLIDAY) {
                    specifications.add(closedOn(date, date, holiday.name()));
                }
            }
        }
        for (ScheduleException exception : schedule.exceptions()) {
            if (exception.lastDay().isBefore(from) || exception.firstDay().isAfter(until)) {
                continue;
            }
            if (exception.closes()) {
                specifications.add(closedOn(exception.firstDay(), exception.lastDay(), exception.reason()));
                continue;
            }
            for (TimeInterval interval : exception.hours()) {
                Map<String, Object> specification = specification(interval);
                specification.put("validFrom", exception.firstDay().toString());
                specification.put("validThrough", exception.lastDay().toString());
                specification.put("description", exception.reason());
                specifications.add(specification);
            }
        }
        return specifications;
    }

    private static Map<String, Object> specification(TimeInterval interval) {
        Map<String, Object> specification = new LinkedHashMap<>();
        specification.put("@type", TYPE);
        specification.put("opens", ClockTimes.format(interval.opensMinute()));
        specification.put("closes", interval.closesMinute() == TimeInterval.END_OF_DAY
                ? "23:59" : ClockTimes.format(interval.closesMinute()));
        return specification;
    }

    private static Map<String, Object> closedOn(LocalDate first, LocalDate last, String description) {
        Map<String, Object> specification = new LinkedHashMap<>();
        specification.put("@type", TYPE);
        specification.put("opens", "00:00");
        specification.put("closes", "00:00");
        specification.put("validFrom", first.toString());
        specification.put("validThrough", last.toString());
        specification.put("description", description);
        return specification;
    }

    private static String dayUri(DayOfWeek day) {
        String name = day.name();
        return "https://schema.org/" + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
