package vn.dangvu.petition;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The classification of a petition (phân loại đơn).
 *
 * @param kind complaint, denunciation, proposal or feedback
 * @param competence the Party's or the State's
 * @param complex whether the case is complex (a complaint gets 45 days instead of 30, or 60 instead of 45)
 * @param secondInstance whether a complaint is a second-instance complaint (45 days instead of 30)
 * @param duplicateOf an earlier petition of the same matter, if any
 */
public record ClassifyPetition(
        PetitionKind kind,
        PetitionCompetence competence,
        boolean complex,
        boolean secondInstance,
        @Nullable UUID duplicateOf) {}
