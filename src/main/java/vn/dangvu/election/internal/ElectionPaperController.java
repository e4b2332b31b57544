package vn.dangvu.election.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangvu.election.ElectionRound;
import vn.dangvu.election.ElectionView;
import vn.dangvu.election.ElectionVoter;
import vn.dangvu.election.Elections;
import vn.dangvu.report.ReportDocuments;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.Role;

/** The printed ballot and the vote-counting minutes, as PDF through the report module. */
@RestController
@RequestMapping("/api/v1/elections/{id}")
class ElectionPaperController {

    private final Elections elections;
    private final ReportDocuments documents;
    private final AuditTrail audit;

    ElectionPaperController(Elections elections, ReportDocuments documents, AuditTrail audit) {
        this.elections = elections;
        this.documents = documents;
        this.audit = audit;
    }

    /** The ballot of a round (the latest by default; before adoption, of the list as it stands) to print. */
    @GetMapping("/ballot.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<byte[]> ballot(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer round, Actor actor) {
        ElectionView e = managed(id, actor);
        ElectionRound r = e.rounds().isEmpty() ? null : round(e, round);
        return pdf("phieu-bau", e, r, documents.pdf(ElectionPapers.ballot(e, r, documents.place())));
    }

    /** The vote-counting minutes of an announced round (the latest by default). */
    @GetMapping("/minutes.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Allowed({Role.ORG_STAFF, Role.CITY_ORGANISATION})
    ResponseEntity<byte[]> minutes(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer round, Actor actor) {
        ElectionView e = managed(id, actor);
        if (e.rounds().isEmpty()) {
            throw DomainException.rule("election.minutes.not-announced");
        }
        ElectionRound r = round(e, round);
        if (!r.announced()) {
            throw DomainException.rule("election.minutes.not-announced");
        }
        List<String> counters = e.voters().stream()
                .filter(ElectionVoter::counter)
                .map(ElectionVoter::fullName)
                .toList();
        audit.record("election.minutes.print", "election", id, r.number());
        return pdf(
                "bien-ban-kiem-phieu", e, r, documents.pdf(ElectionPapers.minutes(e, r, counters, documents.place())));
    }

    private ElectionView managed(UUID id, Actor actor) {
        return elections.managedView(id, actor);
    }

    private static ElectionRound round(ElectionView e, @Nullable Integer number) {
        if (number == null) {
            return e.rounds().get(e.rounds().size() - 1);
        }
        return e.rounds().stream()
                .filter(r -> r.number() == number)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("election.round.not-found", number));
    }

    private static ResponseEntity<byte[]> pdf(String stem, ElectionView e, @Nullable ElectionRound r, byte[] bytes) {
        String name = stem + "-" + e.heldOn() + (r == null ? "" : "-lan-" + r.number()) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }
}
