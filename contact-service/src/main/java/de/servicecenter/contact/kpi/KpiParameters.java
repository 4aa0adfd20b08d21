package de.servicecenter.contact.kpi;

import java.util.List;

/** The query string of a KPI report as sent; {@link KpiService} checks and completes it. */
public record KpiParameters(String from, String to, String groupBy, String serviceArea, String channel,
                            List<String> serviceLevelSeconds, String shortAbandonSeconds, String town,
                            String serviceCenter) {
}
