package vn.dangvu.petition.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.petition.PetitionAttachment;
import vn.dangvu.petition.PetitionManagement;
import vn.dangvu.petition.Petitions;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.files.BlobStore;

/** A petition's files (the petition and its enclosures, the reply): upload and download (audited). */
@RestController
@RequestMapping("/api/v1/petitions/{id}/attachments")
class PetitionFileController {

    private final PetitionManagement management;
    private final Petitions petitions;
    private final BlobStore blobs;
    private final AuditTrail audit;

    PetitionFileController(PetitionManagement management, Petitions petitions, BlobStore blobs, AuditTrail audit) {
        this.management = management;
        this.petitions = petitions;
        this.blobs = blobs;
        this.audit = audit;
    }

    /** Uploads a file of the petition ({@code purpose=PETITION}, default) or of its reply ({@code REPLY}). */
    @PostMapping
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    ResponseEntity<PetitionAttachment> upload(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "PETITION") String purpose,
            Actor actor)
            throws IOException {
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "don-thu"
                        : file.getOriginalFilename().strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        UUID attachmentId = management.attach(id, purpose, name, type, file.getBytes(), actor);
        PetitionAttachment view = petitions
                .attachment(id, attachmentId, actor.scopeFor(PetitionManagement.HANDLERS))
                .view();
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + id + "/attachments/" + attachmentId))
                .body(view);
    }

    /** A file of a petition of the caller's scope. */
    @GetMapping("/{attachmentId}")
    @Allowed({Role.PETITION_STAFF, Role.LEADERSHIP})
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId, Actor actor) {
        PetitionStore.StoredFile stored =
                petitions.attachment(id, attachmentId, actor.scopeFor(PetitionManagement.HANDLERS));
        audit.record("petition.attachment.read", "petition", id, Map.of("attachmentId", attachmentId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.view().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(stored.view().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .eTag(stored.sha256())
                .body(blobs.read(stored.sha256()));
    }
}
