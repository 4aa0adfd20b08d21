package de.servicecenter.console.handoffs;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.console.ConsoleInBrowser;
import org.junit.jupiter.api.Test;

/**
 * A Rückrufbitte from end to end, in a real browser against the running stack, by keyboard: Bochum's agent logs a
 * Castrop-Rauxel call whose question stayed open and hands it over (the form names every mistake, the consent goes
 * with the number); Castrop-Rauxel's admin finds it, takes it up and answers it; Bochum's agent reads the answer but
 * may not move it. Every page passes axe-core.
 */
class HandoffsBrowserIT {

    @Test
    void bochumHandsAQuestionToCastropRauxelWhichAnswersItInTime() throws Exception {
        String handoff;
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-agent",
                "/desk/call?number=%2B4923051060&key=1")) {
            // a radio group is one Tab stop; the arrow keys choose within it
            console.browser().tabTo("#outcome-RESOLVED", 80);
            console.browser().press("ArrowDown");
            console.browser().press("ArrowDown");
            assertThat(console.focused()).isEqualTo("outcome-CALLBACK_PROMISED");
            console.browser().tabTo(".call-contact button[type=submit]", 10);
            console.enterAndLoad();
            assertThat(console.text(".logged-contact")).contains("Rückruf zugesagt");
            console.browser().tabTo("a[href^='/handoffs/new']", 20);
            console.enterAndLoad();
            assertThat(console.text("h1")).isEqualTo("Rückrufbitte an castrop-rauxel");
            assertThat(console.accessibilityViolations()).as("axe-core on the form").isEmpty();

            // a number without the caller's consent, and no question: both named, nothing handed over
            console.browser().tabTo("#callbackNumber", 10);
            console.browser().type("02305 123456");
            console.browser().tabTo("form.console-form button[type=submit]", 20);
            console.enterAndLoad();
            assertThat(console.text("[role=alert]")).contains("Bitte schreiben Sie die Frage auf")
                    .contains("Ohne Einverständnis");
            assertThat(console.accessibilityViolations()).as("axe-core on the refused form").isEmpty();

            console.browser().tabTo("#question", 20);
            console.browser().type("Wann kommt die Meldebescheinigung? Antrag vom 28. November.");
            console.browser().tabTo("#callerName", 5);
            console.browser().type("Frau Beispiel");
            console.browser().tabTo("#consent", 10);
            console.browser().press(" ");
            console.browser().tabTo("form.console-form button[type=submit]", 20);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("Übergeben");
            assertThat(console.text("h1")).isEqualTo("Rückrufbitte an Bürgerbüro");
            assertThat(console.text(".handoff__status")).startsWith("Offen");
            assertThat(console.text(".handoff__due")).matches("\\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d Uhr");
            assertThat(console.text(".handoff__number")).contains("+492305123456");
            assertThat(console.exists("#bearbeiten")).as("the host hands over; the town answers").isFalse();
            assertThat(console.accessibilityViolations()).as("axe-core on the handoff").isEmpty();
            handoff = console.url().replaceAll(".*/handoffs/([0-9a-f-]+).*", "$1");
        }

        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("castrop-rauxel-admin", "/handoffs")) {
            assertThat(console.exists("a[href='/handoffs/" + handoff + "']")).as("listed for the town").isTrue();
            assertThat(console.accessibilityViolations()).as("axe-core on the list").isEmpty();
            console.browser().tabTo("a[href='/handoffs/" + handoff + "']", 60);
            console.enterAndLoad();
            assertThat(console.text(".handoff__question")).isEqualTo("Wann kommt die Meldebescheinigung? Antrag vom "
                    + "28. November.");
            console.browser().tabTo("button[value=IN_PROGRESS]", 40);
            console.enterAndLoad();
            assertThat(console.text(".handoff__status")).startsWith("In Bearbeitung");

            // giving it back needs a reason
            console.browser().tabTo("button[value=RETURNED]", 40);
            console.enterAndLoad();
            assertThat(console.text(".kern-error")).contains("warum");
            console.browser().tabTo("#comment", 40);
            console.browser().type("Rückruf erfolgt, Bescheinigung geht heute raus.");
            console.browser().tabTo("button[value=ANSWERED]", 10);
            console.enterAndLoad();
            assertThat(console.text(".handoff__status")).isEqualTo("Beantwortet – fristgerecht");
            assertThat(console.text(".handoff__history")).contains("Rückruf erfolgt");
            assertThat(console.accessibilityViolations()).as("axe-core after answering").isEmpty();
        }

        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("duisburg-agent", "/handoffs/" + handoff)) {
            assertThat(console.text("h1")).doesNotContain("Bürgerbüro");
            assertThat(console.text("body")).doesNotContain("Meldebescheinigung");
        }
    }
}
