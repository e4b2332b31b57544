package vn.dangvu.member;

import java.util.UUID;

/**
 * A member as a name picker shows them: enough to tell two namesakes apart, nothing more.
 *
 * @param id the member
 * @param fullName full name in use
 * @param cellName their cell
 */
public record MemberLookup(UUID id, String fullName, String cellName) {}
