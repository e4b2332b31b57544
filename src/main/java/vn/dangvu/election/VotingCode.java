package vn.dangvu.election;

import java.util.UUID;

/**
 * A one-time voting code handed to a voter (printed, or as a QR code) for a round of electronic voting; shown once,
 * stored only as a hash.
 *
 * @param voterId the roll entry
 * @param fullName the voter
 * @param round the round it is valid for
 * @param code the code, {@code XXXXX-XXXXX}
 */
public record VotingCode(UUID voterId, String fullName, int round, String code) {}
