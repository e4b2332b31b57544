/**
 * The member registry (minimal slice of the platform; the registry capability completes the member forms and the
 * lifecycle of REGULATIONS §2–§4): identity, name with its search and Vietnamese sort keys, sex, birth date, cell,
 * status, admission and official dates; scoped search and audited reads. It also keeps the proposals of removal from
 * the list (xóa tên) that the rules of other modules raise, through {@link vn.dangvu.member.RemovalProposals}.
 */
@ApplicationModule(
        displayName = "Member registry",
        allowedDependencies = {"shared", "org", "calendar"})
@NullMarked
package vn.dangvu.member;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
