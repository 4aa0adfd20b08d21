package de.servicecenter.openinghours.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every opening_hours value the platform exports for the demo network — the schedules and closures
 * {@code local-stack/demo/network.steps} creates, plus forms the demo lacks — read by opening_hours.js, the reference
 * implementation most OSM tools use (npm, {@code src/test/js}), and held against the platform's own status every 15
 * minutes of the coming four months: the same open or closed at every instant, never unknown, never a syntax error.
 */
class OsmExportReferenceTest {

    private static final Path DEMO = Path.of("..", "local-stack", "demo");
    private static final Path EVALUATOR = Path.of("src", "test", "js");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Before the Dienstleistungsabend, through Christmas, the closures between the years and past the spring switch. */
    private static final LocalDate FROM = LocalDate.of(2026, 11, 23);
    private static final Duration STEP = Duration.ofMinutes(15);
    private static final int DAYS = 131;

    @Test
    void openingHoursJsReadsEveryExportAsThePlatformDecides() throws Exception {
        Map<String, ScheduleDefinition> schedules = demoSchedules();
        assertThat(schedules).as("the demo's schedules").hasSizeGreaterThanOrEqualTo(6);
        schedules.put("a period that starts in spring and never ends", laterPeriod());
        List<Instant> instants = new ArrayList<>();
        Instant end = FROM.plusDays(DAYS).atStartOfDay(BERLIN).toInstant();
        for (Instant at = FROM.atStartOfDay(BERLIN).toInstant(); at.isBefore(end); at = at.plus(STEP)) {
            instants.add(at);
        }

        ObjectNode request = JSON.createObjectNode();
        ArrayNode values = request.putArray("values");
        Map<String, Schedule> compiled = new LinkedHashMap<>();
        schedules.forEach((name, definition) -> {
            Schedule schedule = compile(definition);
            compiled.put(name, schedule);
            ObjectNode value = values.addObject().put("osm", OsmOpeningHours.format(schedule, FROM))
                    .put("state", definition.publicHolidays());
            ArrayNode at = value.putArray("instants");
            instants.forEach(instant -> at.add(instant.toEpochMilli()));
        });
        JsonNode results = evaluate(request);

        List<String> disagreements = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Schedule> schedule : compiled.entrySet()) {
            JsonNode result = results.get(i);
            String osm = values.get(i++).path("osm").asText();
            if (result.has("error")) {
                disagreements.add(schedule.getKey() + ": opening_hours.js cannot read " + osm + ": "
                        + result.path("error").asText());
                continue;
            }
            for (int n = 0; n < instants.size(); n++) {
                String expected = schedule.getValue().statusAt(instants.get(n)).open() ? "open" : "closed";
                String read = result.path("states").get(n).asText();
                if (!read.equals(expected)) {
                    disagreements.add(schedule.getKey() + " at " + instants.get(n).atZone(BERLIN).toLocalDateTime()
                            + ": platform " + expected + ", opening_hours.js " + read + " — " + osm);
                }
            }
        }
        assertThat(disagreements).as("%d instants × %d exports", instants.size(), compiled.size()).isEmpty();
    }

    /** The demo schedules with the exceptions network.steps adds to each, in its order. */
    private static Map<String, ScheduleDefinition> demoSchedules() throws IOException {
        Map<String, List<ExceptionDefinition>> exceptions = new LinkedHashMap<>();
        String current = null;
        for (String line : Files.readAllLines(DEMO.resolve("network.steps"), StandardCharsets.UTF_8)) {
            String[] step = line.trim().split("\\s+");
            if (line.trim().startsWith("#") || step.length < 4) {
                continue;
            }
            if (step[2].equals("/api/v1/schedules")) {
                current = step[3];
                exceptions.put(current, new ArrayList<>());
            } else if (step[2].equals("{created}/exceptions") && current != null) {
                exceptions.get(current).add(JSON.readValue(DEMO.resolve(step[3]).toFile(), ExceptionDefinition.class));
            }
        }
        Map<String, ScheduleDefinition> schedules = new LinkedHashMap<>();
        for (Map.Entry<String, List<ExceptionDefinition>> schedule : exceptions.entrySet()) {
            JsonNode stored = JSON.readTree(DEMO.resolve(schedule.getKey()).toFile());
            List<WeeklyPeriodDefinition> periods = List.of(JSON.treeToValue(stored.path("weeklyPeriods"),
                    WeeklyPeriodDefinition[].class));
            // the demo's towns and hosts all lie in North Rhine-Westphalia; a schedule names no state of its own
            String state = stored.path("publicHolidays").asText("DE-NW");
            schedules.put(schedule.getKey(), new ScheduleDefinition(state, periods, schedule.getValue()));
        }
        return schedules;
    }

    /** Old hours until mid-March, new ones from then on for good (to midnight on Saturdays), and a holiday opened. */
    private static ScheduleDefinition laterPeriod() {
        return new ScheduleDefinition("DE-NW", List.of(
                new WeeklyPeriodDefinition(LocalDate.of(2016, 1, 1), LocalDate.of(2027, 3, 14), List.of(
                        new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY"), "08:00", "17:00"))),
                new WeeklyPeriodDefinition(LocalDate.of(2027, 3, 15), null, List.of(
                        new WeeklyRuleDefinition(List.of("MONDAY", "FRIDAY"), "09:00", "12:00"),
                        new WeeklyRuleDefinition(List.of("SATURDAY"), "10:00", "24:00")))),
                List.of(new ExceptionDefinition(LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 26), false,
                        List.of(new IntervalDefinition("10:00", "14:00")), "Weihnachtsmarkt")));
    }

    private static Schedule compile(ScheduleDefinition definition) {
        try {
            return ScheduleCompiler.compile(definition);
        } catch (InvalidScheduleException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Runs opening_hours.js over the values, in Berlin time (it evaluates in the runtime's local time). */
    private static JsonNode evaluate(JsonNode request) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", "evaluate.mjs").directory(EVALUATOR.toFile());
        builder.environment().put("TZ", "Europe/Berlin");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process node = builder.start();
        try (var input = node.getOutputStream()) {
            input.write(JSON.writeValueAsBytes(request));
        }
        byte[] output = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("opening_hours.js finished").isTrue();
        assertThat(node.exitValue()).as("opening_hours.js exit code").isZero();
        return JSON.readTree(output);
    }
}
