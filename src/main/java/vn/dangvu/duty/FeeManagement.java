package vn.dangvu.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.duty.internal.fee.ArrearsPolicy;
import vn.dangvu.duty.internal.fee.FeeBook;
import vn.dangvu.duty.internal.fee.FeeImporter;
import vn.dangvu.duty.internal.fee.FeeMembers;
import vn.dangvu.duty.internal.fee.FeePolicy;
import vn.dangvu.duty.internal.fee.FeeStore;
import vn.dangvu.member.CellRosters.RosterMember;
import vn.dangvu.member.RemovalGround;
import vn.dangvu.member.RemovalProposal;
import vn.dangvu.member.RemovalProposals;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;

/**
 * Writes party fees (REGULATIONS §6): members' bases and reliefs, cash payments recorded by the cell, imports of the
 * portal's export, and the removal proposals of members with 3 unpaid months in a year. The cell secretary writes for
 * the cell, the organisation staff for their subtree. Each call is one audited transaction; a refusal changes nothing.
 */
@Service
@Transactional
public class FeeManagement {

    /** Who may write fees. */
    public static final Role[] WRITERS = {Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION};

    private final FeeStore store;
    private final FeeMembers members;
    private final FeeBook book;
    private final FeeImporter importer;
    private final Fees fees;
    private final RemovalProposals proposals;
    private final AuditTrail audit;
    private final Clock clock;

