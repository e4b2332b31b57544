package vn.dangvu.petition.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dangvu.petition.PetitionChannel;
import vn.dangvu.petition.PetitionCompetence;
import vn.dangvu.petition.PetitionKind;
import vn.dangvu.petition.PetitionState;

/** A {@code petition} row. */
public record PetitionRow(
        UUID id,
        long receivedUnitId,
        long handlingUnitId,
        String petitionerName,
        String petitionerAddress,
        @Nullable String petitionerPhone,
        @Nullable String petitionerIdNo,
        PetitionChannel channel,
        LocalDate receivedOn,
        String subject,
        String content,
        @Nullable PetitionKind kind,
        @Nullable PetitionCompetence competence,
        boolean complex,
        boolean secondInstance,
        @Nullable UUID duplicateOf,
        PetitionState state,
        LocalDate acceptDue,
        @Nullable LocalDate acceptedOn,
        @Nullable LocalDate settleDue,
        int extensions,
        @Nullable String guidance,
        @Nullable String replyText,
        @Nullable LocalDate repliedOn,
        long version) {

    /** The deadline that runs now: acceptance until accepted, then settlement; none once closed. */
    public @Nullable LocalDate due() {
        return switch (state) {
            case RECEIVED, ROUTED -> acceptDue;
            case ACCEPTED -> settleDue;
            case GUIDED, SETTLED -> null;
        };
    }

    /** A changed copy of a row; the fields that handling may change. */
    public static final class Builder {
        private final PetitionRow from;
        private long handlingUnitId;
        private @Nullable PetitionKind kind;
        private @Nullable PetitionCompetence competence;
        private boolean complex;
        private boolean secondInstance;
        private @Nullable UUID duplicateOf;
        private PetitionState state;
        private LocalDate acceptDue;
        private @Nullable LocalDate acceptedOn;
        private @Nullable LocalDate settleDue;
        private int extensions;
        private @Nullable String guidance;
        private @Nullable String replyText;
        private @Nullable LocalDate repliedOn;

        public Builder(PetitionRow from) {
            this.from = from;
            this.handlingUnitId = from.handlingUnitId();
            this.kind = from.kind();
            this.competence = from.competence();
            this.complex = from.complex();
            this.secondInstance = from.secondInstance();
            this.duplicateOf = from.duplicateOf();
            this.state = from.state();
            this.acceptDue = from.acceptDue();
            this.acceptedOn = from.acceptedOn();
            this.settleDue = from.settleDue();
            this.extensions = from.extensions();
            this.guidance = from.guidance();
            this.replyText = from.replyText();
            this.repliedOn = from.repliedOn();
        }

        public Builder handlingUnitId(long value) {
            this.handlingUnitId = value;
            return this;
        }

        public Builder kind(@Nullable PetitionKind value) {
            this.kind = value;
            return this;
        }

        public Builder competence(@Nullable PetitionCompetence value) {
            this.competence = value;
            return this;
        }

        public Builder complex(boolean value) {
            this.complex = value;
            return this;
        }

        public Builder secondInstance(boolean value) {
            this.secondInstance = value;
            return this;
        }

        public Builder duplicateOf(@Nullable UUID value) {
            this.duplicateOf = value;
            return this;
        }

        public Builder state(PetitionState value) {
            this.state = value;
            return this;
        }

        public Builder acceptDue(LocalDate value) {
            this.acceptDue = value;
            return this;
        }

        public Builder acceptedOn(@Nullable LocalDate value) {
            this.acceptedOn = value;
            return this;
        }

        public Builder settleDue(@Nullable LocalDate value) {
            this.settleDue = value;
            return this;
        }

        public Builder extensions(int value) {
            this.extensions = value;
            return this;
        }

        public Builder guidance(@Nullable String value) {
            this.guidance = value;
            return this;
        }

        public Builder replyText(@Nullable String value) {
            this.replyText = value;
            return this;
        }

        public Builder repliedOn(@Nullable LocalDate value) {
            this.repliedOn = value;
            return this;
        }

        public PetitionRow build() {
            return new PetitionRow(
                    from.id(),
                    from.receivedUnitId(),
                    handlingUnitId,
                    from.petitionerName(),
                    from.petitionerAddress(),
                    from.petitionerPhone(),
                    from.petitionerIdNo(),
                    from.channel(),
                    from.receivedOn(),
                    from.subject(),
                    from.content(),
                    kind,
                    competence,
                    complex,
                    secondInstance,
                    duplicateOf,
                    state,
                    acceptDue,
                    acceptedOn,
                    settleDue,
                    extensions,
                    guidance,
                    replyText,
                    repliedOn,
                    from.version());
        }
    }
}
