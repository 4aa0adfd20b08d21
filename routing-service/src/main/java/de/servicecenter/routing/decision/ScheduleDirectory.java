package de.servicecenter.routing.decision;

import de.servicecenter.openinghours.HolidayCalendar;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.util.Optional;

/** The schedules and holiday calendars rules refer to, as tenant-service keeps them. */
public interface ScheduleDirectory {

    /** A schedule with the name people know it by. */
    record NamedSchedule(String name, Schedule schedule) {
    }

    /** The referenced schedule; for a town's office, the area's hours, else the town's general hours. */
    Optional<NamedSchedule> schedule(ScheduleReference reference);

    /** The public holidays of the town's federal state. */
    HolidayCalendar holidays(String town);
}
