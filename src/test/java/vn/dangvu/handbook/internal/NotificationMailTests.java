package vn.dangvu.handbook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import vn.dangvu.shared.MemberCard;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.MemberNotifications.Notice;

/** Notifications by e-mail: only with a mail server, only to members with an address, one message each. */
class NotificationMailTests {

    private static final UUID WITH_MAIL = UUID.randomUUID();
    private static final UUID WITHOUT_MAIL = UUID.randomUUID();
    private static final Notice NOTICE = new Notice(
            "meeting.invited", "Mời sinh hoạt chi bộ tháng 4", "Ngày 04/04/2026, 14:00", "/handbook/meetings/1");

    private final List<SimpleMailMessage> sent = new ArrayList<>();

    @Test
    void withoutAMailServerNothingIsSent() {
        mail(null).afterCommit(List.of(WITH_MAIL), NOTICE);
        assertThat(sent).isEmpty();
    }

    @Test
    void eachMemberWithAnAddressGetsTheirOwnMessageWithTheLink() {
        mail(recorder()).afterCommit(List.of(WITH_MAIL, WITHOUT_MAIL), NOTICE);
        assertThat(sent).hasSize(1);
        SimpleMailMessage message = sent.get(0);
        assertThat(message.getTo()).containsExactly("an@example.vn");
        assertThat(message.getSubject()).isEqualTo("Mời sinh hoạt chi bộ tháng 4");
        assertThat(message.getText())
                .contains("Ngày 04/04/2026, 14:00")
                .contains("https://sotay.example.vn/handbook/meetings/1");
    }

    @Test
    void aFailedDeliveryIsLoggedNotThrown() {
        MailSender failing = new MailSender() {
            @Override
            public void send(SimpleMailMessage message) {
                throw new MailSendException("connection refused");
            }

            @Override
            public void send(SimpleMailMessage... messages) {
                throw new MailSendException("connection refused");
            }
        };
        mail(failing).afterCommit(List.of(WITH_MAIL), NOTICE);
    }

    private MailSender recorder() {
        return new MailSender() {
            @Override
            public void send(SimpleMailMessage message) {
                sent.add(message);
            }

            @Override
            public void send(SimpleMailMessage... messages) {
                sent.addAll(List.of(messages));
            }
        };
    }

    private NotificationMail mail(MailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (sender != null) {
            beans.addBean("mailSender", sender);
        }
        return new NotificationMail(
                beans.getBeanProvider(MailSender.class),
                new Directory(),
                new SyncTaskExecutor(),
                "sotay@example.vn",
                "https://sotay.example.vn/");
    }

    private static final class Directory implements MemberDirectory {
        @Override
        public Optional<UUID> findByLogin(String login) {
            return Optional.empty();
        }

        @Override
        public Optional<MemberCard> card(UUID memberId) {
            return Optional.empty();
        }

        @Override
        public Map<UUID, String> emails(Collection<UUID> memberIds) {
            return memberIds.contains(WITH_MAIL) ? Map.of(WITH_MAIL, "an@example.vn") : Map.of();
        }
    }
}
