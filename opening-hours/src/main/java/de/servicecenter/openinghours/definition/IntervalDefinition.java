package de.servicecenter.openinghours.definition;

/** {@code opens}-{@code closes} as {@code HH:mm}, on one day. */
public record IntervalDefinition(String opens, String closes) {
}
