package de.servicecenter.console.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.console.ConsoleInBrowser;
import de.servicecenter.testing.KeycloakTokens;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agent desktop as Bochum's agents use it for Castrop-Rauxel, in a real browser against the running stack, by
 * keyboard only: the call popped by URL, its tag read first, the town's local article found first, used, rated, and
 * the contact logged — then found in the town's KPIs. Every page of the flow passes axe-core without a violation.
 */
class AgentDesktopBrowserIT {

    private static final String CASTROP_RAUXEL_RATHAUS = "+4923051060";
    private static final String CONTACT_SERVICE = System.getProperty("contact-service.url", "http://127.0.0.1:18083");
    private static final String ROUTING_SERVICE = System.getProperty("routing-service.url", "http://127.0.0.1:18084");

    @Test
    void bochumsAgentAnswersACastropRauxelCallByKeyboardFromPopToLoggedContact() throws Exception {
        long answeredBefore = answeredToday("castrop-rauxel");
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-agent",
                "/desk/call?number=%2B4923051060&key=1")) {
            // the tag first, and the focus on it: a screen reader starts with the town
            assertThat(console.text("h1")).isEqualTo("Anruf für Stadt Castrop-Rauxel");
            assertThat(console.focused()).isEqualTo("anruf-fuer");
            assertThat(console.text(".call-tag__area")).isEqualTo("Bereich: Bürgerbüro");
            assertThat(console.text(".call-tag__facts")).contains("bochum bedient castrop-rauxel")
                    .contains("Service-Center servicecenter-bochum").contains("Menütaste: +4923051060, Taste 1");
            assertThat(console.text(".call-status")).contains("Bürgerbüro").containsPattern("Geöffnet|Geschlossen");
            assertThat(console.evaluate("document.title").asText()).startsWith("Anruf für Stadt Castrop-Rauxel");
            assertThat(console.accessibilityViolations()).as("axe-core on the popped call").isEmpty();

            // search by keyboard: the results swap in, announced by the live region; the town's own article first
            console.browser().tabTo("#q", 5);
            console.browser().type("Wohnsitz anm");
            console.browser().await("document.querySelector('#vorschlaege option')");
            assertThat(console.evaluate("[...document.querySelectorAll('#vorschlaege option')].map(o => o.value)"
                    + ".join(' | ')").asText()).as("titles suggested while typing").contains("Wohnsitz anmelden");
            console.browser().type("elden");
            console.browser().press("Enter");
            console.browser().await("document.querySelector('#treffer-titel')");
            assertThat(console.text("#treffer [role=status]")).matches("\\d+ Treffer für „Wohnsitz anmelden“\\.");
            assertThat(console.text(".search-hit:first-child h4")).isEqualTo("Wohnsitz anmelden in Castrop-Rauxel");
            assertThat(console.text(".search-hit:first-child")).contains("Örtlich: Stadt Castrop-Rauxel");
            assertThat(console.exists(".search-hit mark")).as("matches highlighted").isTrue();
            assertThat(console.url()).as("the search is in the address, for back and reload").contains("q=Wohnsitz");
            assertThat(console.accessibilityViolations()).as("axe-core with search results").isEmpty();
            console.screenshot("agent-desktop.png", "body"); // the README's picture (docs/screenshots)

            // the article: rated helpful, marked as used, back to the call
            console.browser().tabTo(".search-hit:first-child h4 a", 30);
            console.enterAndLoad();
            assertThat(console.text("h1")).isEqualTo("Wohnsitz anmelden in Castrop-Rauxel");
            assertThat(console.text(".call-reminder")).contains("Anruf für Stadt Castrop-Rauxel");
            assertThat(console.accessibilityViolations()).as("axe-core on the article").isEmpty();
            console.browser().tabTo("form[action*=feedback] button[type=submit]", 40);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("Danke");
            console.browser().tabTo("a[href*='used=']", 40);
            console.enterAndLoad();
            assertThat(console.evaluate("document.querySelector('input[name=articles]').checked").asBoolean())
                    .as("the article used is ticked in the contact form").isTrue();

            // one step at the end of the call: how it ended (Space picks the radio), the area preset, sent
            console.browser().tabTo("#outcome-RESOLVED", 60);
            console.browser().press(" ");
            console.browser().tabTo("#note", 10);
            console.browser().type("Unterlagen kommen per Post.");
            console.browser().press("Enter"); // a line break in the note, not a submit
            console.browser().type("Rückfrage beim Bürgerbüro am Montag.");
            console.browser().tabTo(".call-contact button[type=submit]", 10);
            console.enterAndLoad();
            assertThat(console.text(".kern-alert--success")).contains("Kontakt erfasst")
                    .contains("Stadt Castrop-Rauxel");
            // read back from contact-service: what was stored, note and line break included
            assertThat(console.text(".logged-contact")).contains("Erledigt").contains("Bürgerbüro");
            assertThat(console.evaluate("document.querySelector('.logged-contact__note').textContent").asText())
                    .isEqualTo("Unterlagen kommen per Post.\nRückfrage beim Bürgerbüro am Montag.");
            assertThat(console.accessibilityViolations()).as("axe-core after logging").isEmpty();
        }
        assertThat(answeredToday("castrop-rauxel")).as("the contact counts in the town's KPIs")
                .isEqualTo(answeredBefore + 1);
    }

    @Test
    void besideTheArticlesTheDeskNamesWhomInTheTownHallToPutTheCallerThroughTo() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-agent",
                "/desk/call?number=%2B4923051060&key=1")) {
            console.browser().tabTo("#q", 5);
            console.browser().type("Habinghorst");
            console.browser().press("Enter");
            console.browser().await("document.querySelector('#stellen-titel')");
            assertThat(console.text(".directory-hits")).contains("Zuständige Stellen in Stadt Castrop-Rauxel")
                    .contains("Bürgerbüro Habinghorst (Außenstelle), Bürgerbüro").contains("+492305106460")
                    .containsPattern("jetzt erreichbar|jetzt nicht erreichbar, wieder ab");
            assertThat(console.accessibilityViolations()).as("axe-core with directory entries").isEmpty();

            // the Standesamt is not Bochum's to answer for: nothing of it, even by name
            console.browser().tabTo("#q", 40);
            console.browser().selectAll();
            console.browser().type("Standesamt");
            console.browser().press("Enter");
            console.browser().await("document.querySelector('#treffer [role=status]').textContent.includes('Standesamt')");
            assertThat(console.exists(".directory-hits")).isFalse();
        }
    }

    @Test
    void theDeskNamesWhomToPutTheCallerThroughToWhenTheCallCameIn() throws Exception {
        // a call that came in on a Monday morning, when the Bürgerbüro is open (the desk asks for the call's arrival)
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-agent",
                "/desk/call?number=%2B4923051060&key=1&arrived=2026-11-23T10:00%2B01:00")) {
            // the town's directory: the Bürgerbüro answers its area (the postal-code split is for one service only)
            assertThat(console.text(".call-transfer")).isEqualTo("Durchstellen an Bürgerbüro: +492305106400");
            assertThat(console.accessibilityViolations()).as("axe-core with the transfer target").isEmpty();
        }
    }

    /**
     * Logged as forwarded, a call keeps whom the desk offered to put the caller through to. A call that came in now:
     * contact-service takes no conversation longer than a day, so a pinned past arrival cannot be logged — whom the
     * desk offers then depends on the hour (the Bürgerbüro, or the central number when it is closed, which records
     * no unit), and the contact must record exactly that.
     */
    @Test
    void aForwardedCallRecordsWhomTheDeskOffered() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-agent",
                "/desk/call?number=%2B4923051060&key=1")) {
            String offeredUnit = console.evaluate(
                    "document.querySelector('input[name=transferUnit]')?.value ?? ''").asText();
            String offeredNumber = console.evaluate(
                    "document.querySelector('input[name=transferNumber]')?.value ?? ''").asText();
            // Tab reaches a radio group once; the arrow keys move within it and pick
            console.browser().tabTo("#outcome-RESOLVED", 60);
            console.browser().press("ArrowDown");
            assertThat(console.evaluate("document.querySelector('#outcome-FORWARDED').checked").asBoolean()).isTrue();
            console.browser().tabTo(".call-contact button[type=submit]", 20);
            console.enterAndLoad();
            assertThat(console.text(".logged-contact")).contains("Weitervermittelt");
            if (offeredUnit.isEmpty()) {
                assertThat(console.exists(".logged-contact__transfer")).as("the central number records no unit")
                        .isFalse();
            } else {
                assertThat(console.text(".logged-contact__transfer")).isEqualTo(offeredUnit + ", " + offeredNumber);
            }
        }
    }

    @Test
    void aCallPoppedByItsIdShowsTheTagThePhoneSystemWasGiven() throws Exception {
        String callId = UUID.randomUUID() + "@pbx.castrop-rauxel.de";
        given().auth().oauth2(KeycloakTokens.serviceAccount("phone-system", "phone-system-secret"))
                .queryParam("number", CASTROP_RAUXEL_RATHAUS).queryParam("key", "2").queryParam("callId", callId)
                .queryParam("at", "2026-11-23T10:00") // a Monday morning: the call is put through, tagged
                .get(ROUTING_SERVICE + "/api/v1/routing/decision").then().statusCode(200);
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-agent", "/desk/call?callId=" + callId)) {
            assertThat(console.text("h1")).isEqualTo("Anruf für Stadt Castrop-Rauxel");
            assertThat(console.text(".call-tag__facts")).contains("Anruf-ID " + callId).contains("Taste 2");
        }
    }

    @Test
    void anotherHostsAgentGetsNothingOfCastropRauxel() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("duisburg-agent",
                "/desk/call?number=%2B4923051060&key=1")) {
            assertThat(console.text("[role=alert]")).contains("Anruf nicht zuzuordnen");
            assertThat(console.text("body")).doesNotContain("Castrop-Rauxel").doesNotContain("castrop-rauxel");
            assertThat(console.accessibilityViolations()).as("axe-core on the refusal").isEmpty();
        }
    }

    @Test
    void aCityAdminHasNoDesk() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bottrop-admin",
                "/desk/call?number=%2B4923051060&key=1")) {
            assertThat(console.text("h1")).isEqualTo("Keine Berechtigung");
            assertThat(console.text("body")).doesNotContain("Castrop-Rauxel");
        }
    }

    private static long answeredToday(String town) {
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
        return given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin")).accept(ContentType.JSON)
                .queryParam("from", today).queryParam("to", today)
                .get(CONTACT_SERVICE + "/api/v1/towns/" + town + "/kpis").then().statusCode(200)
                .extract().jsonPath().getLong("total.answered");
    }
}
