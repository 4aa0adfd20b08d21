package de.servicecenter.openinghours.definition;

import java.util.List;

/**
 * One opening interval on some weekdays, e.g. {@code MONDAY, TUESDAY, WEDNESDAY 08:00-17:00}. Several rules
 * give a day several intervals (08:00-12:00 and 14:00-18:00).
 *
 * @param days   {@code MONDAY} ... {@code SUNDAY}
 * @param opens  {@code HH:mm}
 * @param closes {@code HH:mm}, up to {@code 24:00}; after {@code opens}
 */
public record WeeklyRuleDefinition(List<String> days, String opens, String closes) {
}
