package vn.dangvu.shared;

import java.util.Map;

/**
 * A piece of SQL with its named parameters, handed from the module that owns a table to a module that must filter by
 * it (for example the organisation scope condition), so that no module writes SQL against another's tables.
 */
public record SqlFragment(String sql, Map<String, Object> params) {

    public SqlFragment {
        params = Map.copyOf(params);
    }
}
