package vn.dangvu.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.meeting.BaseExclusion;

/**
 * A conference with everything on its page.
 *
 * @param id the conference
 * @param orgUnitId the unit whose body holds it
 * @param orgUnitName its name
 * @param body the body
 * @param kind regular, thematic, extraordinary or consultation
 * @param congressNumber the term's congress number ("khóa"), when the unit has a term on the day
 * @param number the number within the term (none for a consultation)
 * @param title the title
 * @param topic a thematic conference's topic
 * @param heldOn the day
 * @param place where
 * @param programmeItemId the planned thematic conference it fulfils
 * @param agenda the agenda, in order
 * @param groups the discussion groups
 * @param participants members of the body and guests
 * @param drafts the drafts with their versions
 * @param votes the votes on resolutions
 * @param base the vote base now (Charter Art. 9(5))
 * @param manageable whether the caller may change it
 * @param participantId the caller's own participation, if any
 * @param version optimistic-lock version
 */
public record ConferenceView(
        UUID id,
        long orgUnitId,
        String orgUnitName,
        ConferenceBody body,
        ConferenceKind kind,
        @Nullable Integer congressNumber,
        @Nullable Integer number,
        String title,
        @Nullable String topic,
        LocalDate heldOn,
        @Nullable String place,
        @Nullable UUID programmeItemId,
        List<ConferenceAgendaItem> agenda,
        List<ConferenceGroup> groups,
        List<ConferenceParticipant> participants,
        List<ConferenceDraft> drafts,
        List<ConferenceVote> votes,
        int base,
        boolean manageable,
        @Nullable UUID participantId,
        long version) {

    /**
     * An agenda item.
     *
     * @param id the item
     * @param position its place, from 1
     * @param title what
     * @param presenter who presents it
     */
    public record ConferenceAgendaItem(
            UUID id, int position, String title, @Nullable String presenter) {}

    /**
     * A discussion group (tổ).
     *
     * @param id the group
     * @param name its name
     * @param leaderName its leader (tổ trưởng)
     * @param members how many participants sit in it
     */
    public record ConferenceGroup(
            UUID id, String name, @Nullable String leaderName, int members) {}

    /**
     * A participant.
     *
     * @param id the participation
     * @param memberId the member, for a member of the body (a guest may have none)
     * @param fullName name
     * @param positionTitle position (chức vụ)
     * @param role body member or guest
     * @param exempt whether exempted from party activity
     * @param exclusion a standing exclusion from the vote base
     * @param attendance attendance, when taken
     * @param groupId the group they sit in
     * @param groupLeader whether they lead it
     * @param version optimistic-lock version
     */
    public record ConferenceParticipant(
            UUID id,
            @Nullable UUID memberId,
            String fullName,
            @Nullable String positionTitle,
            ParticipantRole role,
            boolean exempt,
            @Nullable BaseExclusion exclusion,
            @Nullable Presence attendance,
            @Nullable UUID groupId,
            boolean groupLeader,
            long version) {}

    /**
     * A draft document put to the conference.
     *
     * @param id the draft
     * @param position its place
     * @param title its title
     * @param responsible the official responsible for answering opinions on it
     * @param documentId a linked library document
     * @param versions its versions, the first the one put to the conference
     * @param opinions opinions on it
     */
    public record ConferenceDraft(
            UUID id,
            int position,
            String title,
            @Nullable String responsible,
            @Nullable Long documentId,
            List<ConferenceDraftVersion> versions,
            long opinions) {}

    /**
     * A version of a draft.
     *
     * @param id the version
     * @param number 1, 2, …
     * @param text its text
     * @param note what changed
     * @param opinionIds the opinions it takes in
     * @param createdAt when
     * @param createdBy by whom
     */
    public record ConferenceDraftVersion(
            UUID id,
            int number,
            @Nullable String text,
            @Nullable String note,
            List<UUID> opinionIds,
            Instant createdAt,
            String createdBy) {}

    /**
     * A vote on a resolution.
     *
     * @param id the vote
     * @param title the resolution
     * @param method how voted
     * @param votesFor for
     * @param against against
     * @param abstentions abstaining
     * @param base the vote base
     * @param adopted whether more than half of the base approved
     * @param documentId the NQ document issued
     * @param documentNumber its number, e.g. {@code 12-NQ/TU}
     * @param programmeItemId the planned thematic resolution it fulfils
     * @param createdAt when recorded
     */
    public record ConferenceVote(
            UUID id,
            String title,
            VoteMethod method,
            int votesFor,
            int against,
            int abstentions,
            int base,
            boolean adopted,
            @Nullable Long documentId,
            @Nullable String documentNumber,
            @Nullable UUID programmeItemId,
            Instant createdAt) {}
}
