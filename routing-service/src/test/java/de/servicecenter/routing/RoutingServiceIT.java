package de.servicecenter.routing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The baseline again, against the packaged service — the native executable in the native profile (README "Native
 * executables"): started as a process of its own, with the test stack and the test profile.
 */
@QuarkusIntegrationTest
class RoutingServiceIT extends RoutingServiceBaselineTest {
}
