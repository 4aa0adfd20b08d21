package de.servicecenter.openinghours;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The public holidays a schedule closes on. */
public interface HolidayCalendar {

    /** A calendar without holidays, for schedules that open regardless (e.g. an emergency line). */
    HolidayCalendar NONE = new HolidayCalendar() {
        @Override
        public Optional<String> holidayName(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public List<PublicHoliday> holidays(int year) {
            return List.of();
        }

        @Override
        public String toString() {
            return "no public holidays";
        }
    };

    /** The holiday's name when {@code date} is a public holiday. */
    Optional<String> holidayName(LocalDate date);

    /** The year's public holidays in date order. */
    List<PublicHoliday> holidays(int year);
}
