package vn.dangvu.conference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.conference.ParticipantRole;
import vn.dangvu.conference.Presence;
import vn.dangvu.conference.internal.ResolutionVotePolicy.Seat;
import vn.dangvu.meeting.BaseExclusion;
import vn.dangvu.shared.DomainException;

/** Điều lệ Đảng Art. 9(5), QĐ 24-QĐ/TW §9.3 (REGULATIONS §7.1, §9): more than half of the body's members. */
class ResolutionVotePolicyTests {

    @Test
    void moreThanHalfOfTheBaseAdoptsAndExactlyHalfFails() {
        List<Seat> ten = present(10);
        assertThat(ResolutionVotePolicy.decide(ten, 6, 4, 0).adopted()).isTrue();
        assertThat(ResolutionVotePolicy.decide(ten, 5, 5, 0).adopted())
                .as("exactly half fails")
                .isFalse();
        List<Seat> eleven = present(11);
        assertThat(ResolutionVotePolicy.decide(eleven, 6, 0, 0).adopted()).isTrue();
        assertThat(ResolutionVotePolicy.decide(eleven, 5, 0, 0).adopted()).isFalse();
    }

    @Test
    void theBaseIsTheBodyNotThosePresent() {
        List<Seat> seats = present(6);
        for (int i = 0; i < 5; i++) {
            seats.add(new Seat(ParticipantRole.BODY_MEMBER, false, null, Presence.ABSENT));
        }
        ResolutionVotePolicy.Outcome outcome = ResolutionVotePolicy.decide(seats, 5, 0, 0);
        assertThat(outcome.base()).isEqualTo(11);
        assertThat(outcome.adopted())
                .as("5 of 6 present, but not more than half of 11")
                .isFalse();
    }

    @Test
    void theExclusionsOfTheRegulationLeaveTheBase() {
        List<Seat> seats = present(5);
        seats.add(new Seat(ParticipantRole.BODY_MEMBER, false, BaseExclusion.SUSPENDED, Presence.ABSENT));
        seats.add(new Seat(ParticipantRole.BODY_MEMBER, false, BaseExclusion.TEMPORARILY_ELSEWHERE, null));
        seats.add(new Seat(ParticipantRole.BODY_MEMBER, false, BaseExclusion.PROSECUTED, null));
        seats.add(new Seat(ParticipantRole.BODY_MEMBER, false, null, Presence.EXCUSED));
        seats.add(new Seat(ParticipantRole.BODY_MEMBER, true, null, Presence.ABSENT));
        seats.add(new Seat(ParticipantRole.GUEST, false, null, Presence.PRESENT));
        assertThat(ResolutionVotePolicy.base(seats)).isEqualTo(5);
        assertThat(ResolutionVotePolicy.decide(seats, 3, 2, 0).adopted()).isTrue();

        seats.add(new Seat(ParticipantRole.BODY_MEMBER, true, null, Presence.PRESENT));
        assertThat(ResolutionVotePolicy.base(seats))
                .as("an exempted member present and voting counts")
                .isEqualTo(6);
        assertThat(ResolutionVotePolicy.decide(seats, 3, 3, 0).adopted()).isFalse();
    }

    @Test
    void aTallyBeyondThoseOfTheBasePresentIsRefused() {
        List<Seat> seats = present(3);
        seats.add(new Seat(ParticipantRole.GUEST, false, null, Presence.PRESENT));
        assertThatThrownBy(() -> ResolutionVotePolicy.decide(seats, 3, 1, 0))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("conference.vote.exceeds-present");
        assertThatThrownBy(() -> ResolutionVotePolicy.decide(List.of(), 0, 0, 0))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("conference.vote.no-base");
    }

    private static List<Seat> present(int n) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seats.add(new Seat(ParticipantRole.BODY_MEMBER, false, null, Presence.PRESENT));
        }
        return seats;
    }
}
