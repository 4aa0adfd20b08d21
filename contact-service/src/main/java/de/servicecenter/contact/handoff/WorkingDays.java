package de.servicecenter.contact.handoff;

import de.servicecenter.contact.calendar.NetworkCalendars;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A town's working days, for the handoffs' due times: Monday to Friday, all day, without the public holidays of the
 * town's federal state and without the days its town hall is closed (the closures of its general office hours in
 * tenant-service). The promise ("an answer within 24 hours on working days", as the Behördennummer 115 makes it) is
 * counted in that time only.
 */
@ApplicationScoped
public class WorkingDays {

    private static final List<String> MONDAY_TO_FRIDAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
    /** Long before any handoff: the weekly rule has no end. */
    private static final LocalDate SINCE = LocalDate.of(2000, 1, 1);

    private final NetworkCalendars calendars;
    private final Duration promise;

    WorkingDays(NetworkCalendars calendars, @ConfigProperty(name = "scv.handoffs.promise") Duration promise) {
        this.calendars = calendars;
        this.promise = promise;
    }

    /** The promise, as configured (e.g. 24 hours). */
    public Duration promise() {
        return promise;
    }

    /** When a handoff to {@code town} created at {@code createdAt} is due. */
    public Instant dueAt(String town, Instant createdAt) {
        return of(town).afterOpenTime(createdAt, promise).orElseThrow(() -> new IllegalStateException(
                "no working time within a year for " + town));
    }

    /** The working-days schedule of {@code town}. */
    public Schedule of(String town) {
        return calendars.compiled("working-days:" + town, catalog -> Optional.of(compile(catalog, town))).orElseThrow();
    }

    /** The working days of a town, by the state its holidays follow and the closures of its general office hours. */
    static Schedule compile(ScheduleCatalog catalog, String town) {
        List<ExceptionDefinition> closures = catalog.schedules().stream()
                .filter(published -> town.equals(published.tenant()) && published.serviceCenter() == null
                        && published.serviceArea() == null)
                .map(PublishedSchedule::definition)
                .flatMap(definition -> definition.exceptions().stream())
                .filter(ExceptionDefinition::closed)
                .toList();
        ScheduleDefinition workingDays = new ScheduleDefinition(catalog.federalStates().get(town),
                List.of(new WeeklyPeriodDefinition(SINCE, null,
                        List.of(new WeeklyRuleDefinition(MONDAY_TO_FRIDAY, "00:00", "24:00")))),
                closures);
        return NetworkCalendars.compile(workingDays, town);
    }
}
