package vn.dangvu.security.internal.audit;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;

/** The administrator's view of the audit log and the chain check. */
@RestController
@RequestMapping("/api/v1/audit-entries")
class AuditController {

    private final AuditQueries queries;
    private final AuditVerifier verifier;
    private final AuditTrail audit;

    AuditController(AuditQueries queries, AuditVerifier verifier, AuditTrail audit) {
        this.queries = queries;
        this.verifier = verifier;
        this.audit = audit;
    }

    /** Entries, newest first, filtered by day range, user, action prefix and record. */
    @GetMapping
    @Allowed(Role.ADMIN)
    PageResult<AuditEntryView> search(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String entityType,
            @RequestParam(required = false) @Nullable String entityId,
            @Valid @org.springdoc.core.annotations.ParameterObject Paging paging) {
        return queries.search(new AuditQueries.Filter(from, to, username, action, entityType, entityId), paging);
    }

    /** Recomputes the chain and names the first broken entry. */
    @PostMapping("/verification")
    @Allowed(Role.ADMIN)
    AuditVerifier.Verdict verify() {
        AuditVerifier.Verdict verdict = verifier.verify();
        audit.record("audit.verify", "audit", null, verdict);
        return verdict;
    }
}
