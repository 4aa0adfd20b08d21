package de.servicecenter.contact.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.servicecenter.commons.problem.FieldError;
import de.servicecenter.commons.problem.InvalidInputProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A roster as spreadsheets save it: semicolons or commas, a byte-order mark, columns in any order, blank lines. */
class PlanningCsvTest {

    @Test
    void readsWhatSpreadsheetsWrite() {
        StaffPlan plan = PlanningCsv.plan("\uFEFFagents,date,start\r\n5,2026-12-07,08:00\r\n\r\n6,2026-12-07,08:30\r\n");
        assertThat(plan.intervals()).containsExactly(new StaffPlan.Interval(LocalDate.of(2026, 12, 7), "08:00", 5),
                new StaffPlan.Interval(LocalDate.of(2026, 12, 7), "08:30", 6));
        assertThat(plan.intervals().get(1).halfHour()).isEqualTo(17);
        assertThat(PlanningCsv.plan(PlanningCsv.PLAN_EXAMPLE).intervals()).hasSize(2);
    }

    @Test
    void namesEveryWrongCellByItsLine() {
        InvalidInputProblem problem = catchThrowableOfType(InvalidInputProblem.class, () -> PlanningCsv.plan(
                "date;start;agents\n2026-12-07;08:00;5\n07.12.2026;08:15;-1\n2026-12-07;09:00\n"));
        assertThat(problem.errors()).extracting(FieldError::field)
                .containsExactly("line 3", "line 3", "line 3", "line 4");
        assertThat(problem.errors()).extracting(FieldError::message).anySatisfy(message ->
                assertThat(message).contains("07.12.2026")).anySatisfy(message ->
                assertThat(message).contains("HH:00 or HH:30")).anySatisfy(message ->
                assertThat(message).contains("has 2 cells for 3 columns"));
    }

    @Test
    void namesTheSpreadsheetsLineAlsoBelowBlankLines() {
        InvalidInputProblem problem = catchThrowableOfType(InvalidInputProblem.class, () -> PlanningCsv.plan(
                "\ndate;start;agents\n2026-12-07;08:00;5\n\n\n2026-12-07;08:30;viele\n"));
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("line 6");
        assertThat(catchThrowableOfType(InvalidInputProblem.class, () -> PlanningCsv.plan("\n\nDatum;Beginn\n"))
                .errors()).extracting(FieldError::field).containsExactly("line 3");
    }

    @Test
    void aFileWithoutTheColumnsOrRowsIsRefusedAsAWhole() {
        assertThat(catchThrowableOfType(InvalidInputProblem.class, () -> PlanningCsv.plan("Datum;Beginn;Anzahl\n"))
                .errors()).extracting(FieldError::field).containsExactly("line 1");
        assertThat(catchThrowableOfType(InvalidInputProblem.class, () -> PlanningCsv.plan(" \n"))
                .errors()).extracting(FieldError::field).containsExactly("body");
    }
}
