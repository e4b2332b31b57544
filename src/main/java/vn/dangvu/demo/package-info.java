/**
 * The demo city: generates a deterministic synthetic party organisation of a city (the tree of REGULATIONS §1, member
 * records of §2 with lifecycle histories of §3 replayed through the member module's policy, candidates at every stage
 * of admission, and member and staff accounts) for the demo, the tests and the
 * benchmarks. The same size and seed always give the same rows. It writes its seed rows with bulk SQL straight into
 * the tables of {@code org}, {@code member}, {@code security}, {@code meeting} (the demo cell's meetings) and
 * {@code duty} (the demo's evaluation cycles) and {@code petition} (a few petitions and reception days of the demo
 * commune) and {@code grassroots} (three committee members of the demo commune with their visits this quarter) and {@code congress}
 * with {@code org_term} (the 2025–2030 congress season: the city's delegates' congress with its delegates, the
 * commune-level and grassroots congresses, a few of the demo commune's still planned and one overdue): the one documented exception to "a module's SQL touches only its own
 * tables", because the row-by-row facades are about a hundred times too slow for 500,000 members. About ten Party
 * documents with a small PDF each go through {@link vn.dangvu.document.DocumentManagement} (few rows, so the facade is
 * fast enough), and so do two open cases of the demo commune's inspection commission through {@link
 * vn.dangvu.inspection.InspectionCaseManagement} and the city's work programme 01-CTr/TU with the demo commune's
 * adoption of it through {@link vn.dangvu.programme.ProgrammeManagement}, and the city committee's term (khóa XVII), its
 * conferences, term work programme and a consultation through {@link vn.dangvu.conference.ConferenceManagement},
 * and two counted elections of the demo
 * commune (its cell's committee, the worked example of QĐ 190-QĐ/TW Art. 30, and its executive committee from a list
 * with surplus) through {@link vn.dangvu.election.ElectionManagement}. It publishes no events; {@link vn.dangvu.demo.DemoLogins} tells the demo's log-ins.
 */
@ApplicationModule(
        displayName = "Demo city",
        allowedDependencies = {
            "shared",
            "org",
            "member",
            "security",
            "calendar",
            "document",
            "inspection",
            "programme",
            "conference",
            "election",
            "congress"
        })
@NullMarked
package vn.dangvu.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
