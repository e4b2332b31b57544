package vn.dangvu.org.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.org.OrgTerm;

/** Terms of units: stored as the congress recorded them; the current one is the latest begun by {@code today}. */
@Component
public class OrgTerms {

    private final JdbcClient jdbc;

    OrgTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's terms, latest first; {@code current} marks the one running on {@code today}. */
    public List<OrgTerm> of(long unitId, LocalDate today) {
        List<OrgTerm> rows = jdbc.sql("""
                        SELECT id, org_unit_id, congress_number, starts_on, length_months, ends_on FROM org_term
                         WHERE org_unit_id = :unit ORDER BY starts_on DESC, id DESC""")
                .param("unit", unitId)
                .query((rs, n) -> new OrgTerm(
                        rs.getLong("id"),
                        rs.getLong("org_unit_id"),
                        rs.getInt("congress_number"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getInt("length_months"),
                        rs.getObject("ends_on", LocalDate.class),
                        false))
                .list();
        Optional<OrgTerm> current =
                rows.stream().filter(t -> !t.startsOn().isAfter(today)).findFirst();
        return rows.stream()
                .map(t -> current.isPresent() && current.get().id() == t.id()
                        ? new OrgTerm(
                                t.id(),
                                t.unitId(),
                                t.congressNumber(),
                                t.startsOn(),
                                t.lengthMonths(),
                                t.endsOn(),
                                true)
                        : t)
                .toList();
    }

    public long add(long unitId, int congressNumber, LocalDate startsOn, int lengthMonths, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO org_term (org_unit_id, congress_number, starts_on, length_months, ends_on,
                                              recorded_at, recorded_by)
                        VALUES (:unit, :number, :starts, :length, :ends, :at, :by)""")
                .param("unit", unitId)
                .param("number", congressNumber)
                .param("starts", startsOn)
                .param("length", lengthMonths)
                .param("ends", startsOn.plusMonths(lengthMonths))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        return jdbc.sql("SELECT id FROM org_term WHERE org_unit_id = :unit AND congress_number = :number")
                .param("unit", unitId)
                .param("number", congressNumber)
                .query(Long.class)
                .single();
    }
}
