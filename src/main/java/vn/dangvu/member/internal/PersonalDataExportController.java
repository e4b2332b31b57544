package vn.dangvu.member.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/**
 * The committee, as controller of its members' personal data, takes all of it out for a subtree in one archive:
 * organisation staff over their subtree, the city organisation department over the city. Audited.
 */
@RestController
class PersonalDataExportController {

    private static final Role[] CONTROLLERS = {Role.ORG_STAFF, Role.CITY_ORGANISATION};

    private final OrgUnits orgUnits;
    private final PersonalDataArchive archive;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalDataExportController(OrgUnits orgUnits, PersonalDataArchive archive, AuditTrail audit, Clock clock) {
        this.orgUnits = orgUnits;
        this.archive = archive;
        this.audit = audit;
        this.clock = clock;
    }

    /** The ZIP of the subtree's personal data (see {@link PersonalDataArchive}), written as it is read. */
    @GetMapping("/api/v1/org-units/{id}/personal-data.zip")
    @ApiResponse(
            responseCode = "200",
            description = "the archive",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id, Actor actor) {
        OrgUnitView root = orgUnits.findWithin(id, actor.scopeFor(CONTROLLERS))
                .orElseThrow(() -> DomainException.notFound("org.unit.not-found", id));
        audit.record("member.personal-data.export", "org-unit", id, null);
        Instant at = clock.instant();
        String name = "du-lieu-ca-nhan-" + root.code() + "-" + LocalDate.ofInstant(at, clock.getZone()) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(out -> archive.write(root, at, out));
    }
}
