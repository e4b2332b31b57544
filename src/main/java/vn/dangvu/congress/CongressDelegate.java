package vn.dangvu.congress;

import java.util.UUID;

/**
 * A delegate as other modules read it (the election module builds a delegates' congress electorate from it).
 *
 * @param memberId the member
 * @param category official, alternate or ex officio
 * @param credential the credentials committee's finding
 * @param summoned whether they are summoned to the congress (official and ex officio delegates, and alternates who
 *     took an official delegate's place; not those rejected or replaced)
 * @param present whether they attend
 */
public record CongressDelegate(
        UUID memberId, DelegateCategory category, CredentialStatus credential, boolean summoned, boolean present) {}
