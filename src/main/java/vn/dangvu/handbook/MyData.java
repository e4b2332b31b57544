package vn.dangvu.handbook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.dangvu.shared.PersonalDataSection;

/**
 * Everything Đảng Vụ holds about a member, as the member downloads it (the data subject's right of access): one
 * section per kind of record, each module's in turn, with the codes as stored.
 *
 * @param memberId the member
 * @param fullName their name
 * @param generatedAt when the copy was made
 * @param sections the sections, the record first
 */
public record MyData(UUID memberId, String fullName, Instant generatedAt, List<PersonalDataSection> sections) {}
