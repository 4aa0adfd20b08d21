package de.servicecenter.openinghours;

import java.time.LocalDate;

/** A statutory public holiday: the date and its German name, e.g. 2026-06-04 "Fronleichnam". */
public record PublicHoliday(LocalDate date, String name) {
}
