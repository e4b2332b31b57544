package vn.dangvu.demo;

import vn.dangvu.shared.Role;

/**
 * One of the demo's log-ins.
 *
 * @param role the role the account holds
 * @param username the user name (for the member role: the member's party card number)
 * @param password the demo password
 */
public record DemoLogin(Role role, String username, String password) {}