    FeeManagement(
            FeeStore store,
            FeeMembers members,
            FeeBook book,
            FeeImporter importer,
            Fees fees,
            RemovalProposals proposals,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.members = members;
        this.book = book;
        this.importer = importer;
        this.fees = fees;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a basis to a member of the caller's scope from a month on. */
    public FeeBasis addBasis(
            UUID memberId,
            FeeCategory category,
            @Nullable Long amount,
            YearMonth from,
            @Nullable String note,
            Actor actor) {
        members.member(memberId, scope(actor));
        FeePolicy.checkBasis(category, amount);
        long id;
        try {
            id = store.insertBasis(memberId, category, amount, from, note, actor.username(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("fee.basis.month-taken", from);
        }
        audit.record("fee.basis.add", "member", memberId, Map.of("basisId", id, "category", category.name()));
        return store.basis(id).orElseThrow();
    }

    /** Changes a basis at the version read. */
    public FeeBasis updateBasis(
            long id,
            long version,
            FeeCategory category,
            @Nullable Long amount,
            YearMonth from,
            @Nullable String note,
            Actor actor) {
        FeeBasis basis = visibleBasis(id, actor);
        FeePolicy.checkBasis(category, amount);
        try {
            store.updateBasis(id, version, category, amount, from, note);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("fee.basis.month-taken", from);
        }
        audit.record(
                "fee.basis.update", "member", basis.memberId(), Map.of("basisId", id, "category", category.name()));
        return store.basis(id).orElseThrow();
    }

    /** Removes a basis at the version read. */
    public void deleteBasis(long id, long version, Actor actor) {
        FeeBasis basis = visibleBasis(id, actor);
        store.deleteBasis(id, version);
        audit.record("fee.basis.delete", "member", basis.memberId(), Map.of("basisId", id));
    }

    /** Adds an exemption or reduction (Art. 5) to a member of the caller's scope. */
    public FeeRelief addRelief(
            UUID memberId,
            FeeReliefGround ground,
            int percent,
            YearMonth from,
            YearMonth to,
            @Nullable String decision,
            Actor actor) {
        members.member(memberId, scope(actor));
        FeePolicy.checkRelief(ground, percent, from, to);
        long id = store.insertRelief(memberId, ground, percent, from, to, decision, actor.username(), clock.instant());
        audit.record(
                "fee.relief.add",
                "member",
                memberId,
                Map.of("reliefId", id, "ground", ground.name(), "percent", percent));
        return store.relief(id).orElseThrow();
    }

    /** Changes a relief at the version read. */
    public FeeRelief updateRelief(
            long id,
            long version,
            FeeReliefGround ground,
            int percent,
            YearMonth from,
            YearMonth to,
            @Nullable String decision,
            Actor actor) {
        FeeRelief relief = visibleRelief(id, actor);
        FeePolicy.checkRelief(ground, percent, from, to);
        store.updateRelief(id, version, ground, percent, from, to, decision);
        audit.record(
                "fee.relief.update",
                "member",
                relief.memberId(),
                Map.of("reliefId", id, "ground", ground.name(), "percent", percent));
        return store.relief(id).orElseThrow();
    }

    /** Removes a relief at the version read. */
    public void deleteRelief(long id, long version, Actor actor) {
        FeeRelief relief = visibleRelief(id, actor);
        store.deleteRelief(id, version);
        audit.record("fee.relief.delete", "member", relief.memberId(), Map.of("reliefId", id));
    }

    /**
     * Records cash paid to the cell for one month by one or many members, in one transaction: an amount left out is
     * the amount due for the month.
     *
     * @return the members' months after the payment
     */
    public List<FeeMonth> recordCash(YearMonth month, LocalDate paidOn, List<CashPayment> payments, Actor actor) {
        OrgScope scope = scope(actor);
        LocalDate today = today();
        if (paidOn.isAfter(today)) {
            throw DomainException.rule("fee.payment.paid-in-future", paidOn).onField("paidOn");
        }
        if (new HashSet<>(payments.stream().map(CashPayment::memberId).toList()).size() != payments.size()) {
            throw DomainException.rule("fee.payment.member-twice").onField("payments");
        }
        List<RosterMember> payers = new ArrayList<>();
        for (CashPayment payment : payments) {
            payers.add(members.member(payment.memberId(), scope));
        }
        Instant now = clock.instant();
        for (int i = 0; i < payments.size(); i++) {
            CashPayment payment = payments.get(i);
            RosterMember payer = payers.get(i);
            FeeBook.Loaded loaded = book.loadOne(payer.memberId(), scope, today);
            long amount = payment.amount() != null
                    ? payment.amount()
                    : loaded.due(payer.memberId(), month).due() - loaded.paid(payer.memberId(), month);
            if (amount <= 0) {
                throw DomainException.rule("fee.payment.nothing-due", payer.fullName(), month)
                        .onField("payments[" + i + "].amount");
            }
            store.insertPayment(
                    payer.memberId(),
                    payer.orgUnitId(),
                    month,
                    amount,
                    FeePaymentMethod.CASH,
                    paidOn,
                    null,
                    null,
                    actor.username(),
                    now);
            audit.record(
                    "fee.payment.cash",
                    "member",
                    payer.memberId(),
                    Map.of("month", month.toString(), "amount", amount));
        }
        List<FeeMonth> after = new ArrayList<>();
        for (RosterMember payer : payers) {
            after.add(book.loadOne(payer.memberId(), scope, today).month(payer.memberId(), month));
        }
        return after;
    }

    /** Imports the portal's export into a unit of the caller's scope (all or nothing, see {@link FeeImportReport}). */
    public FeeImportReport importPortalFile(long orgUnitId, String fileName, byte[] bytes, Actor actor) {
        OrgScope scope = scope(actor);
        OrgUnitView unit = members.unit(orgUnitId, scope);
        FeeImportReport report =
                importer.importFile(unit, fileName, bytes, scope, actor.username(), clock.instant(), today());
        audit.record(
                "fee.import",
                "org-unit",
                orgUnitId,
                Map.of("importId", report.id(), "applied", report.applied(), "digest", report.digest()));
        return report;
    }

    /**
     * Proposes the removal from the list of the given members of a unit's subtree who meet the rule "3 months unpaid
     * in a year" ({@link RemovalGround#INACTIVE_OR_UNPAID_FEES}); the staff have judged that no good reason was shown.
     * Idempotent: a member already proposed for the year keeps the first proposal.
     *
     * @throws DomainException {@code fee.arrears.rule-not-met} (422) for a member who does not meet the rule
     */
    public List<RemovalProposal> proposeRemovals(long orgUnitId, int year, List<UUID> memberIds, Actor actor) {
        OrgScope scope = scope(actor);
        List<FeeArrears.Member> arrears = fees.allArrears(orgUnitId, year, scope);
        List<RemovalProposal> result = new ArrayList<>();
        for (UUID id : memberIds) {
            FeeArrears.Member member = arrears.stream()
                    .filter(m -> m.memberId().equals(id) && m.meetsRemovalRule())
                    .findFirst()
                    .orElseThrow(() -> DomainException.rule("fee.arrears.rule-not-met", id, year)
                            .onField("memberIds"));
            String reason = "Không đóng đảng phí " + member.unpaidMonths().size() + " tháng năm " + year + " ("
                    + String.join(
                            ", ",
                            member.unpaidMonths().stream()
                                    .map(YearMonth::toString)
                                    .toList()) + ")";
            result.add(proposals
                    .propose(
                            id,
                            RemovalGround.INACTIVE_OR_UNPAID_FEES,
                            reason,
                            ArrearsPolicy.sourceKey(year),
                            actor.username(),
                            scope)
                    .proposal());
        }
        return result;
    }

    /**
     * One member's cash payment.
     *
     * @param memberId the member
     * @param amount the amount in VND, or {@code null} for what remains due for the month
     */
    public record CashPayment(UUID memberId, @Nullable Long amount) {}

    private FeeBasis visibleBasis(long id, Actor actor) {
        FeeBasis basis = store.basis(id).orElseThrow(() -> DomainException.notFound("fee.basis.not-found", id));
        if (!members.inScope(basis.memberId(), scope(actor))) {
            throw DomainException.notFound("fee.basis.not-found", id);
        }
        return basis;
    }

    private FeeRelief visibleRelief(long id, Actor actor) {
        FeeRelief relief = store.relief(id).orElseThrow(() -> DomainException.notFound("fee.relief.not-found", id));
        if (!members.inScope(relief.memberId(), scope(actor))) {
            throw DomainException.notFound("fee.relief.not-found", id);
        }
        return relief;
    }

    private static OrgScope scope(Actor actor) {
        OrgScope scope = actor.scopeFor(WRITERS);
        if (scope.isEmpty()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "fee.write.forbidden");
        }
        return scope;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
