package vn.dangvu.programme.internal;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.dangvu.programme.AddIndicator;
import vn.dangvu.programme.AddTask;
import vn.dangvu.programme.AdoptProgramme;
import vn.dangvu.programme.CascadeRow;
import vn.dangvu.programme.ProgrammeDetails;
import vn.dangvu.programme.ProgrammeManagement;
import vn.dangvu.programme.ProgrammeReview;
import vn.dangvu.programme.ProgrammeSummary;
import vn.dangvu.programme.ProgrammeView;
import vn.dangvu.programme.Programmes;
import vn.dangvu.programme.ProgressReport;
import vn.dangvu.programme.ReportIndicator;
import vn.dangvu.programme.ReportTask;
import vn.dangvu.programme.ReviewKind;
import vn.dangvu.programme.ReviseIndicator;
import vn.dangvu.programme.ReviseTask;
import vn.dangvu.programme.TaskReminders;
import vn.dangvu.report.ReportDocuments;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;

/**
 * Work programmes: list, issue, revise, the indicator and task boards, reports with their history, adoption by a
 * subordinate organisation, the cascade and the review. Readers: staff of the issuing unit's subtree; writers: staff
 * over the issuing unit; reporters: staff over the responsible or owner unit.
 */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgrammeManagement management;
    private final Programmes programmes;
    private final ReportDocuments documents;

    ProgrammeController(ProgrammeManagement management, Programmes programmes, ReportDocuments documents) {
        this.documents = documents;
        this.management = management;
        this.programmes = programmes;
    }

    /** Programmes the caller may read (issued in or above their subtree), or those issued in one unit's subtree. */
    @GetMapping
    @ProgrammeReaders
    PageResult<ProgrammeSummary> list(
            @RequestParam(required = false) @Nullable Long orgUnitId,
            @Valid @ParameterObject Paging paging,
            Actor actor) {
        return programmes.list(actor, orgUnitId, paging);
    }

    /** Programmes issued by a unit the caller writes for: where a task may be added (e.g. from a grassroots visit). */
    @GetMapping("/writable")
    @ProgrammeWriters
    List<ProgrammeSummary> writable(Actor actor) {
        return programmes.writable(actor);
    }

    /** Issues a programme of a unit in the caller's scope. */
    @PostMapping
    @ProgrammeWriters
    ResponseEntity<ProgrammeView> create(@Valid @RequestBody ProgrammeDetails request, Actor actor) {
        UUID id = management.create(request, actor);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id)).body(programmes.view(id, null, actor));
    }

    /** A programme with its indicator and task boards as of a day (default today). */
    @GetMapping("/{id}")
    @ProgrammeReaders
    ProgrammeView get(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate asOf, Actor actor) {
        return programmes.view(id, asOf, actor);
    }

    /** Revises a programme (staff over its issuing unit). */
    @PutMapping("/{id}")
    @ProgrammeWriters
    ProgrammeView revise(@PathVariable UUID id, @Valid @RequestBody ProgrammeDetails request, Actor actor) {
        management.revise(id, request, actor);
        return programmes.view(id, null, actor);
    }

    /** Adds an indicator. */
    @PostMapping("/{id}/indicators")
    @ProgrammeWriters
    ResponseEntity<ProgrammeView> addIndicator(
            @PathVariable UUID id, @Valid @RequestBody AddIndicator request, Actor actor) {
        UUID indicatorId = management.addIndicator(id, request, actor);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/indicators/" + indicatorId))
                .body(programmes.view(id, null, actor));
    }

    /** Revises an indicator (staff over the issuing unit); stale version 409. */
    @PutMapping("/{id}/indicators/{indicatorId}")
    @ProgrammeWriters
    ProgrammeView reviseIndicator(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody ReviseIndicator request,
            Actor actor) {
        management.reviseIndicator(id, indicatorId, request, actor);
        return programmes.view(id, null, actor);
    }

    /** Removes an indicator on which nothing is reported and that no adopting unit copied (else 422). */
    @DeleteMapping("/{id}/indicators/{indicatorId}")
    @ProgrammeWriters
    ProgrammeView removeIndicator(
            @PathVariable UUID id, @PathVariable UUID indicatorId, @RequestParam long version, Actor actor) {
        management.removeIndicator(id, indicatorId, version, actor);
        return programmes.view(id, null, actor);
    }

    /** Reports an indicator's value for a period, with evidence. */
    @PostMapping("/{id}/indicators/{indicatorId}/reports")
    @ProgrammeWriters
    ResponseEntity<ProgrammeView> reportIndicator(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody ReportIndicator request,
            Actor actor) {
        management.reportIndicator(id, indicatorId, request, actor);
        return ResponseEntity.created(
                        URI.create("/api/v1/programmes/" + id + "/indicators/" + indicatorId + "/reports"))
                .body(programmes.view(id, null, actor));
    }

    /** Every value reported for an indicator, oldest first. */
    @GetMapping("/{id}/indicators/{indicatorId}/reports")
    @ProgrammeReaders
    List<ProgressReport> indicatorHistory(@PathVariable UUID id, @PathVariable UUID indicatorId, Actor actor) {
        return programmes.indicatorHistory(id, indicatorId, actor);
    }

    /** Adds a task. */
    @PostMapping("/{id}/tasks")
    @ProgrammeWriters
    ResponseEntity<ProgrammeView> addTask(@PathVariable UUID id, @Valid @RequestBody AddTask request, Actor actor) {
        UUID taskId = management.addTask(id, request, actor);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/tasks/" + taskId))
                .body(programmes.view(id, null, actor));
    }

    /** Revises a task (staff over the issuing unit); stale version 409. */
    @PutMapping("/{id}/tasks/{taskId}")
    @ProgrammeWriters
    ProgrammeView reviseTask(
            @PathVariable UUID id, @PathVariable UUID taskId, @Valid @RequestBody ReviseTask request, Actor actor) {
        management.reviseTask(id, taskId, request, actor);
        return programmes.view(id, null, actor);
    }

    /** Removes a task on which no progress is reported and that no adopting unit copied (else 422). */
    @DeleteMapping("/{id}/tasks/{taskId}")
    @ProgrammeWriters
    ProgrammeView removeTask(
            @PathVariable UUID id, @PathVariable UUID taskId, @RequestParam long version, Actor actor) {
        management.removeTask(id, taskId, version, actor);
        return programmes.view(id, null, actor);
    }

    /** Reminds the persons in charge of the overdue and due-soon tasks, through their notifications. */
    @PostMapping("/{id}/task-reminders")
    @ProgrammeWriters
    TaskReminders remindTasks(@PathVariable UUID id, Actor actor) {
        return management.remindTasks(id, actor);
    }

    /** Reports a task's progress, with evidence; 100% completes it. */
    @PostMapping("/{id}/tasks/{taskId}/reports")
    @ProgrammeWriters
    ResponseEntity<ProgrammeView> reportTask(
            @PathVariable UUID id, @PathVariable UUID taskId, @Valid @RequestBody ReportTask request, Actor actor) {
        management.reportTask(id, taskId, request, actor);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/tasks/" + taskId + "/reports"))
                .body(programmes.view(id, null, actor));
    }

    /** Every progress report of a task, oldest first. */
    @GetMapping("/{id}/tasks/{taskId}/reports")
    @ProgrammeReaders
    List<ProgressReport> taskHistory(@PathVariable UUID id, @PathVariable UUID taskId, Actor actor) {
        return programmes.taskHistory(id, taskId, actor);
    }

    /** A subordinate organisation adopts the programme with its own targets; returns the child programme. */
    @PostMapping("/{id}/adoptions")
    @ProgrammeWriters
    ResponseEntity<ProgrammeView> adopt(
            @PathVariable UUID id, @Valid @RequestBody AdoptProgramme request, Actor actor) {
        UUID child = management.adopt(id, request, actor);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + child))
                .body(programmes.view(child, null, actor));
    }

    /** Each indicator and task with the contributions of the adopting organisations and those that have not reported. */
    @GetMapping("/{id}/cascade")
    @ProgrammeReaders
    List<CascadeRow> cascade(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate asOf, Actor actor) {
        return programmes.cascade(id, asOf, actor);
    }

    /** The mid-term or final review as of a day, with the tables behind each number. */
    @GetMapping("/{id}/review")
    @ProgrammeReaders
    ProgrammeReview review(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "MID_TERM") ReviewKind kind,
            @RequestParam(required = false) @Nullable LocalDate asOf,
            Actor actor) {
        return programmes.review(id, kind, asOf, actor);
    }

    /** The review as an Excel workbook. */
    @GetMapping("/{id}/review.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    @ProgrammeReaders
    ResponseEntity<StreamingResponseBody> reviewWorkbook(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "MID_TERM") ReviewKind kind,
            @RequestParam(required = false) @Nullable LocalDate asOf,
            Actor actor) {
        ProgrammeReview review = programmes.review(id, kind, asOf, actor);
        return attachment(review, "xlsx", MediaType.parseMediaType(XLSX))
                .body(out -> ProgrammeReviewWorkbook.write(review, out));
    }

    /** The review as a PDF on A4, laid out as a Party document (the report module's printing). */
    @GetMapping("/{id}/review.pdf")
    @ApiResponse(
            responseCode = "200",
            description = "the PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ProgrammeReaders
    ResponseEntity<byte[]> reviewPdf(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "MID_TERM") ReviewKind kind,
            @RequestParam(required = false) @Nullable LocalDate asOf,
            Actor actor) {
        ProgrammeReview review = programmes.review(id, kind, asOf, actor);
        return attachment(review, "pdf", MediaType.APPLICATION_PDF)
                .body(documents.pdf(ProgrammeReviewReport.table(review, documents.place())));
    }

    /** A download of the review named "so-ket-{code}-{day}.{extension}", never cached. */
    private static ResponseEntity.BodyBuilder attachment(ProgrammeReview review, String extension, MediaType type) {
        String name =
                "so-ket-" + review.code().replaceAll("[^0-9A-Za-z]+", "-") + "-" + review.asOf() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore());
    }
}
