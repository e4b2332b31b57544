package vn.dangvu.election.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.congress.CongressDelegate;
import vn.dangvu.congress.CongressView;
import vn.dangvu.congress.Congresses;
import vn.dangvu.congress.DelegateCategory;
import vn.dangvu.election.ElectionManagement;
import vn.dangvu.election.ElectionManagement.VoterInput;
import vn.dangvu.election.ElectionOccasion;
import vn.dangvu.election.ElectionView;
import vn.dangvu.election.Elections;
import vn.dangvu.election.VoterExclusion;
import vn.dangvu.election.VoterKind;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberCard;
import vn.dangvu.shared.MemberDirectory;

/**
 * The electorate of a delegates' congress from the congress's own delegate list (QĐ 190-QĐ/TW, Art. 30; REGULATIONS
 * §8.6): every delegate summoned after the credentials review and the substitutions — official delegates as such,
 * members of the convening committee as ex officio delegates — with their attendance. An official delegate absent
 * without a substitute is marked so and leaves the base; an absent convening-committee member leaves it by the base
 * policy. Delegates rejected by the credentials committee, or replaced by an alternate, are not summoned and not listed.
 */
@Component
class CongressDelegateRoll {

    private final Elections elections;
    private final ElectionManagement management;
    private final Congresses congresses;
    private final MemberDirectory members;

    CongressDelegateRoll(
            Elections elections, ElectionManagement management, Congresses congresses, MemberDirectory members) {
        this.elections = elections;
        this.management = management;
        this.congresses = congresses;
        this.members = members;
    }

    /** Replaces the roll of a draft election with the delegates of a congress of the same organisation. */
    @Transactional
    int fill(UUID electionId, UUID congressId, long version, Actor actor) {
        ElectionView election = elections.view(electionId, actor);
        if (election.occasion() != ElectionOccasion.DELEGATES_CONGRESS) {
            throw DomainException.rule("election.roll.not-delegates-congress").onField("congressId");
        }
        CongressView congress = congresses.view(congressId, actor);
        if (congress.orgUnitId() != election.orgUnitId()) {
            throw DomainException.rule("election.roll.congress-of-other-unit", congress.title())
                    .onField("congressId");
        }
        List<VoterInput> roll = new ArrayList<>();
        for (CongressDelegate d : congresses.delegates(congressId)) {
            if (!d.summoned()) {
                continue;
            }
            boolean exOfficio = d.category() == DelegateCategory.EX_OFFICIO;
            VoterExclusion exclusion =
                    exOfficio || d.present() ? VoterExclusion.NONE : VoterExclusion.ABSENT_WITHOUT_SUBSTITUTE;
            String name = members.card(d.memberId())
                    .map(MemberCard::fullName)
                    .orElse(d.memberId().toString());
            roll.add(new VoterInput(
                    d.memberId(),
                    name,
                    exOfficio ? VoterKind.CONVENING_COMMITTEE_MEMBER : VoterKind.OFFICIAL_DELEGATE,
                    exclusion,
                    d.present(),
                    false));
        }
        if (roll.isEmpty()) {
            throw DomainException.rule("election.roll.no-delegates", congress.title())
                    .onField("congressId");
        }
        management.replaceVoters(electionId, roll, version, actor);
        return roll.size();
    }
}
