package de.servicecenter.console.admin.hours;

import de.servicecenter.console.platform.GermanFormats;
import de.servicecenter.console.platform.TenantApi.WeeklyPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Planning a change of the weekly hours ahead ("from 1 January the center closes at 16:00 on Fridays"): the period in
 * force that day ends the day before, and a new one with the same hours starts — then the admin edits it, while
 * callers and portals keep the old hours until then. Only the future is planned or withdrawn: the past hours are
 * what callers were told, and the figures of past days depend on them. Dates are Berlin calendar days, both ends
 * inclusive, as tenant-service keeps them.
 */
final class WeeklyPeriods {

    /** The periods to send, and the index of the one planned; or why not. */
    record Planned(List<WeeklyPeriod> periods, int index, String error) {

        static Planned refused(String error) {
            return new Planned(List.of(), -1, error);
        }
    }

    private WeeklyPeriods() {
    }

    /** Periods in the order of their first day, as the console shows them. */
    static List<WeeklyPeriod> sorted(List<WeeklyPeriod> periods) {
        return periods.stream().sorted(Comparator.comparing(WeeklyPeriod::validFrom)).toList();
    }

    /**
     * New weekly hours from {@code from}: the same hours as the day before (in a gap: as the last period before it,
     * else none), until the day the next period starts or the period split ended.
     */
    static Planned plan(List<WeeklyPeriod> current, LocalDate from, LocalDate today) {
        if (!from.isAfter(today)) {
            return Planned.refused("Bitte einen Tag nach heute wählen; die Zeiten ab heute ändern Sie in den "
                    + "geltenden Wochenzeiten.");
        }
        List<WeeklyPeriod> periods = new ArrayList<>(sorted(current));
        WeeklyPeriod before = null;
        int insertAt = 0;
        for (int i = 0; i < periods.size(); i++) {
            WeeklyPeriod period = periods.get(i);
            if (period.validFrom().equals(from)) {
                return Planned.refused("Ab dem " + GermanFormats.german(from) + " gilt schon ein eigener Zeitraum; "
                        + "bearbeiten Sie ihn in der Liste der Zeiträume.");
            }
            if (period.validFrom().isBefore(from)) {
                before = period;
                insertAt = i + 1;
            }
        }
        LocalDate until;
        if (before != null && (before.validUntil() == null || !before.validUntil().isBefore(from))) {
            // from lies inside "before": split it
            until = before.validUntil();
            periods.set(insertAt - 1, new WeeklyPeriod(before.validFrom(), from.minusDays(1), before.rules()));
        } else {
            // from lies in a gap or after the last period: up to the next one, if any
            until = insertAt < periods.size() ? periods.get(insertAt).validFrom().minusDays(1) : null;
        }
        periods.add(insertAt, new WeeklyPeriod(from, until, before == null ? List.of() : before.rules()));
        return new Planned(List.copyOf(periods), insertAt, null);
    }

    /**
     * A planned period withdrawn before it starts: the period before it runs on to where the withdrawn one would have
     * ended. Empty when the period has started (or is not there).
     */
    static List<WeeklyPeriod> withdraw(List<WeeklyPeriod> current, int index, LocalDate today) {
        List<WeeklyPeriod> periods = new ArrayList<>(sorted(current));
        if (index < 0 || index >= periods.size() || !periods.get(index).validFrom().isAfter(today)) {
            return List.of();
        }
        WeeklyPeriod withdrawn = periods.remove(index);
        if (index > 0) {
            WeeklyPeriod before = periods.get(index - 1);
            if (before.validUntil() != null && before.validUntil().equals(withdrawn.validFrom().minusDays(1))) {
                periods.set(index - 1, new WeeklyPeriod(before.validFrom(), withdrawn.validUntil(), before.rules()));
            }
        }
        return List.copyOf(periods);
    }

    /** "ab 01.01.2027 bis 30.06.2027", "ab 01.01.2027". */
    static String label(WeeklyPeriod period) {
        return "ab " + GermanFormats.german(period.validFrom())
                + (period.validUntil() == null ? "" : " bis " + GermanFormats.german(period.validUntil()));
    }
}
