/**
 * The Party document library (REGULATIONS §11; HD 36-HD/VPTW 2018, QĐ 66-QĐ/TW 2017): documents with their number and
 * symbol ({@code 03-CTr/TU}) issued per issuing unit, type and committee term, their metadata, replaces/amends links,
 * attachments (PDF, DOCX) kept in the shared file store with their extracted text for search, the distribution scope
 * (whole city, a subtree, named units, roles) with confidentiality levels, members' read receipts and
 * acknowledgements, and bookmarks (tables {@code document*}). Terms come from {@link vn.dangvu.org.OrgUnits}, the
 * active members a document reaches from {@link vn.dangvu.member.MemberRoster}. Other modules read through
 * {@link vn.dangvu.document.Documents} and write through {@link vn.dangvu.document.DocumentManagement}. Publishes no
 * events and notifies no one at publication: members see an unread count instead.
 */
@ApplicationModule(
        displayName = "Party documents",
        allowedDependencies = {"shared", "org", "member"})
@NullMarked
package vn.dangvu.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
