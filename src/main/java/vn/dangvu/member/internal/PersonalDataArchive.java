package vn.dangvu.member.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dangvu.org.OrgUnitView;
import vn.dangvu.org.OrgUnits;
import vn.dangvu.shared.PersonalDataSource;
import vn.dangvu.shared.SqlFragment;
import vn.dangvu.shared.persistence.PersonalDataQuery;

/**
 * The committee's export of the personal data it controls (issue 10 point 7): for a subtree, a ZIP with the
 * organisations ({@code org-units.jsonl}), one JSON-lines file per kind of record of every module's {@link
 * PersonalDataSource} (each line the member's id and the record's fields, as in the member's own copy), the fields
 * and their labels ({@code fields.json}) and a {@code README.txt} with the counts. Written as it is read, members in
 * batches of {@value #BATCH}, in one read-only repeatable-read transaction so that every file shows the same moment.
 */
@Component
class PersonalDataArchive {

    static final int BATCH = 1000;

    private final List<PersonalDataSource> sources;
    private final OrgUnits orgUnits;
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final JsonMapper json = JsonMapper.builder().build();

    PersonalDataArchive(
            List<PersonalDataSource> sources,
            OrgUnits orgUnits,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.sources = sources;
        this.orgUnits = orgUnits;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Writes the archive of the subtree under {@code root} to {@code out}. */
    void write(OrgUnitView root, Instant at, OutputStream out) {
        snapshot.executeWithoutResult(status -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                Map<String, Long> counts = new LinkedHashMap<>();
                List<OrgUnitView> units = orgUnits.activeSubtree(root);
                entry(zip, "org-units.jsonl");
                for (OrgUnitView unit : units) {
                    line(zip, unit);
                }
                counts.put("org-units", (long) units.size());
                List<PersonalDataQuery> queries = PersonalDataQuery.all(sources);
                for (PersonalDataQuery query : queries) {
                    entry(zip, query.key() + ".jsonl");
                    long[] written = {0};
                    forEachBatch(
                            root,
                            ids -> query.forEach(jdbc, ids, (member, record) -> {
                                Map<String, Object> line = new LinkedHashMap<>();
                                line.put("member_id", member.toString());
                                line.putAll(record);
                                line(zip, line);
                                written[0]++;
                            }));
                    counts.put(query.key(), written[0]);
                }
                entry(zip, "fields.json");
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(fieldsOf(queries)));
                entry(zip, "README.txt");
                zip.write(readme(root, at, counts).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void forEachBatch(OrgUnitView root, Consumer<List<UUID>> batch) {
        SqlFragment within = orgUnits.unitInSubtree("m.org_unit_id", root.path(), "sub");
        @Nullable UUID after = null;
        while (true) {
            // keyset paging on the id, in the database's own order of ids
            List<UUID> ids = jdbc.sql("SELECT m.id FROM member m WHERE " + within.sql()
                            + (after == null ? "" : " AND m.id > :after") + " ORDER BY m.id LIMIT " + BATCH)
                    .params(within.params())
                    .params(after == null ? Map.of() : Map.of("after", after))
                    .query(UUID.class)
                    .list();
            if (ids.isEmpty()) {
                return;
            }
            batch.accept(ids);
            if (ids.size() < BATCH) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private static List<Map<String, Object>> fieldsOf(List<PersonalDataQuery> queries) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PersonalDataQuery query : queries) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("file", query.key() + ".jsonl");
            section.put("title", query.title());
            section.put("fields", query.fields());
            sections.add(section);
        }
        return sections;
    }

    private static String readme(OrgUnitView root, Instant at, Map<String, Long> counts) {
        StringBuilder text = new StringBuilder()
                .append("Dữ liệu cá nhân do ")
                .append(root.name())
                .append(" quản lý (bên kiểm soát dữ liệu, Nghị định 13/2023/NĐ-CP)\n")
                .append("Trích xuất lúc ")
                .append(at)
                .append(" (UTC)\n\n")
                .append("Mỗi tệp .jsonl có một bản ghi trên một dòng; fields.json ghi tên và nhãn các trường.\n\n");
        counts.forEach((file, n) -> text.append(file).append(": ").append(n).append('\n'));
        return text.toString();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // a fixed time: the same data gives the same archive
        entry.setTime(0);
        zip.putNextEntry(entry);
    }

    private void line(ZipOutputStream zip, Object value) {
        try {
            zip.write(json.writeValueAsBytes(value));
            zip.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
