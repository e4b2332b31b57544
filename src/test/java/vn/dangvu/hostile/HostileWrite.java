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
 *     version read at {@code readPath}; a fresh record's values ({@code %0}, {@code %1}… or {@code %s}) by {@link
 *     #nextCall}
 * @param freshRecord for a write that can be done once per record (a cancellation, a dissolution, an answer): sets
 *     up a fresh record before each call and gives the call's path and body; null for a write repeatable on one path
 */
record HostileWrite(
        String caller,
        String operation,
        String path,
        String table,
        @Nullable String readPath,
        String body,
        @Nullable Supplier<Call> freshRecord) {

    /** One call of a write: its path and its body (placeholders {@code %n}, {@code %d}, {@code %v} still in). */
    record Call(String path, String body) {}

    /** Where one call goes, as a set-up gives it: its filled path and the value of {@code %s} in the body. */
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
     * A write done once per record: before each call {@code freshRecord} sets up a new record (through the API) and
     * answers the values of the operation's path variables, in order; the body may name any of the values as {@code
     * %0}, {@code %1}… (a member's id, a version).
     */
    static HostileWrite once(
            String caller, String operation, String table, String body, Supplier<Object[]> freshRecord) {
        int variables = (int) operation.chars().filter(c -> c == '{').count();
        Supplier<Call> call = () -> {
            Object[] values = freshRecord.get();
            String filled = body;
            for (int i = values.length - 1; i >= 0; i--) {
                filled = filled.replace("%" + i, String.valueOf(values[i]));
            }
            return new Call(fill(operation, java.util.Arrays.copyOf(values, variables)), filled);
        };
        return new HostileWrite(caller, operation, pathOf(operation), table, null, body, call);
    }

    /**
     * A write sent each time to a record that {@code setUp} makes afresh, at the path it returns, with its value as
     * {@code %s} in the body: for a write that can be done only once per record, such as approving a congress.
     */
    static HostileWrite each(String caller, String operation, String table, String body, Supplier<Target> setUp) {
        return new HostileWrite(caller, operation, pathOf(operation), table, null, body, null).eachOn(setUp);
    }

    /** The same write sent each time to a record that {@code setUp} makes afresh (see {@link #each}). */
    HostileWrite eachOn(Supplier<Target> setUp) {
        Supplier<Call> call = () -> {
            Target target = setUp.get();
            return new Call(target.path(), body.replace("%s", target.value()));
        };
        return new HostileWrite(caller, operation, path, table, readPath, body, call);
    }

    /** The same write, checked after a refusal by reading {@code readPath} before and after it. */
    HostileWrite readBackAt(String readPath) {
        return new HostileWrite(caller, operation, path, table, readPath, body, freshRecord);
    }

    /** The path and body of the next call: on a fresh record for a write done once per record. */
    Call nextCall() {
        return freshRecord == null ? new Call(path, body) : freshRecord.get();
    }

    /** The body as a template of its fields, without setting a record up: a fresh record's values as zeros. */
    String template() {
        return body.replaceAll("%[0-9s]", "0");
    }

    String method() {
        return operation.substring(0, operation.indexOf(' '));
    }

    private static String pathOf(String operation) {
        return operation.substring(operation.indexOf(' ') + 1);
    }

    private static String fill(String operation, Object... values) {
        String path = pathOf(operation);
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
