package vn.dangvu.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.document.internal.AttachmentText;
import vn.dangvu.document.internal.DocumentNumberPolicy;
import vn.dangvu.document.internal.DocumentProperties;
import vn.dangvu.document.internal.DocumentQueries;
import vn.dangvu.document.internal.DocumentSequences;
import vn.dangvu.document.internal.DocumentStore;
import vn.dangvu.org.OrgTerm;
import vn.dangvu.org.OrgUnitRef;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditTrail;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.files.BlobStore;

/**
 * Writes of the document library: staff draft, register, publish (drawing the number of REGULATIONS §11.1) and attach;
 * readers open (a read receipt for a member), acknowledge and bookmark. Each call is one audited transaction; a
 * refusal changes nothing. A document outside the caller's reach answers "not found", like an absent one. Another
 * module (meetings publishing their minutes) writes through here too.
 */
@Service
@Transactional
public class DocumentManagement {

    private final DocumentStore store;
    private final DocumentSequences sequences;
    private final DocumentQueries queries;
    private final OrgUnits orgUnits;
    private final BlobStore blobs;
    private final DocumentProperties settings;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentManagement(
            DocumentStore store,
            DocumentSequences sequences,
            DocumentQueries queries,
            OrgUnits orgUnits,
            BlobStore blobs,
            DocumentProperties settings,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.sequences = sequences;
        this.queries = queries;
        this.orgUnits = orgUnits;
        this.blobs = blobs;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drafts a document, or registers an incoming one with the number it already has (still to be published). */
    public long create(DraftDocument draft, Actor actor) {
        managingUnit(draft.orgUnitId(), actor);
        DocumentNumberPolicy.Symbol symbol = check(draft, actor);
        long id = store.insert(
                draft, DocumentNumberPolicy.issuer(draft.issuerCode()), symbol, clock.instant(), actor.username());
        audit.record("document.create", "document", id, draft);
        return id;
    }

    /** Rewrites a draft; {@code version} is the one last read (a stale one is a 409). */
    public void update(long id, DraftDocument draft, long version, Actor actor) {
        DocumentStore.Row row = managed(id, actor);
        if (row.status() != DocumentStatus.DRAFT) {
            throw DomainException.conflict("document.published", id);
        }
        managingUnit(draft.orgUnitId(), actor);
        DocumentNumberPolicy.Symbol symbol = check(draft, actor);
        store.update(
                id,
                version,
                draft,
                DocumentNumberPolicy.issuer(draft.issuerCode()),
                symbol,
                clock.instant(),
                actor.username());
        audit.record("document.update", "document", id, draft);
    }

    /**
     * Publishes a draft to its scope. A document without a number draws the next one of its sequence (type or
     * congress, issuing unit, committee term current on the day of issue); nobody is notified one by one.
     */
    public void publish(long id, long version, Actor actor) {
        DocumentStore.Row row = managed(id, actor);
        if (row.status() != DocumentStatus.DRAFT) {
            throw DomainException.conflict("document.published", id);
        }
        if (row.version() != version) {
            throw DomainException.conflict("conflict.stale");
        }
        if (store.scope(id).isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "document.scope.empty").onField("scope");
        }
        Instant now = clock.instant();
        LocalDate day = row.issuedOn() != null ? row.issuedOn() : LocalDate.ofInstant(now, clock.getZone());
        int number;
        String text;
        Long termId = null;
        if (row.number() != null && row.numberText() != null) {
            number = row.number();
            text = row.numberText();
        } else {
            termId = orgUnits.termOn(row.orgUnitId(), day).map(OrgTerm::id).orElse(null);
            number = sequences.next(
                    row.orgUnitId(),
                    DocumentNumberPolicy.sequenceKey(row.type(), row.congress()),
                    DocumentNumberPolicy.termKey(termId));
            text = DocumentNumberPolicy.format(number, row.type(), row.issuerCode());
        }
        store.publish(id, version, number, text, termId, day, now, actor.username());
        audit.record("document.publish", "document", id, Map.of("number", text));
    }

    /** Attaches a PDF or DOCX (recognised by its content) and indexes its text for search. */
    public DocumentAttachment attach(long id, String fileName, byte[] bytes, Actor actor) {
        managed(id, actor);
        if (bytes.length > settings.maxAttachmentSize().toBytes()) {
            throw new DomainException(
                            DomainException.Kind.BAD_REQUEST,
                            "document.attachment.too-large",
                            settings.maxAttachmentSize().toMegabytes())
                    .onField("file");
        }
        AttachmentText.Extracted extracted = AttachmentText.extract(bytes, settings.maxExtractedChars());
        BlobStore.StoredBlob blob = blobs.put(bytes);
        String name = fileName.isBlank() ? "van-ban" : fileName.strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        long attachmentId = store.addAttachment(
                id,
                blob.sha256(),
                name,
                extracted.contentType(),
                blob.size(),
                extracted.text(),
                clock.instant(),
                actor.username());
        audit.record("document.attach", "document", id, Map.of("attachmentId", attachmentId, "sha256", blob.sha256()));
        return store.attachment(id, attachmentId).orElseThrow();
    }

    /** A document as the caller sees it; a member it reaches gets a read receipt the first time. */
    public DocumentView open(long id, Actor actor) {
        DocumentStore.Row row = visibleRow(id, actor);
        if (actor.memberId() != null && queries.reaches(id, actor)) {
            store.markRead(id, actor.memberId(), clock.instant());
        }
        audit.record("document.read", "document", id, null);
        return view(row, actor);
    }

