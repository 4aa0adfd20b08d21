package de.servicecenter.contact.kpi;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What became of the questions the agents could not answer at once: the 115 promise ("an answer within 24 hours on
 * working days") kept or not, and the resolution rate once the handoffs' answers count too.
 */
@Schema(name = "HandoffFigures", description = """
        Handoffs created in the period (same town, centers and area; they have no channel). \
        answeredWithinPromiseRate = answeredWithinPromise / decided, where decided = created − open handoffs not yet \
        due (a returned or overdue one has missed the promise). resolutionRateIncludingHandoffs = \
        (resolvedAtFirstContact + contacts whose handoff was answered) / firstContactEligible — a handoff counts \
        for the contact it names.""")
public record HandoffFigures(
        @Schema(example = "58", description = "Handoffs created") long created,
        @Schema(example = "49", description = "Answered by the town's unit") long answered,
        @Schema(example = "44", description = "Answered by their due time") long answeredWithinPromise,
        @Schema(example = "3", description = "Given back by the unit") long returned,
        @Schema(example = "6", description = "Not closed yet") long open,
        @Schema(example = "2", description = "Not closed, and past their due time now") long overdue,
        @Schema(nullable = true, example = "0.8148", description = "answeredWithinPromise / decided; null when none "
                + "is decided") BigDecimal answeredWithinPromiseRate,
        @Schema(example = "2530", description = "Contacts resolved at first contact, plus those (CALLBACK_PROMISED "
                + "or FORWARDED) whose handoff was answered")
        long resolvedIncludingHandoffs,
        @Schema(nullable = true, example = "0.6932", description = "resolvedIncludingHandoffs / firstContactEligible; "
                + "null without eligible contacts") BigDecimal resolutionRateIncludingHandoffs) {

    /** The counts, as the database gives them. */
    public record Counts(long created, long answered, long answeredWithinPromise, long returned, long open,
                         long overdue, long contactsResolvedLater) {
    }

    /** The figures of these counts, beside the contacts' own. */
    static HandoffFigures of(Counts counts, KpiFigures contacts) {
        long openNotYetDue = counts.open() - counts.overdue();
        long decided = counts.created() - openNotYetDue;
        long resolved = contacts.resolvedAtFirstContact() + counts.contactsResolvedLater();
        return new HandoffFigures(counts.created(), counts.answered(), counts.answeredWithinPromise(), counts.returned(),
                counts.open(), counts.overdue(), KpiFigures.rate(counts.answeredWithinPromise(), decided), resolved,
                KpiFigures.rate(resolved, contacts.firstContactEligible()));
    }
}
