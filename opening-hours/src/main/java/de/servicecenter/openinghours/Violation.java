package de.servicecenter.openinghours;

/**
 * One mistake in a schedule definition.
 *
 * @param path    JSON path of the field, e.g. {@code weeklyPeriods[0].rules[1].closes}
 * @param message why it is wrong, for the person who wrote it
 */
public record Violation(String path, String message) {
}
