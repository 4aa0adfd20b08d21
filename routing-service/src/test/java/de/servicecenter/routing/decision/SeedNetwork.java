package de.servicecenter.routing.decision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.GermanHolidays;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.routing.ruleset.ActionDefinition;
import de.servicecenter.routing.ruleset.ActionType;
import de.servicecenter.routing.ruleset.AnnouncementKind;
import de.servicecenter.routing.ruleset.ConditionDefinition;
import de.servicecenter.routing.ruleset.EntryPointDefinition;
import de.servicecenter.routing.ruleset.MenuDefinition;
import de.servicecenter.routing.ruleset.RuleDefinition;
import de.servicecenter.routing.ruleset.RuleSetDefinition;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The seed scenarios as routing rules, on the demo network's real schedules (local-stack/demo/schedules): Castrop-
 * Rauxel's Bürgerbüro and Ordnungswesen go to Bochum (the Bürgerbüro alone during the pilot phase), Bottrop's whole
 * switchboard to Call Duisburg, Stadt and Kreis Soest to the Kreis Soest center, which closes between the years.
 */
public final class SeedNetwork {

    public static final String CASTROP_RAUXEL_RATHAUS = "+4923051060";
    public static final String BOTTROP_7030 = "+4920417030";
    public static final String STADT_SOEST = "+49292110300";
    public static final String KREIS_SOEST = "+492921300";

    private static final Path SCHEDULES = Path.of("..", "local-stack", "demo", "schedules");
    private static final Path EXCEPTIONS = Path.of("..", "local-stack", "demo", "exceptions");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static final TenancySnapshot TENANCY = new TenancySnapshot(
            Set.of("bochum", "castrop-rauxel", "duisburg", "bottrop", "dinslaken", "kreis-soest", "stadt-soest"),
            List.of(new DelegationGrant("c-bochum-castrop-rauxel", "bochum", "castrop-rauxel", "servicecenter-bochum",
                            false, Set.of("buergerbuero", "ordnungswesen"), LocalDate.of(2015, 9, 1), Optional.empty(),
                            CostModel.fteShare(new BigDecimal("1.75"), new BigDecimal("62000"))),
                    new DelegationGrant("c-duisburg-bottrop", "duisburg", "bottrop", "call-duisburg", true, Set.of(),
                            LocalDate.of(2012, 9, 1), Optional.empty(), CostModel.perCall(new BigDecimal("2.85"))),
                    new DelegationGrant("c-soest", "kreis-soest", "stadt-soest", "servicecenter-kreis-soest", true,
                            Set.of(), LocalDate.of(2016, 1, 1), Optional.empty(),
                            CostModel.fteShare(new BigDecimal("2"), new BigDecimal("58000")))),
            Set.of("zentrale", "buergerbuero", "ordnungswesen", "standesamt", "kfz-zulassung"),
            Map.of("servicecenter-bochum", "bochum", "call-duisburg", "duisburg",
                    "servicecenter-kreis-soest", "kreis-soest"));

    private SeedNetwork() {
    }

    /** The demo schedules by reference, compiled as tenant-service compiles them. */
    public static ScheduleDirectory schedules() {
        Map<ScheduleReference, ScheduleDirectory.NamedSchedule> byReference = Map.of(
                ScheduleReference.ofCenter("servicecenter-bochum"), named("servicecenter-bochum.json", List.of()),
                ScheduleReference.ofCenter("call-duisburg"), named("call-duisburg.json", List.of()),
                ScheduleReference.ofCenter("servicecenter-kreis-soest"),
                named("servicecenter-kreis-soest.json", List.of("zwischen-den-jahren.json")),
                ScheduleReference.ofOffice("castrop-rauxel", null),
                named("castrop-rauxel-rathaus.json", List.of("zwischen-den-jahren.json")));
        return ScheduleDirectory.of(byReference, town -> GermanHolidays.of("DE-NW"));
    }

