package vn.dangvu.petition;

/** The kinds of petition (phân loại đơn, REGULATIONS §13.2). */
public enum PetitionKind {
    /** Khiếu nại: settled within 30 days (45 when complex) of acceptance, Luật Khiếu nại 2011. */
    COMPLAINT,
    /** Tố cáo: settled within 30 days, extendable twice by 30, Luật Tố cáo 2018 Art. 30. */
    DENUNCIATION,
    /** Kiến nghị: no statutory settlement deadline. */
    PROPOSAL,
    /** Phản ánh: no statutory settlement deadline. */
    FEEDBACK
}
