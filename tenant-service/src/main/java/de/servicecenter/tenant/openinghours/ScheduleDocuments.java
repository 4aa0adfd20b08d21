package de.servicecenter.tenant.openinghours;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.openinghours.InvalidScheduleException;
import de.servicecenter.openinghours.Schedule;
import de.servicecenter.openinghours.ScheduleCompiler;
import de.servicecenter.openinghours.definition.ExceptionDefinition;
import de.servicecenter.openinghours.definition.IntervalDefinition;
import de.servicecenter.openinghours.definition.ScheduleDefinition;
import de.servicecenter.openinghours.definition.WeeklyPeriodDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Between stored schedules and the opening-hours library: JSON columns to definitions and back, and
 * compiling a definition, with every mistake answered as 422 naming its field.
 */
@ApplicationScoped
public class ScheduleDocuments {

    private static final TypeReference<List<WeeklyPeriodDefinition>> WEEKLY = new TypeReference<>() {
    };
    private static final TypeReference<List<IntervalDefinition>> HOURS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ScheduleDocuments(ObjectMapper json) {
        this.json = json;
    }

    public ScheduleDefinition definitionOf(OpeningSchedule schedule, List<OpeningException> exceptions) {
        return new ScheduleDefinition(schedule.publicHolidays().orElse(null), weeklyPeriods(schedule),
                exceptions.stream().map(this::definitionOf).toList());
    }

    public ExceptionDefinition definitionOf(OpeningException exception) {
        return new ExceptionDefinition(exception.firstDay(), exception.lastDay(), exception.closed(),
                read(exception.hoursJson(), HOURS), exception.reason());
    }

    public List<WeeklyPeriodDefinition> weeklyPeriods(OpeningSchedule schedule) {
        return read(schedule.weeklyPeriodsJson(), WEEKLY);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles what was stored; it was valid when written, so failing here is a bug, not bad input. */
    public Schedule compileStored(ScheduleDefinition definition) {
        try {
            return ScheduleCompiler.compile(definition);
        } catch (InvalidScheduleException e) {
            throw new IllegalStateException("stored schedule no longer compiles: " + e.getMessage(), e);
        }
    }

    /**
     * Compiles a definition from a request; mistakes become a 422 problem with one error per field.
     *
     * @param renamePath maps the library's paths to the request's (e.g. {@code exceptions[3].lastDay} to
     *                   {@code lastDay} when one exception was posted)
     */
    static Schedule compileRequested(ScheduleDefinition definition, UnaryOperator<String> renamePath) {
        try {
            return ScheduleCompiler.compile(definition);
        } catch (InvalidScheduleException e) {
            List<FieldError> errors = e.violations().stream()
                    .map(violation -> new FieldError(renamePath.apply(violation.path()), violation.message()))
                    .toList();
            throw new BusinessRuleProblem(errors.size() == 1 ? errors.getFirst().field() + " "
                    + errors.getFirst().message() : errors.size() + " mistakes in the opening hours.", errors);
        }
    }
}