    private static ScheduleDirectory.NamedSchedule named(String file, List<String> exceptionFiles) {
        try {
            var stored = JSON.readTree(SCHEDULES.resolve(file).toFile());
            ScheduleDefinition definition = JSON.treeToValue(stored, ScheduleDefinition.class);
            List<ExceptionDefinition> exceptions = new ArrayList<>();
            for (String exception : exceptionFiles) {
                exceptions.add(JSON.readValue(EXCEPTIONS.resolve(exception).toFile(), ExceptionDefinition.class));
            }
            return new ScheduleDirectory.NamedSchedule(stored.path("name").asText(), ScheduleCompiler.compile(
                    new ScheduleDefinition(definition.publicHolidays(), definition.weeklyPeriods(), exceptions)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidScheduleException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, RuleSetDefinition> ruleSets() {
        ConditionDefinition holiday = new ConditionDefinition(null, null, null, true, null, null, null);
        RuleDefinition holidayAnnouncement = new RuleDefinition("Feiertag", holiday,
                new ActionDefinition(ActionType.ANNOUNCEMENT, null, null, AnnouncementKind.HOLIDAY, null));
        ActionDefinition toBochum = new ActionDefinition(ActionType.ROUTE_TO_CENTER, "servicecenter-bochum",
                "sip:castrop-rauxel@servicecenter.bochum.de", null, null);
        ScheduleReference bochumHours = ScheduleReference.ofCenter("servicecenter-bochum");
        RuleSetDefinition castropRauxel = new RuleSetDefinition(
                List.of(new EntryPointDefinition(CASTROP_RAUXEL_RATHAUS, "Rathaus Castrop-Rauxel",
                        new MenuDefinition(List.of(
                                new MenuDefinition.Option("1", "buergerbuero", null, "Bürgerbüro"),
                                new MenuDefinition.Option("2", "ordnungswesen", null, "Ordnungswesen"),
                                new MenuDefinition.Option("3", "standesamt", null, "Standesamt")), "zentrale", 8))),
                List.of(holidayAnnouncement,
                        new RuleDefinition("Überlast in Bochum: Rückruf anbieten", new ConditionDefinition(
                                List.of("buergerbuero", "ordnungswesen"), bochumHours, null, null, null, null, 180),
                                new ActionDefinition(ActionType.CALLBACK_OFFER, null, null, null, null)),
                        new RuleDefinition("Pilotphase: Bürgerbüro nach Bochum", new ConditionDefinition(
                                List.of("buergerbuero"), bochumHours, null, null, null, LocalDate.of(2016, 8, 31), null),
                                toBochum),
                        new RuleDefinition("Bürgerbüro und Ordnungswesen nach Bochum", new ConditionDefinition(
                                List.of("buergerbuero", "ordnungswesen"), bochumHours, null, null,
                                LocalDate.of(2016, 9, 1), null, null), toBochum),
                        new RuleDefinition("Rathaus geschlossen", new ConditionDefinition(null, null,
                                ScheduleReference.ofOffice("castrop-rauxel", null), null, null, null, null),
                                new ActionDefinition(ActionType.ANNOUNCEMENT, null, null, AnnouncementKind.CLOSED, null)),
                        new RuleDefinition("Alles andere bleibt im Rathaus", null,
                                new ActionDefinition(ActionType.ROUTE_TO_NUMBER, null, "+492305106100", null, null))));
        RuleSetDefinition bottrop = switchboardTo("call-duisburg", "sip:bottrop@call.duisburg.de", BOTTROP_7030,
                "Zentrale 7030", holidayAnnouncement);
        RuleSetDefinition stadtSoest = switchboardTo("servicecenter-kreis-soest", "sip:stadt-soest@servicecenter.kreis-soest.de",
                STADT_SOEST, "Stadt Soest, Zentrale", holidayAnnouncement);
        RuleSetDefinition kreisSoest = switchboardTo("servicecenter-kreis-soest", "sip:kreis@servicecenter.kreis-soest.de",
                KREIS_SOEST, "Kreis Soest, Zentrale", holidayAnnouncement);
        return Map.of("castrop-rauxel", castropRauxel, "bottrop", bottrop, "stadt-soest", stadtSoest,
                "kreis-soest", kreisSoest);
    }

    /** Everything to the center while it is open; a holiday or closed announcement otherwise. */
    private static RuleSetDefinition switchboardTo(String center, String queue, String number, String name,
                                                   RuleDefinition holidayAnnouncement) {
        return new RuleSetDefinition(
                List.of(new EntryPointDefinition(number, name, new MenuDefinition(List.of(), "zentrale", 5))),
                List.of(holidayAnnouncement,
                        new RuleDefinition("Alles an " + center, new ConditionDefinition(null,
                                ScheduleReference.ofCenter(center), null, null, null, null, null),
                                new ActionDefinition(ActionType.ROUTE_TO_CENTER, center, queue, null, null)),
                        new RuleDefinition("Geschlossen", null,
                                new ActionDefinition(ActionType.ANNOUNCEMENT, null, null, AnnouncementKind.CLOSED, null))));
    }
}
