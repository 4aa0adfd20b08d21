package de.servicecenter.contact.handoff;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1 for contact-service's tests: the service's mailer
 * delivers to it over SMTP, and the tests read what arrived.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    /** Every mail received so far. */
    static List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * Waits up to {@code millis} until {@code count} mails have arrived in all (GreenMail's own wait counts only mails
     * arriving after it started waiting).
     */
    static boolean await(int count, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        while (greenMail.getReceivedMessages().length < count) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
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
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
