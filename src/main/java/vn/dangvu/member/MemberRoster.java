package vn.dangvu.member;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dangvu.shared.SqlFragment;

/**
 * The active members (on a cell's list) as a SQL row source for other modules' lists, such as the readers of a
 * document: columns {@code id}, {@code full_name}, {@code sort_key}, {@code org_unit_id}. The owning module hands out
 * the SQL so that no other module writes SQL against the member table.
 */
@Service
public class MemberRoster {

    private static final List<String> ACTIVE = Arrays.stream(MemberStatus.values())
            .filter(MemberStatus::isActive)
            .map(Enum::name)
            .toList();

    /** A derived table of the active members; its parameter is named {@code <prefix>Active}. */
    public SqlFragment active(String prefix) {
        return new SqlFragment(
                "(SELECT m.id, m.full_name, m.sort_key, m.org_unit_id FROM member m WHERE m.status IN (:" + prefix
                        + "Active))",
                Map.of(prefix + "Active", ACTIVE));
    }
}
