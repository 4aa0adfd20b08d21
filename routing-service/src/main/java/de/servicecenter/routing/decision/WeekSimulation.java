package de.servicecenter.routing.decision;

import de.servicecenter.openinghours.BerlinTime;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a table decides for one number and key across days, minute by minute (schedules are exact to the minute),
 * folded into intervals of equal outcome — what an admin looks at before publishing, and how validation finds
 * times no rule covers.
 */
public final class WeekSimulation {

    /** From (inclusive) until (exclusive), the same decision. */
    public record Interval(
            @Schema(description = "Where the interval starts") Instant from,
            @Schema(description = "Where it ends (exclusive)") Instant until,
            @Schema(description = "What happens to calls in it", example = "ROUTE_TO_CENTER") ActionType action,
            @Schema(nullable = true, description = "Where calls go: a SIP URI or a number; null when not connected",
                    example = "sip:buergerbuero@servicecenter.bochum.de")
            String target,
            @Schema(nullable = true, description = "What callers hear first; null when connected straight away")
            AnnouncementKind announcement,
            @Schema(description = "Position of the rule that fires, from 1", example = "4") int rule,
            @Schema(description = "Its name", example = "Bürgerbüro und Ordnungswesen nach Bochum") String ruleName) {
    }

    private WeekSimulation() {
    }

    public static List<Interval> simulate(RoutingTable table, String number, String key, LocalDate firstDay, int days) {
        Instant start = BerlinTime.instantOf(firstDay, 0);
        Instant end = BerlinTime.instantOf(firstDay.plusDays(days), 0);
        List<Interval> intervals = new ArrayList<>();
        Decision current = null;
        Instant currentFrom = start;
        for (Instant at = start; at.isBefore(end); at = at.plusSeconds(60)) {
            Decision decision = table.decide(new CallRequest(number, key, at, null));
            if (current == null || !same(current, decision)) {
                if (current != null) {
                    intervals.add(interval(current, currentFrom, at));
                }
                current = decision;
                currentFrom = at;
            }
        }
        if (current != null) {
            intervals.add(interval(current, currentFrom, end));
        }
        return intervals;
    }

    private static boolean same(Decision a, Decision b) {
        return a.rule() == b.rule() && a.action() == b.action() && a.announcement() == b.announcement()
                && Objects.equals(a.target(), b.target());
    }

    private static Interval interval(Decision decision, Instant from, Instant until) {
        return new Interval(from, until, decision.action(), decision.target(), decision.announcement(), decision.rule(),
                decision.ruleName());
    }
}
