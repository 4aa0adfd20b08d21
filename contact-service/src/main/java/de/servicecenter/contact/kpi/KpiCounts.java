package de.servicecenter.contact.kpi;

/**
 * What the database counts for a set of contacts; every KPI is derived from these without rounding in between.
 *
 * @param answeredWithin per service-level threshold (in the order asked), answered contacts that waited at most
 *                       that many seconds
 */
public record KpiCounts(long offered, long shortAbandoned, long abandoned, long answered, long[] answeredWithin,
                 long waitingSecondsAnswered, long handledSeconds, long resolved, long wrongNumber) {
}
