package vn.dangvu.document.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.document.Confidentiality;
import vn.dangvu.document.DocumentReaders;
import vn.dangvu.document.DocumentScope;
import vn.dangvu.document.DocumentStatus;
import vn.dangvu.document.DocumentSummary;
import vn.dangvu.document.DocumentType;
import vn.dangvu.document.ReadState;
import vn.dangvu.member.MemberRoster;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.OrgScope;
import vn.dangvu.shared.PageResult;
import vn.dangvu.shared.Paging;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.RoleGrant;
import vn.dangvu.shared.SqlFragment;
import vn.dangvu.shared.text.VietnameseText;

/**
 * The library's reads, every visibility rule applied in SQL: staff see the documents issued by units in their scope
 * (drafts included) and, like members, the published documents that reach them ({@link DocumentVisibilityPolicy}).
 */
@Component
public class DocumentQueries {

    /** The roles that manage documents of the units in their scope. */
    public static final Role[] MANAGERS = {
        Role.CITY_OFFICE, Role.CITY_ORGANISATION, Role.ORG_STAFF, Role.CELL_SECRETARY, Role.LEADERSHIP
    };

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final MemberRoster roster;

    DocumentQueries(JdbcClient jdbc, OrgUnits orgUnits, MemberRoster roster) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.roster = roster;
    }

    /**
     * Library filters.
     *
     * @param q words of the title, summary, number or attachment text; diacritics ignored
     * @param type a type
     * @param year year of issue
     * @param issuer issuer suffix
     * @param orgUnitId the issuing unit
     * @param status draft or published
     * @param bookmarked only the caller's bookmarks
     * @param unread only the published documents the calling member has not opened
     */
    public record Filter(
            @Nullable String q,
            @Nullable DocumentType type,
            @Nullable Integer year,
            @Nullable String issuer,
            @Nullable Long orgUnitId,
            @Nullable DocumentStatus status,
            boolean bookmarked,
            boolean unread) {}

    /** The caller as a reader: their cell and staff units with their ancestors, and their roles. */
    public DocumentVisibilityPolicy.Reader reader(Actor actor) {
        Set<String> paths = new LinkedHashSet<>();
        if (actor.memberOrgUnitId() != null) {
            String path = orgUnits.pathsOf(List.of(actor.memberOrgUnitId())).get(actor.memberOrgUnitId());
            if (path != null) {
                paths.add(path);
            }
        }
        actor.grants().stream()
                .filter(g -> g.role() != Role.MEMBER)
                .map(RoleGrant::orgPath)
                .forEach(paths::add);
        Set<Role> roles = new LinkedHashSet<>();
        actor.grants().forEach(g -> roles.add(g.role()));
        return DocumentVisibilityPolicy.Reader.of(paths, roles);
    }

    /** "The document aliased {@code d} is visible to the caller": managed by them, or published and reaching them. */
    public SqlFragment visible(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        SqlFragment managed = orgUnits.unitWithin("d.org_unit_id", actor.scopeFor(MANAGERS), "mgd");
        SqlFragment reach = DocumentVisibilityPolicy.reachSql(reader(actor));
        params.putAll(managed.params());
        params.putAll(reach.params());
        return new SqlFragment("(" + managed.sql() + " OR " + reach.sql() + ")", params);
    }

    /** Whether the caller manages the document (its issuing unit lies in their managing scope). */
    public boolean manages(long id, Actor actor) {
        return exists(id, orgUnits.unitWithin("d.org_unit_id", actor.scopeFor(MANAGERS), "mgd"));
    }

    public boolean isVisible(long id, Actor actor) {
        return exists(id, visible(actor));
    }

    public boolean reaches(long id, Actor actor) {
        return exists(id, DocumentVisibilityPolicy.reachSql(reader(actor)));
    }

    private boolean exists(long id, SqlFragment condition) {
        return jdbc.sql("SELECT COUNT(*) FROM document d WHERE d.id = :id AND " + condition.sql())
                        .params(condition.params())
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public PageResult<DocumentSummary> search(Filter filter, Actor actor, Paging paging) {
        SqlFragment visible = visible(actor);
        List<String> where = new ArrayList<>(List.of(visible.sql()));
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("account", actor.accountId());
        params.put("member", actor.memberId() == null ? new UUID(0, 0) : actor.memberId());
        if (filter.q() != null && !filter.q().isBlank()) {
            String key = VietnameseText.searchKey(filter.q())
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            where.add("d.search_text LIKE :q ESCAPE '\\'");
            params.put("q", "%" + key + "%");
        }
        if (filter.type() != null) {
            where.add("d.doc_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.year() != null) {
            where.add("d.issued_on >= :from AND d.issued_on < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.issuer() != null && !filter.issuer().isBlank()) {
            where.add("d.issuer_code = :issuer");
            params.put("issuer", filter.issuer().strip());
        }
        if (filter.orgUnitId() != null) {
            where.add("d.org_unit_id = :unit");
            params.put("unit", filter.orgUnitId());
        }
        if (filter.status() != null) {
            where.add("d.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.bookmarked()) {
            where.add("b.account_id IS NOT NULL");
        }
        if (filter.unread()) {
            SqlFragment reach = DocumentVisibilityPolicy.reachSql(reader(actor));
            where.add(reach.sql() + " AND rc.member_id IS NULL AND :hasMember = 1");
            params.putAll(reach.params());
            params.put("hasMember", actor.memberId() == null ? 0 : 1);
        }
        String from = """
                 FROM document d
                 LEFT JOIN document_bookmark b ON b.document_id = d.id AND b.account_id = :account
                 LEFT JOIN document_receipt rc ON rc.document_id = d.id AND rc.member_id = :member
                WHERE """ + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.sizeOrDefault());
        params.put("offset", paging.offset());
        List<DocumentSummary> rows = jdbc.sql(
                        """
                        SELECT d.id, d.number_text, d.doc_type, d.title, d.org_unit_id, d.issued_on, d.confidentiality,
                               d.status, d.version, b.account_id AS bookmark, rc.read_at, rc.acknowledged_at""" + from + " ORDER BY d.issued_on DESC NULLS FIRST, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new DocumentSummary(
                        rs.getLong("id"),
                        rs.getString("number_text"),
                        DocumentType.valueOf(rs.getString("doc_type")),
                        rs.getString("title"),
                        rs.getLong("org_unit_id"),
                        rs.getObject("issued_on", LocalDate.class),
                        Confidentiality.valueOf(rs.getString("confidentiality")),
                        DocumentStatus.valueOf(rs.getString("status")),
                        rs.getObject("bookmark") != null,
                        rs.getTimestamp("read_at") != null,
                        rs.getTimestamp("acknowledged_at") != null,
                        rs.getLong("version")))
                .list();
        return new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), total);
    }

    /** How many published documents reaching the member they have not opened (0 for staff without a member record). */
    public long unreadCount(Actor actor) {
        if (actor.memberId() == null) {
            return 0;
        }
        SqlFragment reach = DocumentVisibilityPolicy.reachSql(reader(actor));
        return jdbc.sql("SELECT COUNT(*) FROM document d WHERE " + reach.sql()
                        + " AND NOT EXISTS (SELECT 1 FROM document_receipt rc WHERE rc.document_id = d.id"
                        + " AND rc.member_id = :member)")
                .params(reach.params())
                .param("member", actor.memberId())
                .query(Long.class)
                .single();
    }

    /**
     * The active members in the staff scope that a published document reaches, with their receipts: counts and one
     * page, filtered by state. Members are reached through their cell (CITY, SUBTREE, UNIT rows) or the member role;
     * the holders of a staff role are staff, not counted here.
     */
    public DocumentReaders readers(
            long id,
            Confidentiality level,
            List<DocumentScope> scope,
            OrgScope staff,
            @Nullable ReadState state,
            Paging paging) {
        SqlFragment members = roster.active("ros");
        SqlFragment inScope = orgUnits.unitWithin("r.org_unit_id", staff, "rsc");
        Map<String, Object> params = new HashMap<>(members.params());
        params.putAll(inScope.params());
        params.put("doc", id);
        List<String> reach = new ArrayList<>();
        int i = 0;
        for (DocumentScope row : scope) {
            if (!DocumentVisibilityPolicy.counts(level, row.kind())) {
                continue;
            }
            switch (row.kind()) {
                case CITY -> reach.add("1 = 1");
                case SUBTREE -> {
                    String path = orgUnits.pathsOf(List.of(row.orgUnitId())).get(row.orgUnitId());
                    if (path != null) {
                        SqlFragment sub = orgUnits.unitInSubtree("r.org_unit_id", path, "sub" + i);
                        reach.add(sub.sql());
                        params.putAll(sub.params());
                    }
                }
                case UNIT -> {
                    reach.add("r.org_unit_id = :unit" + i);
                    params.put("unit" + i, row.orgUnitId());
                }
                case ROLE -> {
                    if (row.role() == Role.MEMBER) {
                        reach.add("1 = 1");
                    }
                }
            }
            i++;
        }
        String reachSql = reach.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", reach) + ")";
        String from = " FROM " + members.sql() + " r LEFT JOIN document_receipt rc ON rc.document_id = :doc"
                + " AND rc.member_id = r.id WHERE " + inScope.sql() + " AND " + reachSql;
        Map<String, Object> counts = jdbc.sql("SELECT COUNT(*) AS total, COUNT(rc.read_at) AS seen,"
                        + " COUNT(rc.acknowledged_at) AS acked" + from)
                .params(params)
                .query((rs, n) -> Map.<String, Object>of(
                        "total", rs.getLong("total"), "seen", rs.getLong("seen"), "acked", rs.getLong("acked")))
                .single();
        String filter = state == null
                ? ""
                : switch (state) {
                    case UNREAD -> " AND rc.read_at IS NULL";
                    case READ -> " AND rc.read_at IS NOT NULL AND rc.acknowledged_at IS NULL";
                    case ACKNOWLEDGED -> " AND rc.acknowledged_at IS NOT NULL";
                };
        long filtered = jdbc.sql("SELECT COUNT(*)" + from + filter)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.sizeOrDefault());
        params.put("offset", paging.offset());
        List<DocumentReaders.Reader> rows = jdbc.sql("SELECT r.id, r.full_name, r.org_unit_id, rc.read_at,"
                        + " rc.acknowledged_at" + from + filter + " ORDER BY r.sort_key, r.id LIMIT :limit OFFSET"
                        + " :offset")
                .params(params)
                .query((rs, n) -> {
                    Timestamp readAt = rs.getTimestamp("read_at");
                    Timestamp ackAt = rs.getTimestamp("acknowledged_at");
                    return new DocumentReaders.Reader(
                            rs.getObject("id", UUID.class),
                            rs.getString("full_name"),
                            rs.getLong("org_unit_id"),
                            ackAt != null ? ReadState.ACKNOWLEDGED : readAt != null ? ReadState.READ : ReadState.UNREAD,
                            readAt == null ? null : readAt.toInstant(),
                            ackAt == null ? null : ackAt.toInstant());
                })
                .list();
        long total = (Long) counts.get("total");
        long seen = (Long) counts.get("seen");
        long acked = (Long) counts.get("acked");
        return new DocumentReaders(
                total,
                seen - acked,
                acked,
                total - seen,
                new PageResult<>(rows, paging.pageOrDefault(), paging.sizeOrDefault(), filtered));
    }
}
