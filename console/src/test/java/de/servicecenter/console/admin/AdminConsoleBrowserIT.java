package de.servicecenter.console.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.console.ConsoleInBrowser;
import de.servicecenter.testing.KeycloakTokens;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The admin console in a real browser against the running stack, by keyboard only: a host admin changes the
 * center's hours and sees the platform's preview, a city admin signs a proposal, and Bottrop's city admin finds
 * nothing of Castrop-Rauxel anywhere. Every page passes axe-core without a violation.
 */
class AdminConsoleBrowserIT {

    private static final String TENANT_SERVICE = System.getProperty("tenant-service.url", "http://127.0.0.1:18081");

    @Test
    void bochumsHostAdminOpensTheCenterOnSaturdayAndSeesItInThePreview() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin", "/admin/hours")) {
            assertThat(console.text("h1")).isEqualTo("Öffnungszeiten: bochum");
            assertThat(console.accessibilityViolations()).as("axe-core on the list").isEmpty();
            console.browser().tabTo("main a[href^='/admin/hours/']", 20);
            assertThat(console.focused()).isEqualTo("ServiceCenter Bochum");
            console.enterAndLoad();
            assertThat(console.text("h1")).isEqualTo("ServiceCenter Bochum");
            assertThat(console.text(".preview-week")).contains("Samstag").contains("geschlossen");
            assertThat(console.accessibilityViolations()).as("axe-core on the schedule").isEmpty();

            // a time that is none: refused by tenant-service, the error at Saturday's field and in the summary
            saturday(console, "25:00–26:00");
            assertThat(console.text("#day-SATURDAY-error")).startsWith("Fehler: Samstag:").doesNotContain("must");
            assertThat(console.evaluate("document.activeElement.getAttribute('role')").asText())
                    .as("the error summary takes the focus").isEqualTo("alert");
            assertThat(console.text("[role=alert]")).contains("Nicht gespeichert").contains("Samstag");
            assertThat(console.evaluate("document.querySelector('#day-SATURDAY').getAttribute('aria-invalid')")
                    .asText()).isEqualTo("true");
            assertThat(console.accessibilityViolations()).as("axe-core with errors shown").isEmpty();

            saturday(console, "09:00–12:00");
            assertThat(console.text("[role=status]")).contains("Die Wochenzeiten sind gespeichert");
            assertThat(previewSaturdays(console)).as("the platform's preview of the coming Saturdays")
                    .contains("09:00–12:00");
            console.screenshot("admin-opening-hours.png", "body");

