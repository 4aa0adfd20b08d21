package de.servicecenter.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.console.ConsoleInBrowser;
import org.junit.jupiter.api.Test;

/**
 * Castrop-Rauxel's routing rules in the admin console, by keyboard: read as sentences, the week simulated as a
 * timeline with its table, a draft whose catch-all rule comes first refused with the problems next to the rules it
 * makes unreachable, a publication and a roll back.
 */
class RoutingRulesBrowserIT {

    @Test
    void castropRauxelsAdminReadsSimulatesDraftsPublishesAndRollsBack() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("castrop-rauxel-admin",
                "/admin/routing?town=castrop-rauxel")) {
            assertThat(console.text("h1")).isEqualTo("Routing-Regeln: castrop-rauxel");
            assertThat(console.accessibilityViolations()).as("axe-core on the versions").isEmpty();
            console.browser().tabTo("tbody tr:first-child th a", 30);
            console.enterAndLoad();
            assertThat(console.text("h1")).matches("Version \\d+: Veröffentlicht – gilt jetzt");
            assertThat(console.text("#regel-4")).contains("Regel 4: Bürgerbüro und Ordnungswesen nach Bochum")
                    .contains("Wenn Bereich Bürgerbüro oder Ordnungswesen, innerhalb der Zeiten von Service-Center "
                            + "servicecenter-bochum, ab 01.09.2016, dann zum Service-Center servicecenter-bochum");
            assertThat(console.text("section[aria-labelledby=nummern]")).contains("Taste 1: Bürgerbüro");

            // the week of Monday 23 November 2026, key 1: Bochum's center 08:00–18:00, closed around it
            console.browser().tabTo("#sim-from", 80);
            console.browser().selectAll();
            console.browser().type("23.11.2026");
            console.browser().tabTo(".simulation-form button", 5);
            console.enterAndLoad();
            assertThat(console.text(".timeline-day:first-of-type figcaption")).isEqualTo("Montag, 23.11.");
            assertThat(console.rows(".timeline-day:first-of-type table")).containsExactly(
                    "00:00–08:00 | Ansage „geschlossen“ | 5: Rathaus geschlossen",
                    "08:00–18:00 | Service-Center (sip:castrop-rauxel@servicecenter.bochum.de) | 4: Bürgerbüro und "
                            + "Ordnungswesen nach Bochum",
                    "18:00–24:00 | Ansage „geschlossen“ | 5: Rathaus geschlossen");
            assertThat(console.accessibilityViolations()).as("axe-core on a version with its timeline").isEmpty();
            console.screenshot("routing-rules.png", "#regeln");
            console.screenshot("routing-simulation.png", "#simulation", 2200);

            // a draft with the catch-all first: everything after it unreachable, said next to each rule
            console.browser().tabTo("form[action$='/draft'] button", 80);
            console.enterAndLoad();
            assertThat(console.text("h1")).matches("Version \\d+: Entwurf");
            for (int moves = 0; moves < 5; moves++) {
                console.browser().tabTo("#regel-" + (6 - moves) + " button[value=up]", 120);
                console.enterAndLoad();
            }
            assertThat(console.text("#regel-1 h3")).isEqualTo("Regel 1: Alles andere bleibt im Rathaus");
            console.browser().tabTo("form[action$='/draft/publication'] button", 120);
            console.enterAndLoad();
            assertThat(console.text("[role=alert]")).contains("Nicht veröffentlicht");
            assertThat(console.exists("#regel-2.rule--problem .kern-error")).as("the problem next to rule 2").isTrue();
            assertThat(console.accessibilityViolations()).as("axe-core with problems shown").isEmpty();

            // put right again (the catch-all back to the end), publish; then roll back to the version before
            for (int moves = 0; moves < 5; moves++) {
                console.browser().tabTo("#regel-" + (moves + 1) + " button[value=down]", 120);
                console.enterAndLoad();
            }
            assertThat(console.text("#regel-6 h3")).isEqualTo("Regel 6: Alles andere bleibt im Rathaus");
            console.browser().tabTo("form[action$='/draft/publication'] button", 120);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("Der Entwurf ist veröffentlicht");
            console.browser().tabTo("tbody tr:nth-child(2) form button", 40);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("Die frühere Fassung gilt wieder");
            assertThat(console.text("tbody tr:first-child")).contains("Veröffentlicht – gilt jetzt");
        }
    }
}
