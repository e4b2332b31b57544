package vn.dangvu.shared;

import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Port of the members' notifications (implemented by the handbook module): any module tells members about something
 * that concerns them — an invitation, new materials, a document to read, an answer to their feedback. The
 * notifications are written in the caller's transaction, so a rolled-back write notifies nobody; e-mail, when a mail
 * server is configured, is sent after the commit.
 */
public interface MemberNotifications {

    /**
     * Notifies members.
     *
     * @param memberIds who is told
     * @param notice what they are told
     */
    void notify(Collection<UUID> memberIds, Notice notice);

    /**
     * One notification.
     *
     * @param kind stable code of what happened, e.g. {@code meeting.invited}, {@code document.published}
     * @param title short Vietnamese title shown in the list
     * @param body longer text, or {@code null}
     * @param link path inside the handbook to open, e.g. {@code /handbook/meetings/…}, or {@code null}
     */
    record Notice(
            String kind,
            String title,
            @Nullable String body,
            @Nullable String link) {}
}
