/**
 * Accounts and login (staff by user name; members by party card number or citizen ID), roles held over
 * organisation subtrees, TOTP second factor for staff, lock-out and per-address rate limits, the request's
 * {@link vn.dangvu.shared.Actor}, deny-by-default endpoint checks ({@link vn.dangvu.shared.Allowed}) and the
 * hash-chained audit log behind {@link vn.dangvu.shared.AuditTrail}.
 */
@ApplicationModule(
        displayName = "Security and audit",
        allowedDependencies = {"shared", "org"})
@NullMarked
package vn.dangvu.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
