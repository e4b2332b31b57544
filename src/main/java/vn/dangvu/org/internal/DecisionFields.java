package vn.dangvu.org.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.dangvu.org.OrgDecision;

/** The decision fields every organisation-change request carries (validated on each request record). */
interface DecisionFields {

    String decisionNumber();

    @Nullable
    LocalDate decisionDate();

    String issuer();

    @Nullable
    LocalDate effectiveOn();

    /** The decision, once Bean Validation has checked that every field is present. */
    default OrgDecision decision() {
        return new OrgDecision(
                decisionNumber(),
                Objects.requireNonNull(decisionDate()),
                issuer(),
                Objects.requireNonNull(effectiveOn()));
    }
}
