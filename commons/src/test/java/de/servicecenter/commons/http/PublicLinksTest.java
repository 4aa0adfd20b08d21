package de.servicecenter.commons.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links come from the configured public base URL, or are path-absolute; the request's Host never enters them. */
class PublicLinksTest {

    /** A request to {@code path}, whatever Host it claimed: only its path is there to be read. */
    private static UriInfo requestTo(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getPath") && (arguments == null || arguments.length == 0)) {
                        return path;
                    }
                    throw new AssertionError("links must not read " + method.getName() + " (it carries the Host)");
                });
    }

    @Test
    void withoutAConfiguredBaseTheLinkIsPathAbsolute() {
        PublicLinks links = new PublicLinks(Optional.empty());
        assertThat(links.below(requestTo("/api/v1/towns"), "castrop-rauxel"))
                .isEqualTo(URI.create("/api/v1/towns/castrop-rauxel"));
    }

    @Test
    void withAConfiguredBaseTheLinkStartsThere() {
        PublicLinks links = new PublicLinks(Optional.of(URI.create("https://api.servicecenter.example/tenant/")));
        assertThat(links.below(requestTo("/api/v1/towns"), "castrop-rauxel"))
                .isEqualTo(URI.create("https://api.servicecenter.example/tenant/api/v1/towns/castrop-rauxel"));
        assertThat(links.self(requestTo("/api/v1/towns/bochum/rule-set/draft")))
                .isEqualTo(URI.create("https://api.servicecenter.example/tenant/api/v1/towns/bochum/rule-set/draft"));
    }

    @Test
    void aSegmentIsEncodedNotInterpreted() {
        PublicLinks links = new PublicLinks(Optional.empty());
        assertThat(links.below(requestTo("/api/v1/service-areas"), "a b/../c").toString())
                .isEqualTo("/api/v1/service-areas/a%20b%2F..%2Fc");
    }
}
