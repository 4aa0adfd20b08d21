package de.servicecenter.tenant.portal;

import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.openinghours.DayHours;
import de.servicecenter.openinghours.OpeningStatus;
import de.servicecenter.openinghours.TimeInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What portals read: open-now answers, days and holidays. Times are Europe/Berlin with their offset. */
public final class PortalViews {

    private PortalViews() {
    }

    @Schema(name = "TownOpeningStatus", description = "Whether a town (optionally one service area) is open at an "
            + "instant, and who answers its phone then")
    public record TownStatus(
            @Schema(description = "The town, by its id", example = "castrop-rauxel") String town,
            @Schema(description = "The town's name", example = "Stadt Castrop-Rauxel") String townName,
            @Schema(nullable = true, description = "The service area asked for; null for the town as a whole",
                    example = "buergerbuero")
            String serviceArea,
            @Schema(nullable = true, description = "The service area's name", example = "Bürgerbüro")
            String serviceAreaName,
            @Schema(description = "The instant answered for, in Berlin time", example = "2026-11-24T10:00:00+01:00")
            OffsetDateTime at,
            @Schema(nullable = true, description = "The office's opening hours; null when the town publishes none")
            ScheduleStatus office,
            @Schema(description = "Who answers the phone for this town and area at that instant")
            Phone phone) {
    }

    @Schema(name = "PhoneStatus", description = "Who answers the phone: the town itself, or a host's service center "
            + "under contract")
    public record Phone(
            @Schema(description = "The town whose people answer, by its id", example = "bochum") String answeredBy,
            @Schema(description = "That town's name", example = "Stadt Bochum") String answeredByName,
            @Schema(description = "True when a host answers under a contract (its internal id is no portal's business)")
            boolean underContract,
            @Schema(nullable = true, description = "The answering center; null when the town answers without one")
            Center serviceCenter,
            @Schema(nullable = true, description = "The phone hours' status; null when no phone hours are published")
            ScheduleStatus hours) {
    }

    @Schema(name = "ServiceCenterSummary", description = "A service center as citizens see it")
    public record Center(
            @Schema(description = "The center's id", example = "servicecenter-bochum") String id,
            @Schema(description = "The center's name", example = "ServiceCenter Bochum") String name,
            @Schema(description = "Its phone numbers, E.164", example = "[\"+492349100\"]") List<String> phoneNumbers,
            @Schema(description = "False when the center is out of operation") boolean active) {
    }

    @Schema(name = "ScheduleStatus", description = "Open or closed at the instant asked, with today and the week")
    public record ScheduleStatus(
            @Schema(example = "4f1c0f7e-2b0a-4c59-9d8e-3b8e0c1d5a77", description = "Public on purpose: it names the "
                    + "schedule's exports, /public/v1/schedules/{schedule}/opening-hours.osm, .jsonld and .ics")
            UUID scheduleId,
            @Schema(description = "The schedule's name", example = "Bürgerbüro Castrop-Rauxel") String name,
            @Schema(description = "Open at the instant asked") boolean open,
            @Schema(nullable = true, example = "2026-11-24T12:30:00+01:00", description = "When open: when it closes")
            OffsetDateTime openUntil,
            @Schema(nullable = true, example = "2026-11-25T08:00:00+01:00",
                    description = "When closed: when it opens next; null when no opening is known within a year")
            OffsetDateTime nextOpening,
            @Schema(nullable = true, description = "When closed: why") ClosedReason closedReason,
            @Schema(description = "The instant's day") Day today,
            @Schema(description = "Monday to Sunday of the instant's week") List<Day> week) {

        static ScheduleStatus of(UUID id, String name, OpeningStatus status, List<DayHours> week) {
            return new ScheduleStatus(id, name, status.open(), status.closesAt().map(PortalViews::berlin).orElse(null),
                    status.nextOpening().map(PortalViews::berlin).orElse(null),
                    status.closedReason().map(reason -> ClosedReason.of(reason.kind().name(),
                            reason.text().orElse(null))).orElse(null),
                    Day.of(status.today()), week.stream().map(Day::of).toList());
        }

        /** When this answer changes: the closing time when open, the next opening when closed. */
        Optional<Instant> nextChange() {
            return Optional.ofNullable(open ? openUntil : nextOpening).map(OffsetDateTime::toInstant);
        }

        /** Closed because the center is out of operation, whatever its hours say. */
        ScheduleStatus outOfOperation() {
            return new ScheduleStatus(scheduleId, name, false, null, null,
                    ClosedReason.of("OUT_OF_OPERATION", null), today, week);
        }
    }

