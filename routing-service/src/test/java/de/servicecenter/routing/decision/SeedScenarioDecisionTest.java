package de.servicecenter.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.servicecenter.routing.ruleset.ActionDefinition;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import de.servicecenter.routing.ruleset.ConditionDefinition;
import de.servicecenter.routing.ruleset.EntryPointDefinition;
import de.servicecenter.routing.ruleset.RuleDefinition;
import de.servicecenter.routing.ruleset.RuleSetDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed scenarios at chosen instants (Europe/Berlin wall-clock times), decided by the compiled table. */
class SeedScenarioDecisionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RoutingTable TABLE = RoutingTableCompiler.compile(SeedNetwork.ruleSets(), SeedNetwork.TENANCY,
            SeedNetwork.schedules(), LocalDate.of(2026, 11, 23), Instant.parse("2026-11-23T06:00:00Z"));

    private static Decision call(String number, String key, String berlinTime, Integer queueWait) {
        Instant at = LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
        return TABLE.decide(new CallRequest(number, key, at, queueWait));
    }

    @Test
    void castropRauxelsBuergerbueroGoesToBochumInServiceHoursTaggedWithTheTown() {
        Decision decision = call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T10:00", null);

        assertThat(decision.action()).isEqualTo(ActionType.ROUTE_TO_CENTER);
        assertThat(decision.target()).isEqualTo("sip:castrop-rauxel@servicecenter.bochum.de");
        assertThat(decision.tag()).isEqualTo(new Decision.CallTag("castrop-rauxel", "buergerbuero", null));
        assertThat(decision.rule()).isEqualTo(4);
        assertThat(decision.explanation()).isEqualTo("Key 1: buergerbuero. Rule 4 \"Bürgerbüro und Ordnungswesen nach "
                + "Bochum\" fired (area buergerbuero or ordnungswesen, inside the hours of servicecenter-bochum, between "
                + "2016-09-01 and further notice): to servicecenter-bochum (sip:castrop-rauxel@servicecenter.bochum.de).");
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", "2026-11-23T17:59", null).action())
                .isEqualTo(ActionType.ROUTE_TO_CENTER);
    }

    @Test
    void everythingElseStaysInCastropRauxel() {
        Decision standesamt = call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "3", "2026-11-23T10:00", null);
        assertThat(standesamt.action()).isEqualTo(ActionType.ROUTE_TO_NUMBER);
        assertThat(standesamt.target()).isEqualTo("+492305106100");
        assertThat(standesamt.tag().serviceArea()).isEqualTo("standesamt");
    }

    @Test
    void outOfHoursTheCallerHearsTheClosedAnnouncement() {
        // Bochum closes at 18:00; Castrop-Rauxel's Rathaus is closed too.
        Decision evening = call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T18:00", null);
        assertThat(evening.action()).isEqualTo(ActionType.ANNOUNCEMENT);
        assertThat(evening.announcement()).isEqualTo(AnnouncementKind.CLOSED);
        assertThat(evening.tag()).isNull();
        assertThat(call(SeedNetwork.BOTTROP_7030, null, "2026-11-28T10:00", null).announcement())
                .as("Saturday").isEqualTo(AnnouncementKind.CLOSED);
    }

    @Test
    void onFronleichnamTheHolidayIsNamed() {
        Decision decision = call(SeedNetwork.BOTTROP_7030, null, "2026-06-04T10:00", null);

        assertThat(decision.announcement()).isEqualTo(AnnouncementKind.HOLIDAY);
        assertThat(decision.announcementText()).isEqualTo("Fronleichnam");
        assertThat(decision.explanation()).contains("Today is a public holiday: Fronleichnam.");
        assertThat(call(SeedNetwork.BOTTROP_7030, null, "2026-06-05T10:00", null).action())
                .as("the day after").isEqualTo(ActionType.ROUTE_TO_CENTER);
    }

    @Test
    void bottropsWholeSwitchboardGoesToCallDuisburg() {
        for (String key : new String[] {null, "1", "9", "#"}) {
            Decision decision = call(SeedNetwork.BOTTROP_7030, key, "2026-11-23T07:30", null);
            assertThat(decision.target()).isEqualTo("sip:bottrop@call.duisburg.de");
            assertThat(decision.tag()).isEqualTo(new Decision.CallTag("bottrop", "zentrale", null));
        }
    }

    @Test
    void soestClosesBetweenTheYears() {
        assertThat(call(SeedNetwork.STADT_SOEST, null, "2026-12-22T10:00", null).target())
                .isEqualTo("sip:stadt-soest@servicecenter.kreis-soest.de");
        Decision closed = call(SeedNetwork.STADT_SOEST, null, "2026-12-29T10:00", null);
        assertThat(closed.announcement()).isEqualTo(AnnouncementKind.CLOSED);
        assertThat(call(SeedNetwork.KREIS_SOEST, null, "2026-12-30T09:00", null).announcement())
                .isEqualTo(AnnouncementKind.CLOSED);
        assertThat(call(SeedNetwork.STADT_SOEST, null, "2027-01-04T10:00", null).action())
                .as("back after New Year (outside the precomputed window: decided from the schedule)")
                .isEqualTo(ActionType.ROUTE_TO_CENTER);
    }

    @Test
    void thePilotPhaseEndedOnItsLastDay() {
        // During the pilot only the Bürgerbüro went to Bochum; from 1 September 2016 the Ordnungswesen too.
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2016-08-31T10:00", null).rule()).isEqualTo(3);
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", "2016-08-31T10:00", null).action())
                .isNotEqualTo(ActionType.ROUTE_TO_CENTER);
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", "2016-09-01T10:00", null).rule()).isEqualTo(4);
    }

    @Test
    void beforeTheContractNoCallGoesToBochum() {
        Decision decision = call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2015-08-31T10:00", null);

        assertThat(decision.action()).isNotEqualTo(ActionType.ROUTE_TO_CENTER);
        assertThat(decision.why().skippedWithoutContract()).isEqualTo(1);
        assertThat(decision.explanation()).contains("passed over: no contract in force");
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2015-09-01T10:00", null).action())
                .as("the contract's first day").isEqualTo(ActionType.ROUTE_TO_CENTER);
    }

    @Test
    void aLongQueueOffersACallback() {
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T10:00", 240).action())
                .isEqualTo(ActionType.CALLBACK_OFFER);
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-23T10:00", 180).action())
                .as("at the threshold, not above it").isEqualTo(ActionType.ROUTE_TO_CENTER);
    }

    @Test
    void anOptionTheMenuDoesNotOfferTakesTheDefault() {
        Decision decision = call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "7", "2026-11-23T10:00", null);

        assertThat(decision.serviceArea()).isEqualTo("zentrale");
        assertThat(decision.action()).isEqualTo(ActionType.ROUTE_TO_NUMBER);
        assertThat(decision.explanation()).startsWith("A key the menu does not offer: the menu's default, zentrale.");
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, null, "2026-11-23T10:00", null).explanation())
                .startsWith("No key pressed");
    }

    @Test
    void anUnknownNumberIsNamed() {
        assertThatThrownBy(() -> call("+4930123456", null, "2026-11-23T10:00", null))
                .isInstanceOf(UnknownNumberException.class).hasMessageContaining("+4930123456");
    }

    @Test
    void theAcdsReportedWaitDecidesTheLoadRuleForTheQueueItNames() {
        Instant at = LocalDateTime.parse("2026-11-23T10:00").atZone(BERLIN).toInstant();
        QueueWaits bochumBuergerbuero = (center, area, when) ->
                "servicecenter-bochum".equals(center) && "buergerbuero".equals(area) ? 200 : null;

        assertThat(TABLE.decide(new CallRequest(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", at, null), bochumBuergerbuero)
                .action()).isEqualTo(ActionType.CALLBACK_OFFER);
        assertThat(TABLE.decide(new CallRequest(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "2", at, null), bochumBuergerbuero)
                .action()).as("another area's queue").isEqualTo(ActionType.ROUTE_TO_CENTER);
        assertThat(TABLE.decide(new CallRequest(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", at, 30), bochumBuergerbuero)
                .action()).as("the wait the call carries counts first").isEqualTo(ActionType.ROUTE_TO_CENTER);
    }

    @Test
    void fallbacksComeFromTheEntryPointOrTheFirstRuleThatRoutesAtAnyHour() {
        assertThat(TABLE.fallbacks()).extracting(Fallback::number, Fallback::target, Fallback::rule)
                .contains(tuple(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "+492305106100", 6),
                        tuple(SeedNetwork.BOTTROP_7030, null, 0));

        RuleSetDefinition seed = SeedNetwork.ruleSets().get("castrop-rauxel");
        EntryPointDefinition rathaus = seed.entryPoints().getFirst();
        List<RuleDefinition> rules = new ArrayList<>(seed.rules());
        rules.addFirst(new RuleDefinition("Betriebsversammlung", new ConditionDefinition(null, null, null, null,
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24), null), new ActionDefinition(
                ActionType.ANNOUNCEMENT, null, null, AnnouncementKind.INFO, "Heute geschlossen.", null,
                "betriebsversammlung")));
        Map<String, RuleSetDefinition> sets = new HashMap<>(SeedNetwork.ruleSets());
        sets.put("castrop-rauxel", new RuleSetDefinition(List.of(new EntryPointDefinition(rathaus.number(),
                rathaus.name(), rathaus.menu(), "sip:zentrale@rathaus.castrop-rauxel.de")), rules));
        RoutingTable table = RoutingTableCompiler.compile(sets, SeedNetwork.TENANCY, SeedNetwork.schedules(),
                LocalDate.of(2026, 11, 23), Instant.parse("2026-11-23T06:00:00Z"));

        assertThat(table.fallbacks()).filteredOn(fallback -> fallback.town().equals("castrop-rauxel"))
                .extracting(Fallback::target, Fallback::rule)
                .containsExactly(tuple("sip:zentrale@rathaus.castrop-rauxel.de", 0));
        Decision meeting = table.decide(new CallRequest(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1",
                LocalDateTime.parse("2026-11-24T10:00").atZone(BERLIN).toInstant(), null));
        assertThat(meeting.prompt()).isEqualTo("betriebsversammlung");
        assertThat(meeting.announcementText()).isEqualTo("Heute geschlossen.");
        assertThat(call(SeedNetwork.CASTROP_RAUXEL_RATHAUS, "1", "2026-11-28T10:00", null).prompt())
                .as("the standard prompt of a kind").isEqualTo("closed");
    }
}
