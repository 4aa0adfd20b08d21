package de.servicecenter.routing.decision;

import de.servicecenter.openinghours.HolidayCalendar;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The schedules and holiday calendars rules refer to, as tenant-service keeps them. */
public interface ScheduleDirectory {

    /** A schedule with the name people know it by. */
    record NamedSchedule(String name, Schedule schedule) {
    }

    /** The referenced schedule; for a town's office, the area's hours, else the town's general hours. */
    Optional<NamedSchedule> schedule(ScheduleReference reference);

    /** The public holidays of the town's federal state. */
    HolidayCalendar holidays(String town);

    /** A directory of the given schedules, with each town's holidays from {@code holidaysOfTown}. */
    static ScheduleDirectory of(Map<ScheduleReference, NamedSchedule> schedules,
                                Function<String, HolidayCalendar> holidaysOfTown) {
        Map<ScheduleReference, NamedSchedule> copy = Map.copyOf(schedules);
        return new ScheduleDirectory() {
            @Override
            public Optional<NamedSchedule> schedule(ScheduleReference reference) {
                return Optional.ofNullable(copy.get(reference));
            }

            @Override
            public HolidayCalendar holidays(String town) {
                return holidaysOfTown.apply(town);
            }
        };
    }
}
