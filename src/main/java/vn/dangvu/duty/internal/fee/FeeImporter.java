package vn.dangvu.duty.internal.fee;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.dangvu.duty.FeeImportReport;
import vn.dangvu.duty.FeeImportReport.Issue;
import vn.dangvu.duty.FeeImportReport.IssueKind;
import vn.dangvu.duty.FeePaymentMethod;
import vn.dangvu.member.CellRosters;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.shared.DomainException;
import vn.dangvu.shared.MemberDirectory;
import vn.dangvu.shared.OrgScope;

/**
 * Imports a portal export ({@link PortalCsv}) into a unit's subtree, all or nothing: rows are matched to members of the
 * subtree by card number or citizen ID; unreadable rows, unmatched rows and duplicate transactions block the whole
 * file (nothing is recorded, the report lists them); an amount other than the amount due is recorded and reported as a
 * warning, since the portal has taken the money. The attempt and its issues are kept either way.
 */
@Component
public class FeeImporter {

    static final int MAX_ROWS = 20_000;

    private final FeeStore store;
    private final FeeMembers members;
    private final FeeBook book;
    private final MemberDirectory directory;
    private final CellRosters rosters;

    FeeImporter(FeeStore store, FeeMembers members, FeeBook book, MemberDirectory directory, CellRosters rosters) {
        this.store = store;
        this.members = members;
        this.book = book;
        this.directory = directory;
        this.rosters = rosters;
    }

    public FeeImportReport importFile(
            OrgUnitView unit, String fileName, byte[] bytes, OrgScope scope, String by, Instant now, LocalDate today) {
        String digest = sha256(bytes);
        if (store.appliedBefore(unit.id(), digest)) {
            throw DomainException.conflict("fee.import.already-applied", fileName);
        }
        List<PortalCsv.Row> rows = PortalCsv.read(bytes);
        if (rows.isEmpty()) {
            throw DomainException.rule("fee.import.empty", fileName).onField("file");
        }
        if (rows.size() > MAX_ROWS) {
            throw DomainException.rule("fee.import.too-many-rows", rows.size(), MAX_ROWS)
                    .onField("file");
        }
        long importId = store.insertImport(unit.id(), clip(fileName), digest, by, now);
        List<Issue> issues = new ArrayList<>();
        Set<String> references = new HashSet<>();
        rows.stream().map(PortalCsv.Row::reference).filter(r -> r != null).forEach(references::add);
        Set<String> known = new HashSet<>(store.knownReferences(references));
        Set<String> seen = new HashSet<>();
        Map<String, Optional<UUID>> matches = new HashMap<>();
        List<Matched> matched = new ArrayList<>();
        for (PortalCsv.Row row : rows) {
            if (row.error() != null) {
                issues.add(new Issue(
                        row.line(), IssueKind.INVALID, true, mask(row.identifier()), row.reference(), row.error()));
                continue;
            }
            String reference = java.util.Objects.requireNonNull(row.reference());
            if (known.contains(reference) || !seen.add(reference)) {
                issues.add(new Issue(row.line(), IssueKind.DUPLICATE, true, mask(row.identifier()), reference, null));
                continue;
            }
            String identifier = java.util.Objects.requireNonNull(row.identifier());
            Optional<UUID> member = matches.computeIfAbsent(
                    identifier, id -> directory.findByLogin(id).filter(m -> members.inSubtree(m, unit.path())));
            if (member.isEmpty()) {
                issues.add(new Issue(row.line(), IssueKind.UNMATCHED, true, mask(identifier), reference, null));
                continue;
            }
            matched.add(new Matched(row, member.get()));
        }
        FeeBook.Loaded loaded =
                book.load(matched.stream().map(Matched::memberId).distinct().toList(), scope, unit.path(), today);
        for (Matched m : matched) {
            long due = loaded.due(
                            m.memberId(),
                            java.util.Objects.requireNonNull(m.row().month()))
                    .due();
            if (due != m.row().amount()) {
                issues.add(new Issue(
                        m.row().line(),
                        IssueKind.AMOUNT_DIFFERS,
                        false,
                        mask(m.row().identifier()),
                        m.row().reference(),
                        due + " ≠ " + m.row().amount()));
            }
        }
        boolean apply = issues.stream().noneMatch(Issue::blocking);
        long amount = 0;
        if (apply) {
            Map<UUID, Long> cells = new HashMap<>();
            rosters.byIds(matched.stream().map(Matched::memberId).distinct().toList())
                    .forEach(r -> cells.put(r.memberId(), r.orgUnitId()));
            for (Matched m : matched) {
                PortalCsv.Row row = m.row();
                store.insertPayment(
                        m.memberId(),
                        cells.getOrDefault(m.memberId(), unit.id()),
                        java.util.Objects.requireNonNull(row.month()),
                        row.amount(),
                        FeePaymentMethod.PORTAL,
                        java.util.Objects.requireNonNull(row.paidOn()),
                        row.reference(),
                        importId,
                        by,
                        now);
                amount += row.amount();
            }
        }
        issues.sort(java.util.Comparator.comparingInt(Issue::line));
        store.finishImport(importId, apply, rows.size(), matched.size(), apply ? matched.size() : 0, amount, issues);
        return store.importReport(importId);
    }

    private record Matched(PortalCsv.Row row, UUID memberId) {}

    /** Citizen IDs (12 digits) are shown with all but the last 4 digits masked; card numbers as they are. */
    static @org.jspecify.annotations.Nullable String mask(@org.jspecify.annotations.Nullable String identifier) {
        if (identifier == null || identifier.length() > 40) {
            return identifier == null ? null : identifier.substring(0, 40);
        }
        if (identifier.matches("\\d{12}")) {
            return "********" + identifier.substring(8);
        }
        return identifier;
    }

    private static String clip(String name) {
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
