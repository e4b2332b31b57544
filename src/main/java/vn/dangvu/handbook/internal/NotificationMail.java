package vn.dangvu.handbook.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.MemberNotifications.Notice;

/**
 * Notifications by e-mail, when a mail server is configured ({@code spring.mail.host}): to the members who gave an
 * address, after the change that caused them has committed (a rolled-back change sends nothing), off the request
 * thread. A failed delivery is logged and does not undo anything: the in-app notification is the record.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<MailSender> mailSender;
    private final MemberDirectory members;
    private final TaskExecutor executor;
    private final String from;
    private final @Nullable String baseUrl;

    @Autowired
    NotificationMail(
            ObjectProvider<MailSender> mailSender,
            MemberDirectory members,
            @Value("${dangvu.handbook.mail-from:sotay@dangvu.local}") String from,
            @Value("${dangvu.handbook.base-url:}") String baseUrl) {
        this(mailSender, members, mailThreads(), from, baseUrl);
    }

    NotificationMail(
            ObjectProvider<MailSender> mailSender,
            MemberDirectory members,
            TaskExecutor executor,
            String from,
            String baseUrl) {
        this.mailSender = mailSender;
        this.members = members;
        this.executor = executor;
        this.from = from;
        this.baseUrl = baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
    }

    /** At most two deliveries at a time, on threads of their own: a slow mail server never holds a request. */
    private static TaskExecutor mailThreads() {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("notification-mail-");
        threads.setConcurrencyLimit(2);
        return threads;
    }

    /** Sends the notice by e-mail after the current transaction commits (at once without a transaction). */
    void afterCommit(Collection<UUID> memberIds, Notice notice) {
        MailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Map<UUID, String> emails = members.emails(memberIds);
        if (emails.isEmpty()) {
            return;
        }
        List<SimpleMailMessage> messages = messages(emails.values(), notice);
        Runnable send = () -> executor.execute(() -> deliver(sender, messages));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    /** One message per address: members do not see each other's addresses. */
    List<SimpleMailMessage> messages(Collection<String> addresses, Notice notice) {
        StringBuilder text = new StringBuilder();
        if (notice.body() != null) {
            text.append(notice.body()).append("\n\n");
        }
        if (notice.link() != null && baseUrl != null) {
            text.append("Xem trong Sổ tay đảng viên: ")
                    .append(baseUrl)
                    .append(notice.link())
                    .append("\n");
        }
        text.append("\n— Sổ tay đảng viên điện tử");
        List<SimpleMailMessage> messages = new ArrayList<>();
        for (String address : addresses) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(notice.title());
            message.setText(text.toString());
            messages.add(message);
        }
        return messages;
    }

    private static void deliver(MailSender sender, List<SimpleMailMessage> messages) {
        for (SimpleMailMessage message : messages) {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("notification e-mail to {} not delivered: {}", message.getTo(), e.getMessage());
            }
        }
    }
}
