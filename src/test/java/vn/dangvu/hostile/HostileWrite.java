package vn.dangvu.hostile;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A known-good JSON write whose text fields {@link HostileTextScenarios} replaces, one at a time, with hostile text.
 *
 * @param caller the demo account that sends it ({@code member}: a plain member of the secretary's cell)
 * @param operation the operation of the OpenAPI document, e.g. {@code POST /api/v1/meetings/{id}/cancel}
 * @param path the path with its variables filled
 * @param table the table a refused write must not add a row to
 * @param readPath where the record an update changes is read, to check a refused update changed nothing; null for
 *     a write that creates
 * @param body the body; {@code %n} is replaced by a fresh number, {@code %d} by a day of the month, {@code %v} by the
 *     version read at {@code readPath} and {@code %s} by the value of the call's {@link Target}
 * @param each when not null, sets up afresh the record of each call (a write that can be done once per record)
 */
record HostileWrite(
        String caller,
        String operation,
        String path,
        String table,
        @Nullable String readPath,
        String body,
        @Nullable Supplier<Target> each) {

    /** Where one call goes: its filled path, and the value of {@code %s} in its body (the id of a fresh record). */
    record Target(String path, String value) {}

    /** A write to a path without variables. */
    static HostileWrite post(String caller, String path, String table, String body) {
        return new HostileWrite(caller, "POST " + path, path, table, null, body, null);
    }

    /**
     * A write to an operation with path variables, filled in order from {@code values}: {@code
     * at("bithu", "POST /api/v1/meetings/{id}/cancel", "meeting", body, meetingId)}.
     */
    static HostileWrite at(String caller, String operation, String table, String body, Object... values) {
        return new HostileWrite(caller, operation, fill(operation, values), table, null, body, null);
    }

    /**
     * A write sent each time to a record that {@code setUp} makes afresh, with the path it returns: for a write that
     * can be done only once per record, such as answering an opinion or approving a congress.
     */
    static HostileWrite each(String caller, String operation, String table, String body, Supplier<Target> setUp) {
        return new HostileWrite(
                caller, operation, operation.substring(operation.indexOf(' ') + 1), table, null, body, setUp);
    }

    /** The same write, checked after a refusal by reading {@code readPath} before and after it. */
    HostileWrite readBackAt(String readPath) {
        return new HostileWrite(caller, operation, path, table, readPath, body, each);
    }

    /**
     * The same write sent each time to a record that {@code setUp} makes afresh: for a write that can be done only
     * once per record, such as adopting a programme or answering an opinion.
     */
    HostileWrite eachOn(Supplier<Target> setUp) {
        return new HostileWrite(caller, operation, path, table, readPath, body, setUp);
    }

    /** Where one call goes: set up afresh by {@link #each}, else {@link #path}. */
    Target target() {
        return each == null ? new Target(path, "") : each.get();
    }

    String method() {
        return operation.substring(0, operation.indexOf(' '));
    }

    private static String fill(String operation, Object... values) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        for (Object value : values) {
            int open = path.indexOf('{');
            if (open < 0) {
                throw new IllegalArgumentException("more values than variables in " + operation);
            }
            path = path.substring(0, open) + value + path.substring(path.indexOf('}', open) + 1);
        }
        if (path.contains("{")) {
            throw new IllegalArgumentException("a variable of " + operation + " has no value");
        }
        return path;
    }
}
