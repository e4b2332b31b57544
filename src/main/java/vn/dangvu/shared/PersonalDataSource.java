package vn.dangvu.shared;

import java.util.List;
import java.util.UUID;

/**
 * Port through which each module hands over what it holds about one member, for the member's own copy of their data
 * (the data subject's right of access, Nghị định 13/2023/NĐ-CP Art. 14; issue 10 point 7). The handbook collects every
 * source into one export, so a module that starts keeping personal data adds a source and the export follows.
 */
public interface PersonalDataSource {

    /**
     * The member's records in this module, one section per kind of record, in the order they should be read.
     *
     * @param memberId the member
     */
    List<PersonalDataSection> sectionsOf(UUID memberId);
}