    /** The calling member acknowledges a published document that reaches them. */
    public DocumentView acknowledge(long id, Actor actor) {
        DocumentStore.Row row = visibleRow(id, actor);
        if (actor.memberId() == null || !queries.reaches(id, actor)) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "document.acknowledge.not-reached", id);
        }
        store.acknowledge(id, actor.memberId(), clock.instant());
        audit.record("document.acknowledge", "document", id, Map.of("memberId", actor.memberId()));
        return view(row, actor);
    }

    /** Adds or removes the caller's bookmark. */
    public void bookmark(long id, boolean on, Actor actor) {
        visibleRow(id, actor);
        if (on) {
            store.bookmark(id, actor.accountId(), clock.instant());
        } else {
            store.unbookmark(id, actor.accountId());
        }
        audit.record(on ? "document.bookmark" : "document.unbookmark", "document", id, null);
    }

    /** The number the next publication of a unit's sequence would draw. */
    @Transactional(readOnly = true)
    public NextNumber nextNumber(
            long unitId, DocumentType type, boolean congress, @Nullable String issuer, Actor actor) {
        managingUnit(unitId, actor);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Long termId = orgUnits.termOn(unitId, today).map(OrgTerm::id).orElse(null);
        String key = DocumentNumberPolicy.sequenceKey(type, congress);
        int number = DocumentNumberPolicy.next(sequences
                .last(unitId, key, DocumentNumberPolicy.termKey(termId))
                .orElse(null));
        String symbol = issuer == null || issuer.isBlank()
                ? null
                : DocumentNumberPolicy.format(number, type, DocumentNumberPolicy.issuer(issuer));
        return new NextNumber(number, symbol, key, termId);
    }

    /** A document as the caller sees it, without a receipt. */
    @Transactional(readOnly = true)
    public DocumentView view(long id, Actor actor) {
        return view(visibleRow(id, actor), actor);
    }

    private DocumentView view(DocumentStore.Row row, Actor actor) {
        long id = row.id();
        Optional<DocumentStore.Receipt> receipt =
                actor.memberId() == null ? Optional.empty() : store.receipt(id, actor.memberId());
        String unitName = orgUnits.find(row.orgUnitId()).map(OrgUnitRef::name).orElse("");
        return new DocumentView(
                id,
                row.numberText(),
                row.type(),
                row.issuerCode(),
                row.congress(),
                row.incoming(),
                row.orgUnitId(),
                unitName,
                row.title(),
                row.summary(),
                row.signer(),
                row.issuedOn(),
                row.effectiveOn(),
                row.confidentiality(),
                row.status(),
                row.publishedAt(),
                store.scope(id).stream()
                        .map(s -> s.orgUnitId() == null
                                ? s
                                : new DocumentScope(
                                        s.kind(),
                                        s.orgUnitId(),
                                        s.role(),
                                        orgUnits.find(s.orgUnitId())
                                                .map(OrgUnitRef::name)
                                                .orElse(null)))
                        .toList(),
                store.links(id, true),
                store.links(id, false),
                store.attachments(id),
                store.bookmarked(id, actor.accountId()),
                receipt.map(DocumentStore.Receipt::readAt).orElse(null),
                receipt.map(DocumentStore.Receipt::acknowledgedAt).orElse(null),
                queries.manages(id, actor),
                row.version());
    }

    private DocumentStore.Row visibleRow(long id, Actor actor) {
        if (!queries.isVisible(id, actor)) {
            throw DomainException.notFound("document.not-found", id);
        }
        return store.find(id).orElseThrow(() -> DomainException.notFound("document.not-found", id));
    }

    private DocumentStore.Row managed(long id, Actor actor) {
        if (!queries.manages(id, actor)) {
            throw DomainException.notFound("document.not-found", id);
        }
        return store.find(id).orElseThrow(() -> DomainException.notFound("document.not-found", id));
    }

    private void managingUnit(long unitId, Actor actor) {
        OrgScope scope = actor.scopeFor(DocumentQueries.MANAGERS);
        if (orgUnits.findWithin(unitId, scope).isEmpty()) {
            throw DomainException.notFound("org.unit.not-found", unitId).onField("orgUnitId");
        }
    }

    private DocumentNumberPolicy.@Nullable Symbol check(DraftDocument draft, Actor actor) {
        DocumentNumberPolicy.issuer(draft.issuerCode());
        for (DocumentScope row : draft.scope()) {
            switch (row.kind()) {
                case SUBTREE, UNIT -> {
                    if (row.orgUnitId() == null
                            || orgUnits.find(row.orgUnitId()).isEmpty()) {
                        throw new DomainException(DomainException.Kind.BAD_REQUEST, "document.scope.unit")
                                .onField("scope");
                    }
                }
                case ROLE -> {
                    if (row.role() == null) {
                        throw new DomainException(DomainException.Kind.BAD_REQUEST, "document.scope.role")
                                .onField("scope");
                    }
                }
                case CITY -> {}
            }
        }
        Map<Long, Boolean> seen = new HashMap<>();
        for (DraftDocument.Link link : draft.links()) {
            if (seen.put(link.targetId(), true) != null || !queries.isVisible(link.targetId(), actor)) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "document.link.invalid", link.targetId())
                        .onField("links");
            }
        }
        if (draft.incomingNumber() == null || draft.incomingNumber().isBlank()) {
            return null;
        }
        DocumentNumberPolicy.Symbol symbol = DocumentNumberPolicy.parse(draft.incomingNumber());
        if (symbol.type() != draft.type() || !symbol.issuer().equals(DocumentNumberPolicy.issuer(draft.issuerCode()))) {
            throw new DomainException(
                            DomainException.Kind.BAD_REQUEST, "document.number.mismatch", draft.incomingNumber())
                    .onField("incomingNumber");
        }
        return symbol;
    }
}
