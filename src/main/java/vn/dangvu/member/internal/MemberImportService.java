package vn.dangvu.member.internal;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.SqlFragment;
import vn.dangvu.shared.persistence.OrderedIds;

/**
 * Runs member imports: accepts a file as a job and returns at once; the job reads and checks every row, then writes
 * in one transaction (see {@link MemberImportStore}) or, in "all or nothing" mode with errors, writes nothing. Progress
 * is committed apart from the write so that it can be polled. The start and the outcome are audited; the write is
 * audited inside its transaction.
 */
@Service
class MemberImportService {

    private static final Logger LOG = LoggerFactory.getLogger(MemberImportService.class);
    private static final int PROGRESS_EVERY = 5_000;

    private final MemberImportJobStore jobs;
    private final MemberImportStore store;
    private final OrgUnits orgUnits;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditTrail audit;
    private final Clock clock;
    private final TaskExecutor executor;
    private final TransactionTemplate write;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate apart;
    private final MemberImportLocks locks;
    private final int chunkRows;

    MemberImportService(
            MemberImportJobStore jobs,
            MemberImportStore store,
            OrgUnits orgUnits,
            JdbcClient jdbc,
            Validator validator,
            AuditTrail audit,
            Clock clock,
            @Qualifier("memberImportExecutor") TaskExecutor executor,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            MemberImportLocks locks,
            @Value("${dangvu.member-import.write-timeout:PT30M}") java.time.Duration writeTimeout,
            @Value("${dangvu.member-import.chunk-rows:10000}") int chunkRows) {
        this.chunkRows = chunkRows;
        this.events = events;
        this.locks = locks;
        this.jobs = jobs;
        this.store = store;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.executor = executor;
        this.write = new TransactionTemplate(transactions);
        // the write's set statements (500,000 members, their histories, the statistics) may each run longer than the
        // per-statement limit of requests (DB_QUERY_TIMEOUT, 120 s); a transaction's timeout takes its place
        this.write.setTimeout((int) writeTimeout.toSeconds());
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What the caller asked for. */
    record Request(
            @Nullable String fileName,
            InputStream content,
            MemberImportMode mode,
            @Nullable Long orgUnitId) {}

    /**
     * Accepts an import: the file is kept in a temporary file, the job recorded (and audited) and queued.
     *
     * @param scope the caller's scope for imports; the target unit must lie in it
     */
    UUID start(Request request, Actor actor, OrgScope scope) throws IOException {
        OrgUnitView target = target(request.orgUnitId(), scope);
        UUID id = UUID.randomUUID();
        // held before the job exists, so that no sweep takes it for a dead process's job
        locks.hold(id);
        boolean queued = false;
        try {
            Job job = accept(id, request, actor, scope, target);
            executor.execute(new DelegatingSecurityContextRunnable(() -> run(job)));
            queued = true;
        } finally {
            if (!queued) {
                locks.release(id);
            }
        }
        return id;
    }

    /** The temporary upload's name starts with this, so that a job's upload can be found after a crash. */
    static String uploadPrefix(UUID job) {
        return "member-import-" + job + "-";
    }

    private Job accept(UUID id, Request request, Actor actor, OrgScope scope, OrgUnitView target) throws IOException {
        Path file = Files.createTempFile(uploadPrefix(id), ".upload");
        try (InputStream in = request.content()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (Files.size(file) == 0) {
            Files.deleteIfExists(file);
            throw DomainException.rule("member-import.file.empty").onField("file");
        }
        MemberImportFile.Format format = MemberImportFile.formatOf(request.fileName(), head);
        if (format == MemberImportFile.Format.XLSX) {
            try {
                WorkbookGuard.check(file);
            } catch (DomainException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }
        String fileName = request.fileName() == null || request.fileName().isBlank()
                ? "import." + format.name().toLowerCase(java.util.Locale.ROOT)
                : request.fileName();
        Instant now = clock.instant();
        apart.executeWithoutResult(tx -> {
            jobs.create(id, target.id(), actor.accountId(), actor.username(), now, fileName, format, request.mode());
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("fileName", fileName);
            change.put("mode", request.mode());
            change.put("orgUnitId", target.id());
            audit.record("member-import.start", "member-import", id, change);
        });
        return new Job(id, file, format, request.mode(), target, scope, actor.username());
    }

    private OrgUnitView target(@Nullable Long orgUnitId, OrgScope scope) {
        Long id = orgUnitId;
        if (id == null) {
            if (scope.paths().size() != 1) {
                throw DomainException.rule("member-import.target.required").onField("orgUnitId");
            }
            String path = scope.paths().get(0);
            String[] ids = path.substring(1, path.length() - 1).split("/");
            id = Long.parseLong(ids[ids.length - 1]);
        }
        long unit = id;
        return orgUnits.findWithin(unit, scope).orElseThrow(() -> DomainException.notFound("org.unit.not-found", unit));
    }

    /** An accepted import. */
    record Job(
            UUID id,
            Path file,
            MemberImportFile.Format format,
            MemberImportMode mode,
            OrgUnitView target,
            OrgScope scope,
            String by) {}

    /**
     * Reads, checks and writes one import; never throws (a failure is the job's outcome). A written import is recorded
     * as such in its write transaction, so that a process stopped after the write cannot leave it looking unwritten.
     */
    void run(Job job) {
        List<MemberImportValidator.RowError> errors = new ArrayList<>();
        long[] counts = new long[2];
        Result result;
        try {
            long total = MemberImportFile.estimateRows(job.file(), job.format());
            apart.executeWithoutResult(tx -> jobs.progress(job.id(), MemberImportState.VALIDATING, total, 0, 0, 1));
            result = write.execute(tx -> {
                try {
                    store.useBulkMemory();
                    Result r = validateAndWrite(job, total, errors, counts);
                    if (r.outcome() == null) {
                        tx.setRollbackOnly();
                    } else {
                        record(job, r, errors, counts);
                    }
                    return r;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (RuntimeException | IOException e) {
            LOG.warn("member import {} failed", job.id(), e);
            result = new Result(
                    MemberImportState.FAILED, null, e instanceof DomainException d ? d.code() : "member-import.failed");
        } finally {
            try {
                Files.deleteIfExists(job.file());
            } catch (IOException e) {
                LOG.warn("cannot delete the upload of import {}", job.id(), e);
            }
        }
        try {
            if (result.outcome() == null) {
                Result unwritten = result;
                apart.executeWithoutResult(tx -> record(job, unwritten, errors, counts));
            }
        } finally {
            locks.release(job.id());
        }
    }

    /** The job's outcome, its errors and the audit of its end. */
    private void record(Job job, Result result, List<MemberImportValidator.RowError> errors, long[] counts) {
        MemberImportStore.Outcome outcome = result.outcome();
        long errorCount = errors.size();
        jobs.saveErrors(job.id(), errors);
        jobs.finish(
                job.id(), result.state(), counts[0], counts[1], outcome, errorCount, result.failure(), clock.instant());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("state", result.state());
        change.put("rowsRead", counts[0]);
        change.put("errors", errorCount);
        if (outcome != null) {
            change.put("inserted", outcome.inserted());
            change.put("updated", outcome.updated());
        }
        audit.record("member-import.finish", "member-import", job.id(), change);
    }

    private record Result(
            MemberImportState state,
            MemberImportStore.@Nullable Outcome outcome,
            @Nullable String failure) {}

    private Result validateAndWrite(Job job, long total, List<MemberImportValidator.RowError> errors, long[] counts)
            throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        try (MemberImportFile file = MemberImportFile.open(job.file(), job.format())) {
            MemberImportValidator validator =
                    new MemberImportValidator(this.validator, today, cells(job.target()), file.header());
            List<String> missing = validator.missingHeaders();
            if (!missing.isEmpty()) {
                errors.add(new MemberImportValidator.RowError(
                        1,
                        null,
                        String.join(", ", missing),
                        "member-import.header.missing",
                        List.of(String.join(", ", missing))));
                return new Result(MemberImportState.FAILED, null, "member-import.header.missing");
            }
            long started = System.nanoTime();
            // the new members' keys, given on the reading thread in file order
            OrderedIds ids = OrderedIds.startingAt(clock.instant());
            // set by the reading thread at the first refused row, read by this one
            AtomicBoolean rowRefused = new AtomicBoolean();
            CheckedChunks.Check check = new CheckedChunks.Check() {
                @Override
                public MemberImportValidator.@Nullable ValidRow check(MemberImportFile.Row row) {
                    int before = errors.size();
                    MemberImportValidator.ValidRow valid = validator.check(row, errors);
                    if (errors.size() > before) {
                        rowRefused.set(true);
                    }
                    return valid;
                }

                @Override
                public boolean keep() {
                    // "all or nothing" writes nothing once a row is refused: the rows after it are only checked
                    return job.mode() == MemberImportMode.VALID_ROWS_ONLY || !rowRefused.get();
                }

                @Override
                public MemberImportStore.Prepared prepare(MemberImportValidator.ValidRow row) {
                    return store.prepare(job.id(), row, ids);
                }
            };
            List<MemberImportValidator.RowError> refused = new ArrayList<>();
            MemberImportStore.Outcome outcome = MemberImportStore.Outcome.NONE;
            Instant now = clock.instant();
            long[] writing = new long[3];
            CheckedChunks.Read read;
            // the rows are read and checked on a thread of their own while this one writes the chunks read so far, in
            // this transaction; "all or nothing" rolls everything back at the end if any row was refused
            try (CheckedChunks chunks = new CheckedChunks(
                    "member-import-read-" + job.id(), file.rows(), chunkRows, check, PROGRESS_EVERY, r -> {
                        int percent = total == 0 ? 10 : (int) Math.min(85, 1 + 84 * r.rows() / total);
                        apart.executeWithoutResult(tx -> jobs.progress(
                                job.id(), MemberImportState.VALIDATING, total, r.rows(), r.valid(), percent));
                    })) {
                for (CheckedChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    if (job.mode() == MemberImportMode.ALL_OR_NOTHING && rowRefused.get()) {
                        // the import is rejected: only the file's rows are reported, so the rest is not written
                        continue;
                    }
                    // after a refusal by the registry "all or nothing" still matches the rest, so that every one is
                    // reported
                    long at = System.nanoTime();
                    try (MemberImportStore.Stager stager = store.stager()) {
                        chunk.rows().forEach(stager::add);
                    }
                    MemberImportStore.Rows rows = new MemberImportStore.Rows(job.id(), chunk.first(), chunk.last());
                    long staged = System.nanoTime();
                    refused.addAll(store.match(rows, validator.presentColumns(), job.scope()));
                    long matched = System.nanoTime();
                    if (job.mode() == MemberImportMode.VALID_ROWS_ONLY || refused.isEmpty()) {
                        outcome = outcome.plus(store.merge(rows, validator.presentColumns(), now, job.by()));
                    }
                    writing[0] += staged - at;
                    writing[1] += matched - staged;
                    writing[2] += System.nanoTime() - matched;
                }
                read = chunks.read();
            }
            long checked = System.nanoTime();
            counts[0] = read.rows();
            counts[1] = read.valid();
            apart.executeWithoutResult(tx -> jobs.progress(
                    job.id(), MemberImportState.WRITING, Math.max(total, read.rows()), read.rows(), read.valid(), 88));
            if (job.mode() == MemberImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
                return new Result(MemberImportState.REJECTED, null, null);
            }
            errors.addAll(refused);
            counts[1] = read.valid()
                    - refused.stream()
                            .map(MemberImportValidator.RowError::row)
                            .distinct()
                            .count();
            if (job.mode() == MemberImportMode.ALL_OR_NOTHING && !errors.isEmpty()) {
                return new Result(MemberImportState.REJECTED, null, null);
            }
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("inserted", outcome.inserted());
            change.put("updated", outcome.updated());
            change.put("unchanged", outcome.unchanged());
            audit.record("member-import.write", "member-import", job.id(), change);
            // in the write transaction: the statistics are refreshed with the rows, set-based
            events.publishEvent(new vn.dangvu.member.MembersImported(
                    job.target().id(), job.id(), outcome.inserted(), outcome.updated(), clock.instant()));
            store.clear(job.id());
            // where an import's time goes, for the operator and the benchmark (docs/benchmarks.md)
            LOG.info(
                    "member import {}: {} rows read, checked and written in {} ms (of which staged in {} ms, matched"
                            + " in {} ms, members and histories written in {} ms), statistics and periods in {} ms",
                    job.id(),
                    read.rows(),
                    (checked - started) / 1_000_000,
                    writing[0] / 1_000_000,
                    writing[1] / 1_000_000,
                    writing[2] / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
            return new Result(MemberImportState.SUCCEEDED, outcome, null);
        }
    }

    /** The cells of the target subtree by code, and the reason a code outside it is refused. */
    private MemberImportValidator.Cells cells(OrgUnitView target) {
        SqlFragment subtree = orgUnits.unitInSubtree("d.id", target.path(), "target");
        Map<String, Long> inTarget = new HashMap<>();
        jdbc.sql("SELECT d.code, d.id FROM org_unit_directory d WHERE d.kind IN ('CELL', 'GRASSROOTS_CELL') AND "
                        + subtree.sql())
                .params(subtree.params())
                .query(rs -> {
                    inTarget.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, String> refusals = new HashMap<>();
        return new MemberImportValidator.Cells() {
            @Override
            public @Nullable Long inTarget(String code) {
                return inTarget.get(code);
            }

            @Override
            public String refusal(String code) {
                // apart from the write transaction, whose connection may be busy with the staging COPY
                return refusals.computeIfAbsent(
                        code,
                        c -> apart.execute(tx -> jdbc.sql(
                                        "SELECT kind, path FROM org_unit_directory WHERE code = :code")
                                .param("code", c)
                                .query((rs, n) -> {
                                    boolean cell = rs.getString(1).equals("CELL")
                                            || rs.getString(1).equals("GRASSROOTS_CELL");
                                    return !rs.getString(2).startsWith(target.path())
                                            ? "outside"
                                            : cell ? "outside" : "not-cell";
                                })
                                .optional()
                                .orElse("unknown")));
            }
        };
    }
}
