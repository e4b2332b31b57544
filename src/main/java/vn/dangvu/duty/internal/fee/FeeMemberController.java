package vn.dangvu.duty.internal.fee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.duty.FeeBasis;
import vn.dangvu.duty.FeeCategory;
import vn.dangvu.duty.FeeManagement;
import vn.dangvu.duty.FeeMemberRecord;
import vn.dangvu.duty.FeeRelief;
import vn.dangvu.duty.FeeReliefGround;
import vn.dangvu.duty.Fees;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/** A member's party fees over HTTP: the year with its bases and reliefs, "paid up to", basis and relief changes. */
@RestController
@Validated
class FeeMemberController {

    private final Fees fees;
    private final FeeManagement management;
    private final AuditTrail audit;
    private final Clock clock;

    FeeMemberController(Fees fees, FeeManagement management, AuditTrail audit, Clock clock) {
        this.fees = fees;
        this.management = management;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member's year (default this year) with every basis and relief. */
    @GetMapping("/api/v1/fees/members/{id}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    FeeMemberRecord member(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Actor actor) {
        int y = year == null
                ? LocalDate.ofInstant(clock.instant(), clock.getZone()).getYear()
                : year;
        if (y < 2000 || y > 2100) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "fee.year.invalid", y).onField("year");
        }
        FeeMemberRecord record = fees.record(id, y, actor.scopeFor(FeeController.READERS));
        audit.record("fee.member.read", "member", id, null);
        return record;
    }

    /** The last month the member has paid up to, as written on a transfer letter. */
    @GetMapping("/api/v1/fees/members/{id}/paid-up-to")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    PaidUpTo paidUpTo(@PathVariable UUID id, Actor actor) {
        YearMonth month = fees.paidUpTo(id, actor.scopeFor(FeeController.READERS));
        audit.record("fee.paid-up-to.read", "member", id, null);
        return new PaidUpTo(id, month == null ? null : month.toString());
    }

    /** Adds a basis to a member from a month on. */
    @PostMapping("/api/v1/fees/members/{id}/bases")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    @ResponseStatus(HttpStatus.CREATED)
    FeeBasis addBasis(@PathVariable UUID id, @Valid @RequestBody BasisRequest request, Actor actor) {
        return management.addBasis(
                id,
                Objects.requireNonNull(request.category()),
                request.amount(),
                FeeController.month(Objects.requireNonNull(request.fromMonth()), "fromMonth"),
                request.note(),
                actor);
    }

    /** Changes a basis at the version read (409 when stale). */
    @PutMapping("/api/v1/fees/bases/{basisId}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    FeeBasis updateBasis(@PathVariable long basisId, @Valid @RequestBody BasisRequest request, Actor actor) {
        if (request.version() == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "fee.version.required").onField("version");
        }
        return management.updateBasis(
                basisId,
                request.version(),
                Objects.requireNonNull(request.category()),
                request.amount(),
                FeeController.month(Objects.requireNonNull(request.fromMonth()), "fromMonth"),
                request.note(),
                actor);
    }

    /** Removes a basis at the version read. */
    @DeleteMapping("/api/v1/fees/bases/{basisId}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteBasis(@PathVariable long basisId, @RequestParam long version, Actor actor) {
        management.deleteBasis(basisId, version, actor);
    }

    /** Adds an exemption or a reduction (QĐ 01-QĐ/TW 2026, Art. 5). */
    @PostMapping("/api/v1/fees/members/{id}/reliefs")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    @ResponseStatus(HttpStatus.CREATED)
    FeeRelief addRelief(@PathVariable UUID id, @Valid @RequestBody ReliefRequest request, Actor actor) {
        return management.addRelief(
                id,
                Objects.requireNonNull(request.ground()),
                Objects.requireNonNull(request.percent()),
                FeeController.month(Objects.requireNonNull(request.fromMonth()), "fromMonth"),
                FeeController.month(Objects.requireNonNull(request.toMonth()), "toMonth"),
                request.decision(),
                actor);
    }

    /** Changes a relief at the version read (409 when stale). */
    @PutMapping("/api/v1/fees/reliefs/{reliefId}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    FeeRelief updateRelief(@PathVariable long reliefId, @Valid @RequestBody ReliefRequest request, Actor actor) {
        if (request.version() == null) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "fee.version.required").onField("version");
        }
        return management.updateRelief(
                reliefId,
                request.version(),
                Objects.requireNonNull(request.ground()),
                Objects.requireNonNull(request.percent()),
                FeeController.month(Objects.requireNonNull(request.fromMonth()), "fromMonth"),
                FeeController.month(Objects.requireNonNull(request.toMonth()), "toMonth"),
                request.decision(),
                actor);
    }

    /** Removes a relief at the version read. */
    @DeleteMapping("/api/v1/fees/reliefs/{reliefId}")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRelief(@PathVariable long reliefId, @RequestParam long version, Actor actor) {
        management.deleteRelief(reliefId, version, actor);
    }

    /**
     * "Paid up to" of a member.
     *
     * @param memberId the member
     * @param paidUpTo {@code yyyy-MM}, or {@code null} when the first month with a fee is unpaid
     */
    record PaidUpTo(UUID memberId, @Nullable String paidUpTo) {}

    /**
     * Body of a basis.
     *
     * @param category the member's category
     * @param amount the salary, allowance or pension in VND (rated categories only)
     * @param fromMonth first month, {@code yyyy-MM}
     * @param note free text
     * @param version the version read (changes only)
     */
    record BasisRequest(
            @NotNull(message = "{fee.category.required}") @Nullable
            FeeCategory category,

            @Positive(message = "{fee.amount.positive}") @Nullable
            Long amount,

            @NotNull(message = "{fee.month.required}") @Nullable
            String fromMonth,

            @Size(max = 500, message = "{fee.text.size}") @Nullable
            String note,

            @Nullable Long version) {}

    /**
     * Body of a relief.
     *
     * @param ground why
     * @param percent 100 (exemption), 70, 50 or 30
     * @param fromMonth first month, {@code yyyy-MM}
     * @param toMonth last month, {@code yyyy-MM}
     * @param decision the cell's decision or the application
     * @param version the version read (changes only)
     */
    record ReliefRequest(
            @NotNull(message = "{fee.ground.required}") @Nullable
            FeeReliefGround ground,

            @NotNull(message = "{fee.percent.required}") @Nullable
            Integer percent,

            @NotNull(message = "{fee.month.required}") @Nullable
            String fromMonth,

            @NotNull(message = "{fee.month.required}") @Nullable
            String toMonth,

            @Size(max = 200, message = "{fee.text.size}") @Nullable
            String decision,

            @Nullable Long version) {}
}
