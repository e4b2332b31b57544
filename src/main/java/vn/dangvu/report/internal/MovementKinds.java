package vn.dangvu.report.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an arrival into, or a departure from, the counted members of an organisation is classified on the statistical
 * form of member numbers and movements (REGULATIONS §12.3; HD 11-HD/BTCTW 2021, form "Biến động đảng viên"): by the
 * lifecycle step that opened or closed the member's counted period there (REGULATIONS §3). Admission counts from the
 * ceremony (the member is then on the list, Party Charter Art. 4); a member in transit stays with the sender until the
 * receiver confirms (§3.5), so a transfer within the registry moves the count on the day of the confirmation. A
 * temporary posting (§3.6) leaves the member on the home list: it never moves a count, and its buckets stay at zero.
 */
final class MovementKinds {

    static final List<String> IN =
            List.of("ADMITTED", "READMITTED", "TRANSFERRED_IN", "TEMPORARY_IN", "REORGANISED_IN", "OTHER_IN");
    static final List<String> OUT = List.of(
            "TRANSFERRED_OUT", "TEMPORARY_OUT", "DIED", "REMOVED", "EXPELLED", "LEFT", "REORGANISED_OUT", "OTHER_OUT");

    private MovementKinds() {}

    /** The arrival kind of a period opened by {@code startKind}. */
    static String in(String startKind) {
        return switch (startKind) {
            case "CEREMONY_HELD" -> "ADMITTED";
            case "READMITTED" -> "READMITTED";
            case "TRANSFER_RECEIVED", "TRANSFER_ARRIVED" -> "TRANSFERRED_IN";
            case "UNIT_REORGANISED" -> "REORGANISED_IN";
            default -> "OTHER_IN";
        };
    }

    /** The departure kind of a period closed by {@code endKind}. */
    static String out(@Nullable String endKind) {
        if (endKind == null) {
            return "OTHER_OUT";
        }
        return switch (endKind) {
            case "TRANSFER_RECEIVED", "TRANSFER_DEPARTED" -> "TRANSFERRED_OUT";
            case "DIED" -> "DIED";
            case "REMOVED" -> "REMOVED";
            case "EXPELLED" -> "EXPELLED";
            case "LEFT" -> "LEFT";
            case "UNIT_REORGANISED" -> "REORGANISED_OUT";
            default -> "OTHER_OUT";
        };
    }
}
