package de.servicecenter.contact.contactlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What became of the contacts the phone system and agents send: {@code scv_contacts_total{result}} counts contacts
 * stored and replayed (sent again under a key already stored), and requests refused — with the status, so that a
 * dashboard tells a phone system sending bad data (4xx) from an outage (503). Counted from the answers, so that
 * refusals by validation, by access and by the business rules are all seen.
 */
public class ContactMetrics {

    private final Counter stored;
    private final Counter replayed;
    private final MeterRegistry registry;

    ContactMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.stored = contacts(registry, "stored");
        this.replayed = contacts(registry, "replayed");
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/v1/contacts")) {
            return;
        }
        int status = response.getStatus();
        if (status >= 400) {
            Counter.builder("scv.contacts.refused")
                    .description("Requests logging contacts that were refused, by HTTP status")
                    .tag("status", String.valueOf(status))
                    .register(registry)
                    .increment();
        } else if (response.getEntity() instanceof ContactBatchResponse batch) {
            stored.increment(batch.stored());
            replayed.increment(batch.replayed());
        } else if (status == 201) {
            boolean wasReplayed = "true".equals(String.valueOf(response.getHeaders().getFirst(ContactResource.REPLAYED_HEADER)));
            (wasReplayed ? replayed : stored).increment();
        }
    }

    private static Counter contacts(MeterRegistry registry, String result) {
        return Counter.builder("scv.contacts")
                .description("Contacts logged: stored, or replayed under a key already stored")
                .tag("result", result)
                .register(registry);
    }
}
