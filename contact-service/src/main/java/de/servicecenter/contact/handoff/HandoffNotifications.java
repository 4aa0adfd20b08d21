package de.servicecenter.contact.handoff;

import de.servicecenter.commons.tenancy.RowScope;
import de.servicecenter.openinghours.BerlinTime;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells the receiving unit's functional mailbox of a new handoff. The mail carries what the handoff is about, when it
 * is due and where to open it — not the question, the name or the number: e-mail between town halls is not the place
 * for a citizen's data, the platform (encrypted, access-checked) is. A handoff is stored first and mailed after; one
 * that could not be mailed stays marked so, and the next run sends it (at least once, never lost).
 */
@ApplicationScoped
public class HandoffNotifications {

    private static final Logger LOG = Logger.getLogger(HandoffNotifications.class);
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'",
            Locale.GERMANY);
    private static final int BATCH = 50;

    private final HandoffRepository handoffs;
    private final Mailer mailer;
    private final Clock clock;
    private final String consoleUrl;
    /** Off the request thread and without its context: mailing is the service's own work. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("handoff-mail")
            .factory());

    HandoffNotifications(HandoffRepository handoffs, Mailer mailer, Clock clock,
                         @ConfigProperty(name = "scv.console.url") String consoleUrl) {
        this.handoffs = handoffs;
        this.mailer = mailer;
        this.clock = clock;
        this.consoleUrl = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
    }

    /** Sends what is waiting soon, without holding up the caller. */
    public void sendSoon() {
        sender.execute(this::sendWaiting);
    }

    @Scheduled(every = "${scv.handoffs.notify-every:1m}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendRegularly() {
        sendWaiting();
    }

    /** @return how many mails went out */
    synchronized int sendWaiting() {
        int sent = 0;
        try {
            for (HandoffRepository.ToNotify waiting : RowScope.system(() -> handoffs.toNotify(BATCH))) {
                mailer.send(mailOf(waiting));
                RowScope.system(() -> {
                    handoffs.markNotified(waiting.id(), clock.instant());
                    return null;
                });
                sent++;
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Handoff mails: %d sent, then: %s; the next run goes on", sent, e.getMessage());
        }
        return sent;
    }

    Mail mailOf(HandoffRepository.ToNotify handoff) {
        String service = handoff.leikaKey() == null ? handoff.serviceArea()
                : handoff.serviceArea() + ", LeiKa " + handoff.leikaKey();
        String due = GERMAN.format(handoff.dueAt().atZone(BerlinTime.ZONE));
        String body = """
                Guten Tag,

                das Servicecenter hat eine Anfrage an %s übergeben, die es im Gespräch nicht beantworten konnte.

                Anliegen: %s
                Antwort fällig bis: %s

                Frage, Name und Rückrufnummer stehen aus Datenschutzgründen nicht in dieser E-Mail. Öffnen Sie die
                Anfrage im ServiceCenter-Verbund:
                %s/handoffs/%s

                Diese Nachricht wurde automatisch versandt.
                """.formatted(handoff.unit().name(), service, due, consoleUrl, handoff.id());
        return Mail.withText(handoff.unit().mail(), "Rückrufbitte für " + handoff.unit().name() + " – fällig bis "
                + due, body).addHeader("X-SCV-Handoff", handoff.id().toString());
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
