package de.servicecenter.routing.decision;

import de.servicecenter.openinghours.GermanHolidays;
import de.servicecenter.openinghours.HolidayCalendar;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.PublishedSchedule;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The schedules of tenant-service's catalog, compiled here. A town's office hours for an area fall back to the
 * town's general hours; holidays are those of the town's state. A schedule that does not compile (it cannot, since
 * tenant-service compiled it before storing it) is left out and logged rather than taking the others down.
 */
public final class CatalogSchedules implements ScheduleDirectory {

    private static final Logger LOG = Logger.getLogger(CatalogSchedules.class);

    private final Map<ScheduleReference, NamedSchedule> schedules = new HashMap<>();
    private final Map<String, String> federalStates;

    public CatalogSchedules(ScheduleCatalog catalog) {
        for (PublishedSchedule published : catalog.schedules()) {
            ScheduleReference reference = published.serviceCenter() != null
                    ? ScheduleReference.ofCenter(published.serviceCenter())
                    : ScheduleReference.ofOffice(published.tenant(), published.serviceArea());
            try {
                schedules.put(reference, new NamedSchedule(published.name(),
                        ScheduleCompiler.compile(published.definition())));
            } catch (InvalidScheduleException e) {
                LOG.errorf("Schedule %s of tenant-service does not compile, left out: %s", reference, e.getMessage());
            }
        }
        this.federalStates = Map.copyOf(catalog.federalStates());
    }

    @Override
    public Optional<NamedSchedule> schedule(ScheduleReference reference) {
        NamedSchedule schedule = schedules.get(reference);
        if (schedule == null && reference.town() != null && reference.serviceArea() != null) {
            schedule = schedules.get(ScheduleReference.ofOffice(reference.town(), null));
        }
        return Optional.ofNullable(schedule);
    }

    @Override
    public HolidayCalendar holidays(String town) {
        String state = federalStates.get(town);
        return state == null || !GermanHolidays.STATES.contains(state) ? HolidayCalendar.NONE : GermanHolidays.of(state);
    }
}
