package de.servicecenter.knowledge.article;

import static de.servicecenter.knowledge.KnowledgeFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.servicecenter.knowledge.KnowledgeFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Import and export in the shape after XZuFi: idempotent by LeiKa key and owner, all or nothing. */
@QuarkusTest
class ExchangeTest {

    private static final String DOCUMENT = """
            {"owner": "bochum", "scope": "SHARED", "leistungen": [
              {"leistungsschluessel": "99000000000001", "leistungsname": "Personalausweis beantragen",
               "leistungsbereich": "buergerbuero", "module": {"kurztext": "Für Deutsche ab 16 Jahren",
               "kosten": "37 Euro", "formulare": [{"title": "Antrag", "url": "https://example.org/antrag.pdf"}]},
               "stichworte": ["Perso"]},
              {"leistungsschluessel": "99000000000002", "leistungsname": "Reisepass beantragen",
               "leistungsbereich": "buergerbuero", "zielgruppe": "INTERNAL"},
              {"leistungsname": "Fundsache abholen", "leistungsbereich": "buergerbuero"}]}""";

    @Inject
    KnowledgeFixtures fixtures;

    @BeforeEach
    void emptyKnowledgeBase() {
        fixtures.reset();
    }

    @Test
    void importingTheSameDocumentTwiceChangesNothing() {
        as("bochum-admin").body(DOCUMENT).post("/api/v1/articles/import").then().statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0));
        as("bochum-admin").body(DOCUMENT).post("/api/v1/articles/import").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));
        as("bochum-admin").body(DOCUMENT.replace("37 Euro", "37,00 Euro")).post("/api/v1/articles/import").then()
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2));
    }

    @Test
    void exportGivesBackWhatWasImported() {
        as("bochum-admin").body(DOCUMENT).post("/api/v1/articles/import").then().statusCode(200);

        as("bochum-admin").get("/api/v1/articles/export?owner=bochum&scope=SHARED").then().statusCode(200)
                .body("owner", equalTo("bochum"))
                .body("leistungen.leistungsname", contains("Fundsache abholen", "Personalausweis beantragen",
                        "Reisepass beantragen"))
                .body("leistungen[1].leistungsschluessel", equalTo("99000000000001"))
                .body("leistungen[1].module.kosten", equalTo("37 Euro"))
                .body("leistungen[1].module.formulare[0].url", equalTo("https://example.org/antrag.pdf"))
                .body("leistungen[2].zielgruppe", equalTo("INTERNAL"));
        as("castrop-rauxel-admin").get("/api/v1/articles/export?owner=bochum&scope=SHARED").then().statusCode(404);
        as("bochum-admin").get("/api/v1/articles/export?owner=bochum&scope=GEMEINSAM").then().statusCode(400)
                .body("errors[0].field", equalTo("scope"));
    }

    @Test
    void oneBadServiceAndNothingIsImported() {
        String broken = DOCUMENT.replace("\"leistungsbereich\": \"buergerbuero\", \"zielgruppe\"",
                "\"leistungsbereich\": \"hundeschule\", \"zielgruppe\"");

        as("bochum-admin").body(broken).post("/api/v1/articles/import").then().statusCode(422)
                .body("errors.field", contains("leistungen[1].leistungsbereich"));
        as("bochum-admin").body(DOCUMENT.replace("99000000000002", "12")).post("/api/v1/articles/import").then()
                .statusCode(400).body("errors[0].field", equalTo("leistungen[1].leistungsschluessel"));
        as("bochum-admin").get("/api/v1/articles/export?owner=bochum&scope=SHARED").then().body("leistungen", hasSize(0));
    }

    @Test
    void importingForAnotherTenantIsRefused() {
        as("duisburg-admin").body(DOCUMENT).post("/api/v1/articles/import").then().statusCode(422)
                .body("errors.field", contains("owner"));
    }
}
