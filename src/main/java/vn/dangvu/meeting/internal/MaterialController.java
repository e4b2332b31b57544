package vn.dangvu.meeting.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.meeting.MaterialView;
import vn.dangvu.meeting.MeetingManagement;
import vn.dangvu.meeting.Meetings;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Allowed;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.files.BlobStore;

/** A meeting's files: upload, publication to the invited members, download. */
@RestController
@RequestMapping("/api/v1/meetings/{id}/materials")
class MaterialController {

    private final MeetingManagement management;
    private final Meetings meetings;
    private final BlobStore blobs;
    private final AuditTrail audit;

    MaterialController(MeetingManagement management, Meetings meetings, BlobStore blobs, AuditTrail audit) {
        this.management = management;
        this.meetings = meetings;
        this.blobs = blobs;
        this.audit = audit;
    }

    /** Uploads a material (or the signed minutes or resolution), unpublished. */
    @PostMapping
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    ResponseEntity<MaterialView> upload(
            @PathVariable UUID id,
            @RequestPart("file") MultipartFile file,
            @RequestParam
                    @NotBlank(message = "{meeting.material.title-required}")
                    @Size(max = 300, message = "{meeting.text.size}")
                    String title,
            @RequestParam(defaultValue = "MATERIAL") String purpose,
            Actor actor)
            throws IOException {
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "tai-lieu"
                        : file.getOriginalFilename().strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        UUID materialId = management.upload(id, purpose, title, name, type, file.getBytes(), actor);
        MaterialView view = meetings.material(id, materialId, actor.scopeFor(MeetingManagement.ORGANISERS))
                .view();
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/materials/" + materialId))
                .body(view);
    }

    /** Publishes a material to the invited members and tells them. */
    @PostMapping("/{materialId}/publish")
    @Allowed({Role.CELL_SECRETARY, Role.ORG_STAFF})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void publish(@PathVariable UUID id, @PathVariable UUID materialId, Actor actor) {
        management.publish(id, materialId, actor);
    }

    /** A material's file: for the staff of the meeting's scope, or a published one for an invited member. */
    @GetMapping("/{materialId}")
    @Allowed({Role.MEMBER, Role.CELL_SECRETARY, Role.ORG_STAFF, Role.CITY_ORGANISATION, Role.LEADERSHIP, Role.INSPECTION
    })
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID materialId, Actor actor) {
        OrgScope staff = actor.scopeFor(MeetingController.READERS);
        MaterialStore.Stored stored;
        if (!staff.paths().isEmpty()) {
            try {
                stored = meetings.material(id, materialId, staff);
            } catch (DomainException e) {
                stored = asMember(id, materialId, actor, e);
            }
        } else {
            stored = asMember(id, materialId, actor, DomainException.notFound("meeting.not-found", id));
        }
        audit.record("meeting.material.read", "meeting", id, Map.of("materialId", materialId));
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

    private MaterialStore.Stored asMember(UUID id, UUID materialId, Actor actor, DomainException otherwise) {
        if (actor.memberId() == null || !actor.has(Role.MEMBER)) {
            throw otherwise;
        }
        return meetings.materialOfMember(id, materialId, actor.memberId());
    }
}
