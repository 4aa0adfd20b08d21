package de.servicecenter.benchmarks;

import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import de.servicecenter.openinghours.definition.WeeklyRuleDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Open now, and when does that change?" for the Kreis Soest schedule (three weekly rules, NRW holidays,
 * a Dienstleistungsabend and the closure between the years), at instants that need no, a short and a long
 * look ahead. Target (issue 3): at most 1 µs per evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class OpeningStatusBenchmark {

    /** Wall-clock instants in Europe/Berlin. */
    @Param({
            "2026-11-25T10:00",  // open: Wednesday morning, closes at 17:00
            "2026-11-27T14:00",  // closed: Friday afternoon, opens Monday
            "2026-04-02T18:00",  // closed: Thursday before Easter, opens Tuesday after Ostermontag
            "2026-12-23T18:00"}) // closed: before the closure between the years, opens 4 January
    public String at;

    private Schedule schedule;
    private Instant instant;

    @Setup
    public void compileSchedule() throws InvalidScheduleException {
        schedule = ScheduleCompiler.compile(new ScheduleDefinition("DE-NW",
                List.of(new WeeklyPeriodDefinition(LocalDate.of(2016, 1, 1), null, List.of(
                        new WeeklyRuleDefinition(List.of("MONDAY", "TUESDAY", "WEDNESDAY"), "08:00", "17:00"),
                        new WeeklyRuleDefinition(List.of("THURSDAY"), "08:00", "18:00"),
                        new WeeklyRuleDefinition(List.of("FRIDAY"), "08:00", "13:00")))),
                List.of(new ExceptionDefinition(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24), false,
                                List.of(new IntervalDefinition("08:00", "19:30")), "Dienstleistungsabend"),
                        new ExceptionDefinition(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), true,
                                List.of(), "Rathausschließung zwischen den Jahren"))));
        instant = LocalDateTime.parse(at).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        schedule.statusAt(instant); // holidays of the year are computed once per state, not per call
    }

    @Benchmark
    public Instant openNowAndNextChange() {
        return schedule.statusAt(instant).nextChange().orElse(null);
    }
}
