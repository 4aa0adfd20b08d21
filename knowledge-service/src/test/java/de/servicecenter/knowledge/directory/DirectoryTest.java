package de.servicecenter.knowledge.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.knowledge.directory.Directory.Concern;
import de.servicecenter.knowledge.directory.Directory.Route;
import de.servicecenter.knowledge.directory.Directory.Target;
import de.servicecenter.knowledge.directory.Directory.Transfer;
import de.servicecenter.knowledge.directory.DirectoryDocument.Absence;
import de.servicecenter.knowledge.directory.DirectoryDocument.ContactPoint;
import de.servicecenter.knowledge.directory.DirectoryDocument.Criteria;
import de.servicecenter.knowledge.directory.DirectoryDocument.Responsibility;
import de.servicecenter.knowledge.directory.DirectoryDocument.Unit;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Put through to whom?" in a Castrop-Rauxel-like directory: by service, by surname, by time and absence. */
class DirectoryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String BIRTH = "99120008001000"; // LeiKa: Geburt Beurkundung (example key)
    private static final Set<String> AREAS = Set.of("standesamt", "buergerbuero", "ordnungswesen");

    /** Mon–Thu 08:00–16:00, Fri 08:00–12:00, NRW's holidays closed. */
    private static final ScheduleDefinition TOWN_HALL = new ScheduleDefinition("DE-NW", List.of(
            new WeeklyPeriodDefinition(LocalDate.of(2020, 1, 1), null, List.of(
                    new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"), "08:00", "16:00"),
                    new WeeklyRuleDefinition(List.of("FRIDAY"), "08:00", "12:00")))), List.of());

    private static DirectoryDocument document(List<Absence> absences) {
        return new DirectoryDocument("+4923051060",
                List.of(new Unit("fb-buergerdienste", "FACHBEREICH", "Fachbereich Bürgerdienste", null, "+492305106200",
                                "buergerdienste@castrop-rauxel.de", null, null),
                        new Unit("standesamt", "AMT", "Standesamt", "fb-buergerdienste", "+492305106330",
                                "standesamt@castrop-rauxel.de", "Rathaus, Zimmer 104", TOWN_HALL),
                        new Unit("buergerbuero", "AMT", "Bürgerbüro", "fb-buergerdienste", "+492305106400", null, null,
                                TOWN_HALL)),
                List.of(new ContactPoint("standesamt-a-k", "standesamt", "Geburten, Namen A–K", "Frau Beispiel", false,
                                "+492305106341", null),
                        new ContactPoint("standesamt-l-z", "standesamt", "Geburten, Namen L–Z", null, null,
                                "+492305106342", null)),
                List.of(new Responsibility(BIRTH, "standesamt", "standesamt", "standesamt-a-k",
                                new Criteria("A", "K", null, null)),
                        new Responsibility(BIRTH, "standesamt", "standesamt", "standesamt-l-z",
                                new Criteria("L", "Z", null, null)),
                        new Responsibility(null, "standesamt", "standesamt", null, null),
                        new Responsibility(null, "buergerbuero", "buergerbuero", null, null)),
                absences);
    }

    private static Directory directory(List<Absence> absences) {
        DirectoryCompiler.Compiled compiled = DirectoryCompiler.compile(document(absences), AREAS::contains);
        assertThat(compiled.errors()).isEmpty();
        return compiled.directory().orElseThrow();
    }

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    private static Transfer birth(Directory directory, String surname, String at) {
        return directory.transfer(new Concern("standesamt", BIRTH, surname, null, null), berlin(at), area -> true);
    }

    private static final String MONDAY_MORNING = "2026-11-23T10:00";

    @Test
    void aBirthIsPutThroughByTheSurnamesInitialAsTheTownFilesIt() {
        Directory directory = directory(List.of());
        assertThat(birth(directory, "Müller", MONDAY_MORNING).putThroughTo())
                .contains(new Target("standesamt", Optional.of("standesamt-l-z")));
        assertThat(birth(directory, "Kowalski", MONDAY_MORNING).putThroughTo())
                .contains(new Target("standesamt", Optional.of("standesamt-a-k")));
        assertThat(birth(directory, "von Örtel", MONDAY_MORNING).putThroughTo()).as("filed under O, not V")
                .contains(new Target("standesamt", Optional.of("standesamt-l-z")));
        assertThat(birth(directory, "Çelik", MONDAY_MORNING).putThroughTo()).as("filed under C")
                .contains(new Target("standesamt", Optional.of("standesamt-a-k")));
        assertThat(birth(directory, "Müller", MONDAY_MORNING).route()).isEqualTo(Route.RESPONSIBLE);
    }

    @Test
    void withoutTheSurnameTheAreaWideResponsibilityAnswersAndTheSurnameIsAskedFor() {
        Transfer transfer = birth(directory(List.of()), null, MONDAY_MORNING);
        assertThat(transfer.putThroughTo()).contains(new Target("standesamt", Optional.empty()));
        assertThat(transfer.askFor()).containsExactly("surname");
    }

    @Test
    void anAbsentContactPointIsStoodInForAndAnAbsentSubstituteLeadsToTheCentralNumber() {
        Absence away = new Absence("standesamt-l-z", null, OffsetDateTime.parse("2026-11-23T00:00:00+01:00"),
                OffsetDateTime.parse("2026-11-28T00:00:00+01:00"), "standesamt-a-k", null);
        Transfer transfer = birth(directory(List.of(away)), "Müller", MONDAY_MORNING);
        assertThat(transfer.route()).isEqualTo(Route.SUBSTITUTE);
        assertThat(transfer.responsible()).contains(new Target("standesamt", Optional.of("standesamt-l-z")));
        assertThat(transfer.putThroughTo()).contains(new Target("standesamt", Optional.of("standesamt-a-k")));
        assertThat(transfer.reasons()).singleElement().asString().contains("absent").contains("stands in");

        assertThat(birth(directory(List.of(away)), "Müller", "2026-11-30T10:00").route())
                .as("back on Monday after").isEqualTo(Route.RESPONSIBLE);

        Absence bothAway = new Absence(null, "standesamt", OffsetDateTime.parse("2026-11-23T00:00:00+01:00"),
                OffsetDateTime.parse("2026-11-24T00:00:00+01:00"), null, null);
        Transfer nobody = birth(directory(List.of(away, bothAway)), "Müller", MONDAY_MORNING);
        assertThat(nobody.route()).isEqualTo(Route.CENTRAL_NUMBER);
        assertThat(nobody.putThroughTo()).isEmpty();
        assertThat(nobody.centralNumber()).isEqualTo("+4923051060");
    }

    @Test
    void onFronleichnamTheStandesamtIsClosedAndOpensAgainOnFriday() {
        // Corpus Christi 2026 falls on Thursday 4 June: a statutory holiday in North Rhine-Westphalia
        Transfer holiday = birth(directory(List.of()), "Müller", "2026-06-04T10:00");
        assertThat(holiday.route()).isEqualTo(Route.CENTRAL_NUMBER);
        assertThat(holiday.responsible()).contains(new Target("standesamt", Optional.of("standesamt-l-z")));
        assertThat(holiday.reachableFrom()).contains(berlin("2026-06-05T08:00"));

        assertThat(birth(directory(List.of()), "Müller", "2026-06-05T11:59").route()).isEqualTo(Route.RESPONSIBLE);
        assertThat(birth(directory(List.of()), "Müller", "2026-06-05T12:00").route()).as("Friday from noon")
                .isEqualTo(Route.CENTRAL_NUMBER);
    }

    @Test
    void anAreaOutsideTheAskersContractFindsNoOne() {
        Transfer transfer = directory(List.of()).transfer(new Concern("standesamt", BIRTH, "Müller", null, null),
                berlin(MONDAY_MORNING), area -> area.equals("buergerbuero"));
        assertThat(transfer.route()).isEqualTo(Route.CENTRAL_NUMBER);
        assertThat(transfer.responsible()).isEmpty();
    }

    @Test
    void everyMistakeOfAnImportIsNamedAtOnce() {
        DirectoryDocument broken = new DirectoryDocument("02305 1060",
                List.of(new Unit("Standesamt", "AMT", "Standesamt", "fehlt", null, null, null, null),
                        new Unit("a", "BEHOERDE", " ", "b", null, "keine-mail", null, null),
                        new Unit("b", "AMT", "B", "a", "+49", null, null, null)),
                List.of(new ContactPoint("x", "nirgends", "Funktion", null, null, null, null)),
                List.of(new Responsibility("123", "unbekannt", "a", "x", new Criteria("K", "A", List.of("4457"), null)),
                        new Responsibility(null, "standesamt", "b", null, new Criteria("A", null, null, null))),
                List.of(new Absence("x", "a", OffsetDateTime.parse("2026-11-23T00:00:00+01:00"),
                        OffsetDateTime.parse("2026-11-22T00:00:00+01:00"), "x", null)));

        List<String> fields = new ArrayList<>(DirectoryCompiler.compile(broken, AREAS::contains).errors().stream()
                .map(FieldError::field).toList());
        assertThat(fields).containsExactlyInAnyOrder("centralNumber", "organisationUnits[0].id",
                "organisationUnits[0].parent", "organisationUnits[1].kind", "organisationUnits[1].name",
                "organisationUnits[1].mailbox", "organisationUnits[1].parent", "organisationUnits[2].phone",
                "organisationUnits[2].parent", "contactPoints[0].unit", "responsibilities[0].serviceArea",
                "responsibilities[0].leikaKey", "responsibilities[0].contactPoint",
                "responsibilities[0].criteria.surnameTo", "responsibilities[0].criteria.postalCodes[0]",
                "responsibilities[1].criteria.surnameTo", "absences[0].contactPoint", "absences[0].until",
                "absences[0].substituteContactPoint");
    }

    @Test
    void hoursAreCheckedByTheOpeningHoursRulesWithTheirPath() {
        ScheduleDefinition reversed = new ScheduleDefinition("DE-NW", List.of(new WeeklyPeriodDefinition(
                LocalDate.of(2020, 1, 1), null, List.of(new WeeklyRuleDefinition(List.of("MONDAY"), "16:00", "08:00")))),
                List.of());
        DirectoryDocument document = new DirectoryDocument("+4923051060",
                List.of(new Unit("standesamt", "AMT", "Standesamt", null, null, null, null, reversed)),
                List.of(), List.of(), List.of());
        assertThat(DirectoryCompiler.compile(document, AREAS::contains).errors()).extracting(FieldError::field)
                .singleElement().asString().startsWith("organisationUnits[0].hours.weeklyPeriods[0].rules[0]");
    }

    @Test
    void theDemoDirectoriesOfTheLocalStackAreValid() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        Set<String> catalog = Set.of("zentrale", "buergerbuero", "ordnungswesen", "auslaenderwesen", "standesamt",
                "kfz-zulassung", "steuern-abgaben", "soziales");
        Directory castropRauxel = null;
        for (String town : List.of("castrop-rauxel", "bottrop")) {
            DirectoryDocument document = json.readValue(Path.of("../local-stack/demo/knowledge/directory-" + town
                    + ".json").toFile(), DirectoryDocument.class);
            DirectoryCompiler.Compiled compiled = DirectoryCompiler.compile(document, catalog::contains);
            assertThat(compiled.errors()).as(town).isEmpty();
            if (town.equals("castrop-rauxel")) {
                castropRauxel = compiled.directory().orElseThrow();
            }
        }
        assertThat(castropRauxel.transfer(new Concern("standesamt", null, "Özdemir", null, null), berlin(MONDAY_MORNING),
                area -> true).putThroughTo()).contains(new Target("standesamt", Optional.of("standesamt-geburten-l-z")));
        assertThat(castropRauxel.transfer(new Concern("ordnungswesen", null, null, null, "Widumer Str."),
                berlin(MONDAY_MORNING), area -> true).putThroughTo())
                .contains(new Target("ordnungsamt", Optional.of("ordnungsamt-verkehr")));
    }

    @Test
    void streetsAreComparedAsTownHallsWriteThem() {
        assertThat(CitizenNames.sameStreet("Widumer Straße", "widumer str.")).isTrue();
        assertThat(CitizenNames.sameStreet("Widumer Strasse", "Widumer-Straße")).isTrue();
        assertThat(CitizenNames.sameStreet("Europaplatz", "Europa-Platz")).isTrue();
        assertThat(CitizenNames.sameStreet("Widumer Straße", "Wittener Straße")).isFalse();
        assertThat(CitizenNames.initial("  van der Berg ")).contains('B');
        assertThat(CitizenNames.initial("Zu")).as("a name that is only a particle").contains('Z');
        assertThat(CitizenNames.initial("Ωmega")).isEmpty();
        assertThat(CitizenNames.initial(" ")).isEmpty();
    }
}
