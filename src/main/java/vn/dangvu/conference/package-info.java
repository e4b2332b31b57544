/**
 * Conferences of a body (hội nghị, REGULATIONS §1.4, §9): numbered conferences of an executive committee, standing
 * committee, standing members or cell within the body's term, titled the Vietnamese way; consultations collecting
 * subordinate organisations' comments on a higher level's drafts (góp ý dự thảo văn kiện); their agenda, participants
 * and attendance, discussion groups (tổ), drafts with versions, the opinions with the responsible official's response
 * (accepted / explained / reserved) and the generated summary; votes on resolutions under the majority rule of
 * {@code ResolutionVotePolicy} (Charter Art. 9(5), QĐ 24-QĐ/TW §9.3), an adopted resolution issued as a numbered NQ
 * document through {@link vn.dangvu.document.DocumentManagement}; and each body's term work programme, planned against
 * held. Owns the {@code conference*} tables; terms from {@link vn.dangvu.org.OrgUnits}, members from
 * {@link vn.dangvu.member.CellRosters}, printing through {@link vn.dangvu.report.ReportDocuments}. Publishes no events.
 */
@ApplicationModule(
        displayName = "Conferences",
        allowedDependencies = {"shared", "org", "member", "meeting", "document", "report"})
@NullMarked
package vn.dangvu.conference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
