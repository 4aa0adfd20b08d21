package de.servicecenter.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from the service's {@code /q/metrics}, as Prometheus would scrape it. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /**
     * The value of the sample whose name is {@code name} and whose labels include every {@code label="value"} pair
     * given; 0 when there is none yet.
     */
    public static double value(String name, String... labels) {
        String scraped = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$").matcher(scraped);
        while (line.find()) {
            String found = line.group(1) == null ? "" : line.group(1);
            boolean matches = true;
            for (String label : labels) {
                matches &= found.contains(label);
            }
            if (matches) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
