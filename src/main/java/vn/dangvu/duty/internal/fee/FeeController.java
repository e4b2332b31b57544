package vn.dangvu.duty.internal.fee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.duty.FeeArrears;
import vn.dangvu.duty.FeeCollectionReport;
import vn.dangvu.duty.FeeImportReport;
import vn.dangvu.duty.FeeLedger;
import vn.dangvu.duty.FeeManagement;
import vn.dangvu.duty.FeeMemberYear;
import vn.dangvu.duty.FeeMonth;
import vn.dangvu.duty.Fees;
import vn.dangvu.member.RemovalProposal;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** Party fees of cells over HTTP: the ledger, cash payments, portal imports, arrears and collection reports. */
@RestController
@Validated
class FeeController {

    static final Role[] READERS = {
        Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    };

    private final Fees fees;
    private final FeeManagement management;
    private final AuditTrail audit;
    private final Clock clock;

    FeeController(Fees fees, FeeManagement management, AuditTrail audit, Clock clock) {
        this.fees = fees;
        this.management = management;
        this.audit = audit;
        this.clock = clock;
    }

    /** A cell's ledger for a year (default: this year): members × twelve months with the totals of each month. */
    @GetMapping("/api/v1/fees/ledger")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    FeeLedger ledger(
            @RequestParam long orgUnitId, @RequestParam(required = false) @Nullable Integer year, Actor actor) {
        FeeLedger ledger = fees.ledger(orgUnitId, year(year), actor.scopeFor(READERS));
        audit.record("fee.ledger.read", "org-unit", orgUnitId, null);
        return ledger;
    }

    /** Records cash paid to the cell for one month by one or many members, all in one transaction. */
    @PostMapping("/api/v1/fees/payments")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    List<FeeMonth> pay(@Valid @RequestBody CashPaymentsRequest request, Actor actor) {
        YearMonth month = month(Objects.requireNonNull(request.month()), "month");
        LocalDate paidOn = request.paidOn() == null ? today() : request.paidOn();
        List<FeeManagement.CashPayment> payments = request.payments().stream()
                .map(p -> new FeeManagement.CashPayment(Objects.requireNonNull(p.memberId()), p.amount()))
                .toList();
        return management.recordCash(month, paidOn, payments, actor);
    }

    /** Imports an export of the National Public Service Portal (CSV) into a unit's subtree, all or nothing. */
    @PostMapping("/api/v1/fees/imports")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    FeeImportReport importFile(@RequestParam long orgUnitId, @RequestPart("file") MultipartFile file, Actor actor)
            throws IOException {
        if (file.isEmpty()) {
            throw DomainException.rule("fee.import.empty", String.valueOf(file.getOriginalFilename()))
                    .onField("file");
        }
        String name = file.getOriginalFilename() == null ? "portal.csv" : file.getOriginalFilename();
        return management.importPortalFile(orgUnitId, name, file.getBytes(), actor);
    }

    /** Members of a unit's subtree with months of the year ended unpaid, and who meets the removal rule. */
    @GetMapping("/api/v1/fees/arrears")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    FeeArrears arrears(
            @RequestParam long orgUnitId,
            @RequestParam(required = false) @Nullable Integer year,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging,
            Actor actor) {
        FeeArrears arrears = fees.arrears(orgUnitId, year(year), paging, actor.scopeFor(READERS));
        audit.record("fee.arrears.read", "org-unit", orgUnitId, null);
        return arrears;
    }

    /** Proposes the removal of members meeting "3 months unpaid in a year" (idempotent per member and year). */
    @PostMapping("/api/v1/fees/arrears/proposals")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION})
    List<RemovalProposal> propose(@Valid @RequestBody ProposeRequest request, Actor actor) {
        return management.proposeRemovals(
                Objects.requireNonNull(request.orgUnitId()), year(request.year()), request.memberIds(), actor);
    }

    /** Collection of a unit's subtree for a year or a month: per cell, rolled up, and the shares of the levels. */
    @GetMapping("/api/v1/fees/report")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION})
    FeeCollectionReport report(
            @RequestParam long orgUnitId,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false)
                    @Min(value = 1, message = "{fee.month.range}")
                    @Max(value = 12, message = "{fee.month.range}")
                    @Nullable
                    Integer month,
            Actor actor) {
        FeeCollectionReport report = fees.collection(orgUnitId, year(year), month, actor.scopeFor(READERS));
        audit.record("fee.report.read", "org-unit", orgUnitId, null);
        return report;
    }

    /** The caller's own fees for a year (default: this year), with "paid up to". */
    @GetMapping("/api/v1/fees/mine")
    @Allowed({Role.MEMBER})
    FeeMemberYear mine(@RequestParam(required = false) @Nullable Integer year, Actor actor) {
        UUID me = actor.memberId();
        if (me == null) {
            throw DomainException.notFound("member.not-found", actor.username());
        }
        return fees.year(me, year(year), actor.scopeFor(Role.MEMBER));
    }

    private int year(@Nullable Integer year) {
        int value = year == null ? today().getYear() : year;
        if (value < 2000 || value > 2100) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "fee.year.invalid", value).onField("year");
        }
        return value;
    }

    static YearMonth month(String text, String field) {
        try {
            return YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "fee.month.invalid", text).onField(field);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /**
     * Body of {@code POST /api/v1/fees/payments}.
     *
     * @param month the month paid for, {@code yyyy-MM}
     * @param paidOn the day the cash was received (default today)
     * @param payments one per member
     */
    record CashPaymentsRequest(
            @NotNull(message = "{fee.month.required}") @Nullable
            String month,

            @Nullable LocalDate paidOn,

            @NotEmpty(message = "{fee.payments.required}") @Size(max = 500, message = "{fee.payments.size}")
            List<@Valid PaymentLine> payments) {}

    /**
     * One member's cash.
     *
     * @param memberId the member
     * @param amount VND; left out: what remains due for the month
     */
    record PaymentLine(
            @NotNull(message = "{fee.memberId.required}") @Nullable
            UUID memberId,

            @Positive(message = "{fee.amount.positive}") @Nullable
            Long amount) {}

    /**
     * Body of {@code POST /api/v1/fees/arrears/proposals}.
     *
     * @param orgUnitId the unit whose arrears were listed
     * @param year the year (default this year)
     * @param memberIds the members to propose, chosen among those meeting the rule
     */
    record ProposeRequest(
            @NotNull(message = "{fee.orgUnitId.required}") @Nullable
            Long orgUnitId,

            @Nullable Integer year,

            @NotEmpty(message = "{fee.memberIds.required}") @Size(max = 500, message = "{fee.payments.size}")
            List<UUID> memberIds) {}
}
