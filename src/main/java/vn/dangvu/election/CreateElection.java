package vn.dangvu.election;

import java.time.LocalDate;

/**
 * An election to prepare.
 *
 * @param orgUnitId the organisation holding it
 * @param title e.g. "Bầu Ban Chấp hành Đảng bộ khóa XV"
 * @param occasion members' congress, delegates' congress or committee plenum
 * @param body what is elected
 * @param seats how many are elected
 * @param heldOn the day
 * @param directSecretary whether the congress elects the secretary directly (bầu trực tiếp bí thư)
 */
public record CreateElection(
        long orgUnitId,
        String title,
        ElectionOccasion occasion,
        ElectedBody body,
        int seats,
        LocalDate heldOn,
        boolean directSecretary) {}