            saturday(console, ""); // as it was: closed
            assertThat(previewSaturdays(console)).doesNotContain("09:00–12:00");
        }
    }

    @Test
    void bochumsHostAdminPlansFridayAfternoonsClosedFromAMondayAndWithdrawsIt() throws Exception {
        // two Mondays ahead: inside the preview, after this week
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Berlin")).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(1);
        String fromText = from.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin", "/admin/hours")) {
            console.browser().tabTo("main a[href^='/admin/hours/']", 20);
            console.enterAndLoad();
            String fridaysBefore = previewDays(console, "Freitag");

            console.browser().tabTo("#validFrom", 80);
            console.browser().typeDigits(from.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            console.browser().tabTo("form[action$='/periods'] button[type=submit]", 5);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("Der neue Zeitraum ist angelegt");
            assertThat(console.text(".period-list")).contains("ab " + fromText).contains("geplant")
                    .contains("gilt heute");
            assertThat(console.text("#wochenzeiten")).as("the new period is the one edited").contains("ab " + fromText);
            assertThat(console.accessibilityViolations()).as("axe-core with a planned period").isEmpty();

            // Fridays close at noon from then on; until then, the hours stay
            console.browser().tabTo("#day-FRIDAY", 60);
            console.browser().selectAll();
            console.browser().type("08:00–12:00");
            console.browser().tabTo("section[aria-labelledby=wochenzeiten] button[type=submit]", 5);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("Die Wochenzeiten sind gespeichert");
            String fridays = previewDays(console, "Freitag");
            assertThat(fridays).as("from the planned Monday on").contains(from.plusDays(4)
                    .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 08:00–12:00");
            assertThat(fridays.split(" \\| ")[0]).as("this week's Friday as before")
                    .isEqualTo(fridaysBefore.split(" \\| ")[0]);

            // the same day again is refused at the field
            console.browser().tabTo("#validFrom", 80);
            console.browser().typeDigits(from.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            console.browser().tabTo("form[action$='/periods'] button[type=submit]", 5);
            console.enterAndLoad();
            assertThat(console.text("#validFrom-error")).contains("gilt schon ein eigener Zeitraum");
            assertThat(console.accessibilityViolations()).as("axe-core with the date refused").isEmpty();

            console.browser().tabTo("form[action*='/periods/'] button[type=submit]", 80);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("zurückgenommen");
            assertThat(console.text(".period-list")).doesNotContain("ab " + fromText);
            assertThat(previewDays(console, "Freitag")).isEqualTo(fridaysBefore);
        }
    }

    @Test
    void castropRauxelsCityAdminSignsBochumsProposal() throws Exception {
        String contract = proposedByBochum();
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("castrop-rauxel-admin", "/admin/contracts")) {
            assertThat(console.text("tbody tr:first-child")).contains("wartet auf Ihre Unterschrift");
            assertThat(console.accessibilityViolations()).as("axe-core on the contracts").isEmpty();
            console.browser().tabTo("a[href='/admin/contracts/" + contract + "']", 40);
            console.enterAndLoad();
            assertThat(console.text("h1")).isEqualTo("Vertrag: bochum bedient castrop-rauxel");
            assertThat(console.text("dl")).contains("Vorgeschlagen").contains("standesamt");
            assertThat(console.accessibilityViolations()).as("axe-core on the proposal").isEmpty();
            console.browser().tabTo("form[action$='/acceptance'] button", 20);
            console.enterAndLoad();
            assertThat(console.text("[role=status]")).contains("Sie haben den Vertrag angenommen");
            assertThat(console.text("dl")).contains("Angenommen");
            assertThat(console.text("#verlauf + ol")).contains("angenommen von castrop-rauxel");
            assertThat(console.exists("form[action$='/acceptance']")).as("nothing left to sign").isFalse();
        }
        given().auth().oauth2(KeycloakTokens.user("bochum-admin")).get(TENANT_SERVICE + "/api/v1/contracts/" + contract)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACCEPTED"));
    }

    @Test
    void bottropsCityAdminSeesNothingOfCastropRauxelAnywhere() throws Exception {
        String castropsContract = given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin"))
                .get(TENANT_SERVICE + "/api/v1/contracts").then().statusCode(200).extract().path("[0].id");
        String castropsSchedule = given().auth().oauth2(KeycloakTokens.user("castrop-rauxel-admin"))
                .queryParam("town", "castrop-rauxel").get(TENANT_SERVICE + "/api/v1/schedules").then().statusCode(200)
                .extract().path("[0].id");
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bottrop-admin", "/admin/contracts")) {
            assertThat(console.text("main")).contains("duisburg").contains("bottrop");
            for (String path : List.of("/admin", "/admin/tenants", "/admin/contracts", "/admin/hours",
                    "/admin/hours?town=castrop-rauxel", "/admin/kpis", "/admin/kpis?town=castrop-rauxel",
                    "/admin/routing", "/admin/routing?town=castrop-rauxel",
                    "/admin/contracts/" + castropsContract, "/admin/hours/" + castropsSchedule,
                    "/desk/call?number=%2B4923051060&key=1")) {
                console.browser().open(ConsoleInBrowser.CONSOLE + path);
                assertThat(console.text("body").toLowerCase()).as(path).doesNotContain("castrop");
                assertThat(console.accessibilityViolations()).as("axe-core on " + path).isEmpty();
            }
        }
    }

    @Test
    void castropRauxelsKpisAsChartsWithTablesAndAsCsvAndBochumsStatement() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("castrop-rauxel-admin", "/admin/kpis")) {
            assertThat(console.text("h1")).isEqualTo("Kennzahlen: castrop-rauxel");
            assertThat(console.evaluate("document.querySelectorAll('figure.kpi-chart').length").asInt()).isEqualTo(3);
            assertThat(console.text("figure.kpi-chart figcaption")).contains("Servicelevel")
                    .contains("Ziel der 115: 75 %");
            assertThat(console.rows("figure.kpi-chart:first-of-type table")).as("a row per day, two weeks").hasSize(14)
                    .allMatch(row -> row.matches(".+ \\| (\\d+ %|–)"));
            assertThat(console.text("#summe")).matches("\\d+ Anrufe, davon \\d+ angenommen.*");
            // the 115 promise beside the calls: handed-over questions answered within 24 working hours
            assertThat(console.text("#rueckrufbitten")).matches("Keine Rückrufbitten im Zeitraum\\.|Rückrufbitten: \\d+ "
                    + "übergeben, \\d+ beantwortet, davon \\d+ fristgerecht.*");
            assertThat(console.accessibilityViolations()).as("axe-core on the KPIs").isEmpty();
            console.screenshot("kpis.png", "#zeitraum");
            assertThat(download(console, "a[download]")).startsWith("200 text/csv");

            // by hour, chosen by keyboard
            console.browser().tabTo("#kpi-group", 30);
            console.browser().press("ArrowDown");
            console.browser().tabTo(".simulation-form button", 5);
            console.enterAndLoad();
            assertThat(console.url()).contains("groupBy=HOUR");
            assertThat(console.rows("figure.kpi-chart:first-of-type table")).as("the hours of the last day")
                    .hasSizeBetween(23, 25).first().asString().startsWith("00 Uhr | ");
        }
        String contract = given().auth().oauth2(KeycloakTokens.user("bochum-admin"))
                .queryParam("clientTown", "castrop-rauxel").queryParam("status", "ACTIVE")
                .get(TENANT_SERVICE + "/api/v1/contracts").then().statusCode(200).extract().path("[0].id");
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin", "/admin/contracts/" + contract)) {
            assertThat(console.text("#abrechnung")).isEqualTo("Abrechnung");
            String month = console.evaluate("document.querySelector('#month').value").asText();
            assertThat(download(console, "/admin/contracts/" + contract + "/statement?month=" + month))
                    .startsWith("200 text/csv");
            assertThat(console.accessibilityViolations()).as("axe-core on an active contract").isEmpty();
        }
    }

    @Test
    void bothPartiesSeeWhatCastropRauxelsContractTakesAtBochum() throws Exception {
        String contract = given().auth().oauth2(KeycloakTokens.user("bochum-admin"))
                .queryParam("clientTown", "castrop-rauxel").queryParam("status", "ACTIVE")
                .get(TENANT_SERVICE + "/api/v1/contracts").then().statusCode(200).extract().path("[0].id");
        // Castrop-Rauxel's calls forecast from its history, the posts they take at Bochum, the year's cost
        for (String party : List.of("bochum-admin", "castrop-rauxel-admin")) {
            try (ConsoleInBrowser console = ConsoleInBrowser.signedIn(party, "/admin/contracts/" + contract)) {
                assertThat(console.text("#vertrag-stellen")).as(party).matches("Rund [\\d.]+ Anrufe im Monat aus "
                        + "castrop-rauxel brauchen bei servicecenter-bochum [\\d,]+ Vollzeitstellen \\([\\d,]+ statt "
                        + "[\\d,]+\\)\\.");
                assertThat(console.text("#vertrag-kosten")).as(party).contains("im Jahr");
                assertThat(console.accessibilityViolations()).as("axe-core on the contract's planning").isEmpty();
            }
        }
    }

    @Test
    void bochumsHostAdminSeesNextWeeksAgentsAndWhatCastropRauxelsCallsWouldTake() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin", "/admin/planning")) {
            assertThat(console.text("h1")).isEqualTo("Personalplanung: servicecenter-bochum");
            // a chart per open day of next week, each with its table: Bochum answers 08:00 to 18:00
            assertThat(console.evaluate("document.querySelectorAll('figure.kpi-chart').length").asInt())
                    .isBetween(1, 5);
            assertThat(console.rows("figure.kpi-chart:first-of-type table")).hasSize(20)
                    .allMatch(row -> row.matches("\\d\\d:\\d\\d \\| \\d+")).first().asString().startsWith("08:00 | ");
            assertThat(console.text("#stellen")).matches("[\\d.,]+ Vollzeitstellen für [\\d.]+ erwartete Anrufe .*");
            assertThat(console.text("#annahmen")).contains("Erlang");
            assertThat(console.accessibilityViolations()).as("axe-core on the planning").isEmpty();
            assertThat(download(console, "a[download]")).startsWith("200 text/csv").contains("date;start;calls;agents");
        }
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin", "/admin/planning?town=castrop-rauxel"
                + "&callsPerMonth=4000&area=buergerbuero&area=ordnungswesen")) {
            assertThat(console.text("#mehr-stellen")).matches("[\\d,]+ Vollzeitstellen mehr \\([\\d,]+ → [\\d,]+\\)");
            assertThat(console.text("#servicelevel")).matches("Mit dem heutigen Personal fiele der Servicelevel von "
                    + "\\d+ % auf \\d+ %\\.");
            assertThat(console.text("#kosten")).contains("als Anteil an Stellen").contains("im Jahr");
            assertThat(console.rows("#antwort table")).hasSize(20);
            assertThat(console.accessibilityViolations()).as("axe-core on the what-if").isEmpty();
            console.screenshot("planning.png", "#was-waere-wenn");
        }
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin",
                "/admin/planning?callsPerMonth=viele&area=buergerbuero")) {
            assertThat(console.text("#whatif-error")).contains("ganze Zahl");
            assertThat(console.accessibilityViolations()).as("axe-core with the question refused").isEmpty();
        }
    }

    @Test
    void bochumsHostAdminUploadsLastWeeksRosterAndSeesItAgainstWhatHappened() throws Exception {
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Berlin"))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        StringBuilder roster = new StringBuilder("date;start;agents\n");
        for (int day = 0; day < 5; day++) {
            for (int halfHour = 16; halfHour < 36; halfHour++) { // 08:00 to 17:30
                roster.append(monday.plusDays(day)).append(';').append(String.format("%02d:%02d", halfHour / 2,
                        halfHour % 2 * 30)).append(';').append(7).append('\n');
            }
        }
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("roster");
        java.nio.file.Path wrong = java.nio.file.Files.writeString(directory.resolve("dienstplan-falsch.csv"),
                "date;start;agents\n" + monday + ";08:00;7\n" + monday + ";08:15;7\n" + monday + ";08:30;sieben\n");
        java.nio.file.Path right = java.nio.file.Files.writeString(directory.resolve("dienstplan.csv"), roster);
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin", "/admin/planning")) {
            // a roster with two wrong lines: nothing stored, each line named at the field
            console.browser().chooseFiles("#roster", wrong);
            console.browser().tabTo("#roster-upload", 80);
            console.enterAndLoad();
            assertThat(console.text("#roster-error")).contains("nicht gespeichert");
            assertThat(console.text("#roster-lines")).contains("Zeile 3").contains("Zeile 4").doesNotContain("Zeile 2");
            assertThat(console.accessibilityViolations()).as("axe-core with the roster refused").isEmpty();

            console.browser().chooseFiles("#roster", right);
            console.browser().tabTo("#roster-upload", 80);
            console.enterAndLoad();
            assertThat(console.text("#roster-saved")).isEqualTo("Dienstplan gespeichert: 100 halbe Stunden.");
            assertThat(console.url()).contains("week=" + monday);
            assertThat(console.text("#plan-ist-woche")).startsWith("Woche " + monday.format(
                    DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            // Monday to Friday: 20 half-hours of 7 agents are 70 agent-hours a day; the demo's calls came, measured
            // (a holiday in that week has neither forecast nor calls: its levels are dashes)
            assertThat(console.rows("#plan-ist-tage")).hasSize(5).allSatisfy(row -> assertThat(row).matches(
                    "\\p{L}+, \\d\\d\\.\\d\\d\\. \\| 70,0 \\| [\\d.]+ \\| [\\d.]+ \\| (\\d+ %|–) \\| (\\d+ %|–) \\| (\\d+ %|–)"));
            assertThat(console.evaluate("[...document.querySelector('#plan-ist-tage tfoot tr').cells]"
                    + ".map(cell => cell.textContent.trim()).join(' | ')").asText())
                    .matches("Woche \\| 350,0 \\| [\\d.]+ \\| [\\d.]+ \\| \\d+ % \\| \\d+ % \\| \\d+ %");
            assertThat(console.accessibilityViolations()).as("axe-core on plan and actual").isEmpty();
            console.screenshot("plan-and-actual.png", "#plan-ist", 800);
            assertThat(download(console, "section[aria-labelledby=plan-ist] a[download]")).startsWith("200 text/csv");
        }
    }

    @Test
    void thePlatformAdminSeesEveryTownAHostItsCenters() throws Exception {
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("verbund-admin", "/admin/tenants")) {
            assertThat(console.text("#staedte")).isEqualTo("7 Städte im Verbund");
            assertThat(console.rows("section[aria-labelledby=staedte] table")).hasSize(7)
                    .anyMatch(row -> row.startsWith("Stadt Castrop-Rauxel | castrop-rauxel | Stadt | 05562004"));
            assertThat(console.accessibilityViolations()).as("axe-core on the network").isEmpty();
        }
        try (ConsoleInBrowser console = ConsoleInBrowser.signedIn("bochum-admin", "/admin/tenants")) {
            assertThat(console.rows("section[aria-labelledby=staedte] table")).hasSize(1);
            assertThat(console.rows("section[aria-labelledby=zentren] table"))
                    .anyMatch(row -> row.contains("servicecenter-bochum"));
        }
    }

    /** Status, type and start of what a link (a CSS selector) or a path downloads, fetched in the signed-in page. */
    private static String download(ConsoleInBrowser console, String linkOrPath) {
        String url = linkOrPath.startsWith("/") ? "'" + linkOrPath + "'"
                : "document.querySelector('" + linkOrPath + "').getAttribute('href')";
        return console.evaluate("fetch(" + url + ").then(r => r.text().then(t => r.status + ' ' "
                + "+ r.headers.get('content-type') + ' ' + t.slice(0, 200)))").asText();
    }

    /** Saturday's field replaced by keyboard (Ctrl+A, then typed; empty: deleted), and the hours saved. */
    private static void saturday(ConsoleInBrowser console, String hours) throws InterruptedException {
        console.browser().tabTo("#day-SATURDAY", 60);
        console.browser().selectAll();
        if (hours.isEmpty()) {
            console.browser().press("Backspace");
        } else {
            console.browser().type(hours);
        }
        console.browser().tabTo("section[aria-labelledby=wochenzeiten] button[type=submit]", 5);
        console.enterAndLoad();
    }

    private static String previewSaturdays(ConsoleInBrowser console) {
        return previewDays(console, "Samstag");
    }

    /** The preview's rows of one weekday, e.g. "Freitag 18.12.2026 08:00–12:00 | …". */
    private static String previewDays(ConsoleInBrowser console, String weekday) {
        return console.evaluate("[...document.querySelectorAll('.preview-week tbody tr')]"
                + ".filter(row => row.querySelector('th').textContent.trim() === '" + weekday + "')"
                + ".map(row => row.textContent.replace(/\\s+/g, ' ').trim()).join(' | ')").asText();
    }

    /** A fresh proposal of Bochum's for Castrop-Rauxel's Standesamt, some weeks in a far year (no overlap). */
    private static String proposedByBochum() {
        LocalDate from = LocalDate.of(2040 + ThreadLocalRandom.current().nextInt(50), 1, 1)
                .plusWeeks(ThreadLocalRandom.current().nextInt(50));
        Map<String, Object> proposal = Map.of("hostTown", "bochum", "clientTown", "castrop-rauxel",
                "serviceCenter", "servicecenter-bochum", "serviceAreas", List.of("standesamt"),
                "validFrom", from.toString(), "validUntil", from.plusDays(6).toString(),
                "costModel", Map.of("type", "FTE_SHARE", "fullTimeEquivalents", 0.5, "annualCostPerFte", 62000));
        return given().auth().oauth2(KeycloakTokens.user("bochum-admin")).contentType(ContentType.JSON).body(proposal)
                .post(TENANT_SERVICE + "/api/v1/contracts").then().statusCode(201).extract().path("id");
    }
}
