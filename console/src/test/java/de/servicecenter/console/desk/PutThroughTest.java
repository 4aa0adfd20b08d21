package de.servicecenter.console.desk;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.console.platform.KnowledgeApi;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The directory's answer as the desk says it, in German: whom to dial, and why not the one responsible. */
class PutThroughTest {

    private static KnowledgeApi.Target target(String unit, String unitName, String contactPoint, String function,
                                              String phone) {
        return new KnowledgeApi.Target(unit, unitName, contactPoint, function, null, phone, null, null);
    }

    @Test
    void theSubstituteIsDialledAndTheAgentToldWhy() {
        DeskResource.PutThrough put = DeskResource.PutThrough.of(new KnowledgeApi.Transfer("SUBSTITUTE", "+492305106341",
                target("standesamt", "Standesamt", "geburten-a-k", "Geburten, Namen A–K", "+492305106341"),
                target("standesamt", "Standesamt", "geburten-l-z", "Geburten, Namen L–Z", "+492305106342"),
                List.of("'Geburten, Namen L–Z' is absent"), List.of(), null));
        assertThat(put.label()).isEqualTo("Standesamt – Geburten, Namen A–K");
        assertThat(put.unit()).isEqualTo("standesamt");
        assertThat(put.contactPoint()).isEqualTo("geburten-a-k");
        assertThat(put.why()).isEqualTo("Zuständig ist Standesamt, zurzeit nicht erreichbar; die Vertretung übernimmt.");
    }

    @Test
    void theCentralNumberIsNoTransferTargetAndSaysWhenTheOfficeAnswersAgain() {
        DeskResource.PutThrough put = DeskResource.PutThrough.of(new KnowledgeApi.Transfer("CENTRAL_NUMBER",
                "+4923051060", null, target("standesamt", "Standesamt", null, null, "+492305106330"), List.of(),
                List.of("surname", "postalCode"), OffsetDateTime.parse("2026-06-05T08:00:00+02:00")));
        assertThat(put.label()).isEqualTo("die Zentrale der Stadt");
        assertThat(put.unit()).as("nothing recorded as whom the caller was put through to").isNull();
        assertThat(put.why()).isEqualTo("Standesamt ist gerade nicht erreichbar, wieder ab 05.06.2026, 08:00 Uhr. "
                + "Genauer mit dem Nachnamen oder der Postleitzahl des Anrufers.");
    }
}
