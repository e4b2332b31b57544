package vn.dangvu.report.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangvu.org.OrgUnitKind;
import vn.dangvu.org.OrgUnitRef;

/**
 * The report figures for the integration and browser tests: {@link FakeFigures} over the demo city's real tree, until
 * the counters and the history are wired to {@link ReportFigures}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoTreeFigures {

    @Bean
    ReportFigures reportFigures(JdbcClient jdbc) {
        return new FakeFigures(unit -> jdbc.sql("""
                        SELECT id, kind, name, path FROM org_unit
                         WHERE parent_id = :id AND state = 'ACTIVE' ORDER BY path""")
                .param("id", unit.id())
                .query((rs, n) -> new OrgUnitRef(
                        rs.getLong("id"),
                        OrgUnitKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("path")))
                .list());
    }
}
