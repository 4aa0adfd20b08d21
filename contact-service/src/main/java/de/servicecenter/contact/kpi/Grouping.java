package de.servicecenter.contact.kpi;

import de.servicecenter.openinghours.BerlinTime;
import java.time.Instant;

/** How a KPI report splits its period. Days and hours are those of Europe/Berlin. */
public enum Grouping {
    /** Berlin calendar days: 23 hours on the spring switch, 25 on the autumn switch. */
    DAY("(arrived_at AT TIME ZONE 'Europe/Berlin')::date::text"),
    /** Hours starting at whole Berlin hours; the repeated autumn hour 02:00 appears twice, with both offsets. */
    HOUR("extract(epoch FROM date_trunc('hour', arrived_at, 'Europe/Berlin'))::bigint::text"),
    SERVICE_AREA("service_area"),
    TOWN("town"),
    CHANNEL("channel");

    /** The SQL expression of a group's key; a fixed string, never built from input. */
    final String sqlKey;

    Grouping(String sqlKey) {
        this.sqlKey = sqlKey;
    }

    /** A group's name on the wire, from its SQL key: hours as Berlin times with offset, e.g. 2026-10-25T02:00+01:00. */
    String label(String key) {
        if (this == HOUR) {
            return Instant.ofEpochSecond(Long.parseLong(key)).atZone(BerlinTime.ZONE).toOffsetDateTime().toString();
        }
        return key;
    }

}
