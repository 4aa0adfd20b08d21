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

    @Schema(name = "TenantOpeningStatus", description = "Whether a town (optionally one service area) is open at an "
            + "instant, and who answers its phone then")
    public record TenantStatus(
            @Schema(example = "castrop-rauxel") String tenant,
            @Schema(example = "Stadt Castrop-Rauxel") String tenantName,
            @Schema(example = "buergerbuero") String serviceArea,
            @Schema(example = "Bürgerbüro") String serviceAreaName,
            @Schema(example = "2026-11-24T10:00:00+01:00") OffsetDateTime at,
            @Schema(description = "The office's opening hours; null when the town publishes none")
            ScheduleStatus office,
            @Schema(description = "Who answers the phone for this town and area at that instant")
            Phone phone) {
    }

    @Schema(name = "PhoneStatus", description = "Who answers the phone: the town itself, or a host's service center "
            + "under contract")
    public record Phone(
            @Schema(example = "bochum") String answeredBy,
            @Schema(example = "Stadt Bochum") String answeredByName,
            @Schema(description = "True when a host answers under a contract (its internal id is no portal's business)")
            boolean underContract,
            @Schema(description = "The answering center; null when the town answers without one") Center serviceCenter,
            @Schema(description = "The phone hours' status; null when no phone hours are published")
            ScheduleStatus hours) {
    }

    @Schema(name = "ServiceCenterSummary")
    public record Center(
            @Schema(example = "servicecenter-bochum") String id,
            @Schema(example = "ServiceCenter Bochum") String name,
            @Schema(example = "[\"+492349100\"]") List<String> phoneNumbers,
            @Schema(description = "False when the center is out of operation") boolean active) {
    }

    @Schema(name = "ScheduleStatus", description = "Open or closed at the instant asked, with today and the week")
    public record ScheduleStatus(
            @Schema(example = "4f1c0f7e-2b0a-4c59-9d8e-3b8e0c1d5a77", description = "Public on purpose: it names the "
                    + "schedule's exports, /public/v1/schedules/{id}/opening-hours.osm and .jsonld")
            UUID scheduleId,
            @Schema(example = "Bürgerbüro Castrop-Rauxel") String name,
            boolean open,
            @Schema(example = "2026-11-24T12:30:00+01:00", description = "When open: when it closes") OffsetDateTime openUntil,
            @Schema(example = "2026-11-25T08:00:00+01:00", description = "When closed: when it opens next") OffsetDateTime nextOpening,
            @Schema(description = "When closed: why") ClosedReason closedReason,
            Day today,
            @Schema(description = "Monday to Sunday of the instant's week") List<Day> week) {

        static ScheduleStatus of(UUID id, String name, OpeningStatus status, List<DayHours> week) {
            return new ScheduleStatus(id, name, status.open(), status.closesAt().map(PortalViews::berlin).orElse(null),
                    status.nextOpening().map(PortalViews::berlin).orElse(null),
                    status.closedReason().map(reason -> new ClosedReason(reason.kind().name(),
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
                    new ClosedReason("OUT_OF_OPERATION", "The service center is out of operation"), today, week);
        }
    }

    @Schema(name = "ClosedReason")
    public record ClosedReason(
            @Schema(example = "PUBLIC_HOLIDAY", enumeration = {"OUTSIDE_OPENING_HOURS", "PUBLIC_HOLIDAY", "EXCEPTION",
                    "NO_REGULAR_HOURS", "OUT_OF_OPERATION"}) String kind,
            @Schema(example = "Fronleichnam", description = "The holiday's name or the exception's reason") String text) {
    }

    @Schema(name = "Day", description = "A local day's opening hours")
    public record Day(
            @Schema(example = "2026-11-24") LocalDate date,
            @Schema(example = "TUESDAY") String weekday,
            List<Interval> intervals,
            @Schema(example = "REGULAR", enumeration = {"REGULAR", "PUBLIC_HOLIDAY", "CLOSED_BY_EXCEPTION", "SPECIAL_HOURS",
                    "NO_REGULAR_HOURS"}) String kind,
            @Schema(example = "Dienstleistungsabend") String note) {

        static Day of(DayHours day) {
            return new Day(day.date(), day.date().getDayOfWeek().name(),
                    day.intervals().stream().map(Interval::of).toList(), day.kind().name(), day.note().orElse(null));
        }
    }

    @Schema(name = "Interval")
    public record Interval(@Schema(example = "08:00") String opens, @Schema(example = "12:30") String closes) {

        static Interval of(TimeInterval interval) {
            String text = interval.toString();
            return new Interval(text.substring(0, 5), text.substring(6));
        }
    }

    @Schema(name = "PublicHoliday")
    public record Holiday(@Schema(example = "2026-06-04") LocalDate date, @Schema(example = "Fronleichnam") String name) {
    }

    @Schema(name = "PublicSchedule", description = "A published schedule of a town or of a center")
    public record ScheduleSummary(UUID id, @Schema(example = "Bürgerbüro Castrop-Rauxel") String name,
                                  @Schema(example = "castrop-rauxel") String tenant,
                                  @Schema(example = "buergerbuero") String serviceArea,
                                  @Schema(example = "null") String serviceCenter) {
    }

    static OffsetDateTime berlin(Instant instant) {
        return instant.atZone(BerlinTime.ZONE).toOffsetDateTime();
    }
}
