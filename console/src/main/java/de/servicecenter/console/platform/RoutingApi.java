package de.servicecenter.console.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** routing-service: how a popped call is tagged. */
@RegisterRestClient(configKey = "routing-service")
@RegisterProvider(UserAccessToken.class)
@Path("/api/v1/routing")
public interface RoutingApi {

    /** The decision the phone system got for a call (404 unless the user may read the call's town and area). */
    @GET
    @Path("calls/{callId}")
    RecordedCall call(@PathParam("callId") String callId);

    /** The menu of a dialled number (404 unless the user may read its town). */
    @GET
    @Path("menus")
    Menu menu(@QueryParam("number") String number);

    record RecordedCall(String callId, OffsetDateTime decidedAt, String dialledNumber, String menuOption,
                        Decision decision) {
    }

    record Decision(String action, String serviceCenter, Tag tag, String ruleName) {
    }

    record Tag(String town, String serviceArea, String leikaKey) {
    }

    record Menu(String town, String number, String name, List<Option> options, String defaultServiceArea) {

        /** The area a key stands for: the option's, else (no key, or a key not offered) the default. */
        public Option chosen(String key) {
            return options.stream().filter(option -> option.key().equals(key)).findFirst()
                    .orElseGet(() -> new Option(null, defaultServiceArea, null, null));
        }
    }

    record Option(String key, String serviceArea, String leikaKey, String label) {
    }
}
