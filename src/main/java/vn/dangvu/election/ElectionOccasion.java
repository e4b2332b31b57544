package vn.dangvu.election;

/** Where an election is held; decides the electorate base (QĐ 190-QĐ/TW, Art. 30; REGULATIONS §8.6). */
public enum ElectionOccasion {
    /** Đại hội đảng viên: every official member of the organisation is summoned. */
    MEMBERS_CONGRESS,
    /** Đại hội đại biểu: the elected delegates and the convening committee's members. */
    DELEGATES_CONGRESS,
    /** Hội nghị Ban Chấp hành: the committee's members (first plenum and later plenums). */
    COMMITTEE_PLENUM
}
