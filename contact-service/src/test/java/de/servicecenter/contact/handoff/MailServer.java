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

    /** Waits up to {@code millis} for {@code count} mails in all. */
    static boolean await(int count, long millis) {
        return greenMail.waitForIncomingEmail(millis, count);
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