    @Schema(name = "ClosedReason", description = "Why it is closed")
    public record ClosedReason(
            @Schema(description = "The kind of reason, for programs", example = "PUBLIC_HOLIDAY",
                    enumeration = {"OUTSIDE_OPENING_HOURS", "PUBLIC_HOLIDAY", "EXCEPTION", "NO_REGULAR_HOURS",
                            "OUT_OF_OPERATION"})
            String kind,
            @Schema(description = "The kind of reason in German, for citizens", example = "Feiertag") String label,
            @Schema(nullable = true, example = "Fronleichnam",
                    description = "The holiday's name or the exception's reason, as the town wrote it")
            String text) {

        static ClosedReason of(String kind, String text) {
            return new ClosedReason(kind, GermanLabels.closedReason(kind), text);
        }
    }

    @Schema(name = "Day", description = "A local day's opening hours")
    public record Day(
            @Schema(description = "The day", example = "2026-11-24") LocalDate date,
            @Schema(description = "Its weekday, for programs", example = "TUESDAY",
                    enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
            String weekday,
            @Schema(description = "Its weekday in German, for citizens", example = "Dienstag") String weekdayName,
            @Schema(description = "The hours it is open, in order; empty when closed all day") List<Interval> intervals,
            @Schema(description = "What kind of day it is", example = "REGULAR", enumeration = {"REGULAR",
                    "PUBLIC_HOLIDAY", "CLOSED_BY_EXCEPTION", "SPECIAL_HOURS", "NO_REGULAR_HOURS"})
            String kind,
            @Schema(nullable = true, description = "The holiday's name or the exception's reason",
                    example = "Dienstleistungsabend")
            String note) {

        static Day of(DayHours day) {
            return new Day(day.date(), day.date().getDayOfWeek().name(), GermanLabels.weekday(day.date().getDayOfWeek()),
                    day.intervals().stream().map(Interval::of).toList(), day.kind().name(), day.note().orElse(null));
        }
    }

    @Schema(name = "Interval", description = "Open from one time to another, Berlin wall clock")
    public record Interval(@Schema(description = "Opening time (HH:mm)", example = "08:00") String opens,
                           @Schema(description = "Closing time (HH:mm; 24:00 for midnight)", example = "12:30")
                           String closes) {

        static Interval of(TimeInterval interval) {
            String text = interval.toString();
            return new Interval(text.substring(0, 5), text.substring(6));
        }
    }

    @Schema(name = "PublicHoliday", description = "A public holiday by the state's law")
    public record Holiday(@Schema(description = "The day", example = "2026-06-04") LocalDate date,
                          @Schema(description = "Its German name", example = "Fronleichnam") String name) {
    }

    @Schema(name = "PublicSchedule", description = "A published schedule of a town or of a center")
    public record ScheduleSummary(
            @Schema(description = "The schedule's id; names its exports (.osm, .jsonld, .ics)",
                    example = "4f1c0f7e-2b0a-4c59-9d8e-3b8e0c1d5a77")
            UUID id,
            @Schema(description = "The schedule's name", example = "Bürgerbüro Castrop-Rauxel") String name,
            @Schema(nullable = true, description = "The town whose office hours these are; null for a center's",
                    example = "castrop-rauxel")
            String town,
            @Schema(nullable = true, description = "The service area they are for; null for the whole town",
                    example = "buergerbuero")
            String serviceArea,
            @Schema(nullable = true, description = "The service center whose phone hours these are; null for a "
                    + "town's office hours", example = "servicecenter-bochum")
            String serviceCenter) {
    }

    static OffsetDateTime berlin(Instant instant) {
        return instant.atZone(BerlinTime.ZONE).toOffsetDateTime();
    }
}
