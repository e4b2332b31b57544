/**
 * Congresses (đại hội) of party organisations per term (REGULATIONS §1.3, §8.8, §9): the kind (members' or
 * delegates' congress), the number "lần thứ" continuing the organisation's earlier terms and those of the
 * organisations it was merged or split from (HD 06-HD/TW), the plan and its milestones (the opening date announced at
 * least 30 working days before, QĐ 24 §11.1; held; approved by the superior), the delegates and their credentials, the
 * congress's own documents (numbered in one congress sequence by the document module) and the progress of a congress
 * season over a subtree. Records the term a held congress begins through the organisation module. Owns the {@code
 * congress*} tables; publishes {@link vn.dangvu.congress.Congresses#delegates} for the election module; publishes no
 * events.
 */
@ApplicationModule(
        displayName = "Congresses",
        allowedDependencies = {"shared", "org", "member", "calendar", "document", "report"})
@NullMarked
package vn.dangvu.congress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
