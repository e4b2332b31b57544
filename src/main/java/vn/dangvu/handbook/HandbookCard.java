package vn.dangvu.handbook;

import org.jspecify.annotations.Nullable;
import vn.dangvu.shared.MemberCard;

/**
 * The member's card in the handbook: the summary of QĐ 339-QĐ/TW (REGULATIONS §2.4) and the payload of the QR code a
 * secretary scans to check the member in at a meeting.
 *
 * @param member the card summary
 * @param qrPayload {@code DANGVU-CARD:<card number>}, or {@code null} while the member has no party card (cards are
 *     issued to official members only, REGULATIONS §2.5)
 */
public record HandbookCard(MemberCard member, @Nullable String qrPayload) {

    /** The prefix of the check-in QR payload. */
    public static final String QR_PREFIX = "DANGVU-CARD:";

    public static HandbookCard of(MemberCard member) {
        String card = member.cardNumber();
        return new HandbookCard(member, card == null || card.isBlank() ? null : QR_PREFIX + card);
    }
}
