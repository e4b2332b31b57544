/**
 * Citizens' petitions (đơn thư, REGULATIONS §13): intake of complaints, denunciations, proposals and feedback with
 * the petitioner's personal data (audited on every read), classification by kind and competence, acceptance (thụ lý),
 * routing to the competent unit or guidance back to the petitioner, duplicates linked to an earlier petition, the
 * legal deadlines of Luật Khiếu nại 2011 and Luật Tố cáo 2018 ({@code PetitionDeadlinePolicy}) with extensions, the
 * reply that settles a petition, the ageing report of open cases, and the reception days of committee heads (QĐ
 * 11-QĐi/TW 2019, KL 215-KL/TW 2025). Owns the {@code petition*} tables; publishes no events. Party-internal
 * denunciations and discipline complaints belong to the inspection module, not here.
 */
@ApplicationModule(
        displayName = "Citizens' petitions",
        allowedDependencies = {"shared", "org", "calendar"})
@NullMarked
package vn.dangvu.petition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
