package com.salesperf.notification.boundary;

import com.salesperf.notification.control.MailSender;
import com.salesperf.notification.control.MailSettings;
import com.salesperf.notification.control.NotificationCreated;
import com.salesperf.notification.entity.Notification;
import com.salesperf.organization.entity.PortalUser;
import com.salesperf.platform.boundary.Texts;
import com.salesperf.platform.control.PortalLanguage;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails a copy of each notification to the recipient's address, only when an SMTP host is
 * configured (off by default) and only after the sending transaction committed. Sending runs on the
 * managed executor, so a slow mail relay never holds up the person who triggered it.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portal@localhost")
    String from;

    /** The portal's public address, to turn a notification's link into a full URL. */
    @Inject
    @ConfigProperty(name = "portal.mail.base-url")
    Optional<String> baseUrl;

    @Resource ManagedExecutorService executor;

    @PersistenceContext EntityManager em;

    void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated event) {
        MailSettings settings = new MailSettings(host.orElse(null), port, from, baseUrl.orElse(""));
        if (!settings.enabled()) {
            return;
        }
        Notification notification = em.find(Notification.class, event.id());
        PortalUser user =
                em.createNamedQuery("PortalUser.findByUsername", PortalUser.class)
                        .setParameter("username", event.recipient())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (notification == null || user == null || user.getEmail() == null) {
            return;
        }
        Locale locale = PortalLanguage.of(user.getLocale());
        String subject = title(notification, locale);
        String body =
                subject
                        + (notification.getLink() == null
                                ? ""
                                : "\n\n" + settings.baseUrl() + notification.getLink());
        String to = user.getEmail();
        executor.execute(() -> send(settings, to, subject, body));
    }

    private static void send(MailSettings settings, String to, String subject, String body) {
        try {
            MailSender.send(settings, to, subject, body);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "notification mail not sent: " + e.getMessage());
        }
    }

    static String title(Notification n, Locale locale) {
        if (n.getBodyText() != null) {
            return n.getBodyText();
        }
        List<?> args =
                n.getArgsJson() == null
                        ? List.of()
                        : JsonbBuilder.create().fromJson(n.getArgsJson(), List.class);
        return Texts.get(locale, "notification.kind." + n.getKind().name(), args.toArray());
    }
}
