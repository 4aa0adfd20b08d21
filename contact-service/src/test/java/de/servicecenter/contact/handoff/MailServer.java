package de.servicecenter.contact.handoff;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1 for contact-service's tests: the service's mailer
 * delivers to it over SMTP, and the tests read what arrived.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    /** The server of the application running now, for the tests to read. */
    private static volatile GreenMail greenMail;
    /** This resource's own server: a test profile restarts the application, starting the next before this stops. */
    private GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        greenMail = server;
        // The sender retries what is unsent every few seconds here (every minute in production): a send that failed
        // or timed out on a loaded CI machine is retried within a test's patience, as it would be in production.
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "scv.handoffs.notify-every", "3s");
    }

    /** Waits up to {@code millis} for the mail about this handoff (its X-SCV-Handoff header); null if none came. */
    static MimeMessage awaitAbout(String handoff, long millis) throws Exception {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            for (MimeMessage mail : greenMail.getReceivedMessages()) {
                String[] header = mail.getHeader("X-SCV-Handoff");
                if (header != null && header[0].equals(handoff)) {
                    return mail;
                }
            }
            Thread.sleep(50);
        }
        return null;
    }

    static void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
