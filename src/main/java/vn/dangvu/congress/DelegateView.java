package vn.dangvu.congress;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delegate to a congress.
 *
 * @param id delegate id
 * @param memberId the member
 * @param fullName their name
 * @param memberUnitId their cell
 * @param memberUnitName its name
 * @param category official, alternate or ex officio
 * @param electedBy which lower congress elected them
 * @param credential the credentials committee's finding
 * @param rejectionReason why they were not accepted
 * @param substitutesId the official delegate whose place this alternate took
 * @param substitutedById the alternate who took this official delegate's place
 * @param summoned whether they are summoned to the congress
 * @param present whether they attend
 * @param version optimistic-lock version
 */
public record DelegateView(
        UUID id,
        UUID memberId,
        String fullName,
        long memberUnitId,
        String memberUnitName,
        DelegateCategory category,
        @Nullable String electedBy,
        CredentialStatus credential,
        @Nullable String rejectionReason,
        @Nullable UUID substitutesId,
        @Nullable UUID substitutedById,
        boolean summoned,
        boolean present,
        long version) {}
