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
import de.servicecenter.routing.ruleset.RuleSetDefinition;
import de.servicecenter.routing.ruleset.ScheduleReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The seed scenarios as routing rules (local-stack/demo/routing, the demo rule sets), on the demo network's real
 * schedules (local-stack/demo/schedules): Castrop-Rauxel's Bürgerbüro and Ordnungswesen go to Bochum (the Bürgerbüro
 * alone during the pilot phase), Bottrop's and Dinslaken's whole switchboards to Call Duisburg, Stadt and Kreis Soest
 * to the Kreis Soest center, which closes between the years.
 */
public final class SeedNetwork {

    public static final String CASTROP_RAUXEL_RATHAUS = "+4923051060";
    public static final String BOTTROP_7030 = "+4920417030";
    public static final String STADT_SOEST = "+4929211030";
    public static final String KREIS_SOEST = "+492921300";

    private static final Path SCHEDULES = Path.of("..", "local-stack", "demo", "schedules");
    private static final Path EXCEPTIONS = Path.of("..", "local-stack", "demo", "exceptions");
    private static final Path RULE_SETS = Path.of("..", "local-stack", "demo", "routing");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Rule sets are read as the API reads them: a misspelt field is an error. */
    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule());

    public static final TenancySnapshot TENANCY = new TenancySnapshot(
            Set.of("bochum", "castrop-rauxel", "duisburg", "bottrop", "dinslaken", "kreis-soest", "stadt-soest"),
            List.of(new DelegationGrant("c-bochum-castrop-rauxel", "bochum", "castrop-rauxel", "servicecenter-bochum",
                            false, Set.of("buergerbuero", "ordnungswesen"), LocalDate.of(2015, 9, 1), Optional.empty(),
                            CostModel.fteShare(new BigDecimal("1.75"), new BigDecimal("62000"))),
                    new DelegationGrant("c-duisburg-bottrop", "duisburg", "bottrop", "call-duisburg", true, Set.of(),
                            LocalDate.of(2012, 9, 1), Optional.empty(), CostModel.perCall(new BigDecimal("2.85"))),
                    new DelegationGrant("c-duisburg-dinslaken", "duisburg", "dinslaken", "call-duisburg", true, Set.of(),
                            LocalDate.of(2014, 1, 1), Optional.empty(), CostModel.flatFee(new BigDecimal("8500"))),
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

    /** The demo rule sets, as ./stack up publishes them (local-stack/demo/routing/TOWN.json). */
    public static Map<String, RuleSetDefinition> ruleSets() {
        Map<String, RuleSetDefinition> sets = new HashMap<>();
        try (Stream<Path> files = Files.list(RULE_SETS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                sets.put(file.getFileName().toString().replace(".json", ""),
                        STRICT.readValue(file.toFile(), RuleSetDefinition.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }
}
