package de.servicecenter.contact.handoff;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.DependencyUnavailableProblem;
import de.servicecenter.commons.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Who receives a handoff: the unit (or contact point) of the caller's town responsible for the concern, by the
 * town's directory in knowledge-service — the same answer the agent sees for "put through to whom?".
 */
@ApplicationScoped
public class ResponsibleUnits {

    private static final Logger LOG = Logger.getLogger(ResponsibleUnits.class);

    private final DirectoryApi directory;

    ResponsibleUnits(@RestClient DirectoryApi directory) {
        this.directory = directory;
    }

    /** The receiving unit, with its mailbox; a 422 naming what is missing when there is none. */
    public Handoff.Unit of(String authorization, HandoffRequest request) {
        DirectoryApi.Transfer transfer;
        try {
            transfer = directory.transfer(authorization, request.town(), request.serviceArea(), request.leikaKey(),
                    request.surname(), request.postalCode(), request.street());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw BusinessRuleProblem.onField("town", "'" + request.town() + "' has no directory of its units "
                        + "for you; a handoff needs one to know who answers it");
            }
            LOG.warnf("knowledge-service answered %d to a directory lookup", status);
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("knowledge-service did not answer a directory lookup: %s", e.getMessage());
            throw unavailable();
        }
        DirectoryApi.Target target = transfer.responsible();
        if (target == null) {
            List<String> askFor = transfer.askFor() == null ? List.of() : transfer.askFor();
            if (!askFor.isEmpty()) {
                throw new BusinessRuleProblem("The town's directory names who is responsible only with more about "
                        + "the caller.", askFor.stream().map(field -> new FieldError(field,
                        "is needed to find the responsible unit")).toList());
            }
            throw BusinessRuleProblem.onField("serviceArea", "no unit of '" + request.town() + "' is responsible for '"
                    + request.serviceArea() + "'" + (request.leikaKey() == null ? "" : " / " + request.leikaKey()));
        }
        if (target.mail() == null || target.mail().isBlank()) {
            throw BusinessRuleProblem.onField("serviceArea", "'" + target.unitName() + "' has no mailbox in the "
                    + "town's directory; put the caller through or call the town instead");
        }
        String name = target.function() == null ? target.unitName() : target.unitName() + " – " + target.function();
        return new Handoff.Unit(target.unit(), name, target.mail());
    }

    private static DependencyUnavailableProblem unavailable() {
        return new DependencyUnavailableProblem("The town's directory cannot be read just now; nothing was handed "
                + "over. Try again in a minute.");
    }
}
