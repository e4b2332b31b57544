package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import vn.dangvu.shared.PublicEndpoint;
import vn.dangvu.shared.Role;
import vn.dangvu.support.ApiClient;
import vn.dangvu.support.ApiOperations;
import vn.dangvu.support.PlatformTestBase;

/**
 * Every operation of the OpenAPI document, proven: anonymous → 401; a role it does not accept → 403; an id outside the
 * caller's scope → 404 (existence does not leak); lists never hold rows outside the scope. A new operation fails this
 * test until it is given its scope case below.
 */
abstract class AuthorizationScenarios extends PlatformTestBase {

    /** The decision fields of an organisation change. */
    static final String DECISION =
            "\"decisionNumber\":\"1-QĐ/TU\",\"decisionDate\":\"2026-02-02\",\"issuer\":\"Ban Thường vụ\",\"effectiveOn\":\"2026-02-02\"";

    /** A split body; {@code #} is replaced by the fields before {@code parts}. */
    static final String SPLIT_PARTS =
            "{#\"parts\":[{\"kind\":\"CELL\",\"code\":\"AUTHZ.S%d\",\"name\":\"Chi bộ Tách\"}]}";

    private static final Map<String, Set<Role>> DEMO_ROLES = ApiOperations.DEMO_ROLES;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, ApiClient> sessions = new LinkedHashMap<>();

    /** Numbers of the programmes the scope cases issue (unique per issuing unit). */
    private static final java.util.concurrent.atomic.AtomicInteger PROGRAMME_NUMBER =
            new java.util.concurrent.atomic.AtomicInteger(5000);

    record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationIsClassified() {
        assertThat(operations())
                .allSatisfy(op -> assertThat(cases().keySet())
                        .as("scope case for " + op.key())
                        .contains(op.key()));
    }

    @Test
    void anonymousCallersGet401() {
        for (Operation op : operations()) {
            if (isPublic(op)) {
                continue;
            }
            ApiClient.Response response = call(client(), op, fill(op.path()), "{}");
            assertThat(response.status()).as(op.key()).isEqualTo(401);
            assertThat(response.contentType()).as(op.key()).startsWith("application/problem+json");
        }
    }

    @Test
    void callersWithoutAnAcceptedRoleGet403() {
        for (Operation op : operations()) {
            if (isPublic(op)) {
                continue;
            }
            Set<Role> allowed = EnumSet.copyOf(Arrays.asList(allowedRoles(op)));
            String outsider = DEMO_ROLES.entrySet().stream()
                    .filter(e -> e.getValue().stream().noneMatch(allowed::contains))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (outsider == null) {
                continue;
            }
            ApiClient.Response response = call(session(outsider), op, fill(op.path()), "{}");
            assertThat(response.status()).as(op.key() + " as " + outsider).isEqualTo(403);
            assertThat(response.code()).as(op.key()).isEqualTo("auth.forbidden");
        }
    }

    @Test
    void scopeCasesHold() {
        List<String> failures = new ArrayList<>();
        cases().forEach((key, check) -> {
            try {
                check.accept(this);
            } catch (AssertionError e) {
                failures.add(key + ": " + e.getMessage());
            }
        });
        assertThat(failures).isEmpty();
    }

    /** What each operation's scope proof is. */
    Map<String, Consumer<AuthorizationScenarios>> cases() {
        Map<String, Consumer<AuthorizationScenarios>> cases = new LinkedHashMap<>();
        cases.put("POST /api/v1/auth/login", t -> {});
        cases.put("POST /api/v1/auth/login/totp", t -> {});
        cases.put("POST /api/v1/auth/logout", t -> {});
        cases.put("GET /api/v1/me", t -> t.selfOnly());
        cases.put("POST /api/v1/account/password", t -> {});
        cases.put("POST /api/v1/account/totp/enrolment", t -> {});
        cases.put("POST /api/v1/account/totp/enrolment/confirmation", t -> {});
        cases.put("GET /api/v1/org-units/roots", t -> t.listWithinStaffScope("/api/v1/org-units/roots", false));
        cases.put("GET /api/v1/org-units", t -> t.listWithinStaffScope("/api/v1/org-units?size=500", true));
        cases.put("GET /api/v1/org-units/{id}", t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d", null));
        cases.put(
                "GET /api/v1/org-units/{id}/children",
                t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/children", null));
        cases.put(
                "GET /api/v1/org-units/{id}/ancestors",
                t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/ancestors", null));
        cases.put("POST /api/v1/org-units", t -> t.createUnderForeignParentIs404());
        cases.put(
                "POST /api/v1/org-units/{id}/move",
                t -> t.unitOutsideIs404(
                        "POST", "/api/v1/org-units/%d/move", "{\"newParentId\":%d,\"version\":0," + DECISION + "}"));
        cases.put(
                "POST /api/v1/org-units/{id}/move/preview",
                t -> t.unitOutsideIs404("POST", "/api/v1/org-units/%d/move/preview", "{\"newParentId\":%d}"));
        cases.put(
                "POST /api/v1/org-units/{id}/rename",
                t -> t.unitOutsideIs404(
                        "POST",
                        "/api/v1/org-units/%d/rename",
                        "{\"name\":\"Chi bộ Mới\",\"version\":0," + DECISION + "}"));
        cases.put(
                "POST /api/v1/org-units/{id}/merge/preview",
                t -> t.unitOutsideIs404("POST", "/api/v1/org-units/%d/merge/preview", "{\"absorbedIds\":[%d]}"));
        cases.put(
                "POST /api/v1/org-units/{id}/merge",
                t -> t.unitOutsideIs404(
                        "POST",
                        "/api/v1/org-units/%d/merge",
                        "{\"version\":0,\"absorbed\":[{\"id\":%d,\"version\":0}]," + DECISION + "}"));
        cases.put(
                "POST /api/v1/org-units/{id}/split/preview",
                t -> t.unitOutsideIs404("POST", "/api/v1/org-units/%d/split/preview", SPLIT_PARTS.replace("#", "")));
        cases.put(
                "POST /api/v1/org-units/{id}/split",
                t -> t.unitOutsideIs404(
                        "POST",
                        "/api/v1/org-units/%d/split",
                        SPLIT_PARTS.replace("#", "\"version\":0," + DECISION + ",")));
        cases.put(
                "POST /api/v1/org-units/{id}/dissolve",
                t -> t.unitOutsideIs404("POST", "/api/v1/org-units/%d/dissolve", "{\"version\":0," + DECISION + "}"));
        cases.put(
                "GET /api/v1/org-units/{id}/history",
                t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/history", null));
        cases.put(
                "GET /api/v1/org-units/{id}/warnings",
                t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/warnings", null));
        cases.put(
                "GET /api/v1/org-units/{id}/personal-data.zip",
                t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/personal-data.zip", null));
        cases.put(
                "GET /api/v1/org-units/{id}/terms", t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/terms", null));
        cases.put(
                "POST /api/v1/org-units/{id}/terms",
                t -> t.unitOutsideIs404(
                        "POST",
                        "/api/v1/org-units/%d/terms",
                        "{\"congressNumber\":1,\"startsOn\":\"2025-01-01\",\"lengthMonths\":60}"));
        cases.put("GET /api/v1/members", t -> t.memberListsStayInScope());
        cases.put("GET /api/v1/members/export.xlsx", t -> t.memberExportsStayInScope());
        cases.put("GET /api/v1/members/{id}", t -> t.memberOutsideIs404());
        cases.put(
                "PUT /api/v1/members/{id}",
                t -> t.memberOutsideCellIs404(
                        "PUT",
                        "{\"fullName\":\"Nguyễn Văn A\",\"sex\":\"M\",\"birthDate\":\"1980-01-01\","
                                + "\"ethnicity\":\"KINH\",\"version\":0}",
                        ""));
        cases.put("GET /api/v1/members/{id}/changes", t -> t.memberOutsideCellIs404("GET", null, "/changes"));
        cases.put("GET /api/v1/members/{id}/photo", t -> t.memberOutsideCellIs404("GET", null, "/photo"));
        cases.put("PUT /api/v1/members/{id}/photo", t -> t.memberOutsideCellIs404("PHOTO", null, "/photo"));
        cases.put("GET /api/v1/members/{id}/events", t -> t.memberOutsideCellIs404("GET", null, "/events"));
        cases.put("GET /api/v1/members/{id}/lifecycle", t -> t.memberOutsideCellIs404("GET", null, "/lifecycle"));
        String died = "{\"kind\":\"DIED\",\"effectiveDate\":\"2026-01-05\",\"version\":0}";
        cases.put("POST /api/v1/members/{id}/events", t -> t.memberOutsideCellIs404("POST", died, "/events"));
        cases.put(
                "POST /api/v1/members/{id}/events/{eventId}/corrections",
                t -> t.memberOutsideCellIs404("POST", died, "/events/1/corrections"));
        cases.put(
                "POST /api/v1/members/{id}/events/{eventId}/annulment",
                t -> t.memberOutsideCellIs404("POST", "{\"reason\":\"x\",\"version\":0}", "/events/1/annulment"));
        cases.put("POST /api/v1/members", t -> t.registerOutsideCellIs404());
        cases.put("GET /api/v1/members/{id}/documents", t -> t.memberOutsideCellIs404("GET", null, "/documents"));
        cases.put(
                "POST /api/v1/members/{id}/documents",
                t -> t.memberOutsideCellIs404("DOCUMENT", null, "/documents?kind=OTHER&title=x"));
        cases.put(
                "GET /api/v1/members/{id}/documents/{documentId}",
                t -> t.memberOutsideCellIs404("GET", null, "/documents/" + java.util.UUID.randomUUID()));
        cases.put(
                "POST /api/v1/members/{id}/documents/{documentId}/withdrawal",
                t -> t.memberOutsideCellIs404(
                        "POST", "{\"reason\":\"x\"}", "/documents/" + java.util.UUID.randomUUID() + "/withdrawal"));
        cases.put("GET /api/v1/deadlines", t -> t.deadlinesStayInScope());
        cases.put("GET /api/v1/transfers/incoming", t -> t.incomingStayInScope());
        // the import template holds no record: only the code of a cell of the caller's own scope
        cases.put("GET /api/v1/member-imports/template.xlsx", t -> {});
        cases.put("GET /api/v1/member-imports/template.csv", t -> {});
        cases.put("POST /api/v1/member-imports", t -> t.importIntoForeignUnitIs404());
        cases.put("GET /api/v1/member-imports", t -> t.importListsStayInScope());
        cases.put("GET /api/v1/member-imports/{id}", t -> t.importOutsideIs404(""));
        cases.put("GET /api/v1/member-imports/{id}/report.xlsx", t -> t.importOutsideIs404("/report.xlsx"));
        cases.put(
                "GET /api/v1/members/{id}/membership-age",
                t -> t.memberOutsideCellIs404("GET", null, "/membership-age"));
        cases.put("GET /api/v1/members/{id}/badges", t -> t.memberOutsideCellIs404("GET", null, "/badges"));
        cases.put("GET /api/v1/badges/eligible", t -> t.badgeListsStayInScope());
        cases.put("POST /api/v1/members/{id}/activity-gaps", t -> t.gapForMemberOutsideStaffScopeIs404());
        cases.put("POST /api/v1/badges/awards", t -> t.badgeForMemberOutsideCellIs404());
        // the catalogue of the standard reports holds no figures
        cases.put("GET /api/v1/reports", t -> {});
        cases.put(
                "GET /api/v1/reports/{kind}",
                t -> t.unitOutsideIs404("GET", "/api/v1/reports/QUALITY?orgUnitId=%d", null));
        cases.put(
                "GET /api/v1/reports/{kind}.xlsx",
                t -> t.unitOutsideIs404("GET", "/api/v1/reports/MEMBERS.xlsx?orgUnitId=%d", null));
        cases.put(
                "GET /api/v1/reports/{kind}.pdf",
                t -> t.unitOutsideIs404("GET", "/api/v1/reports/ORGANISATIONS.pdf?orgUnitId=%d", null));
        cases.put(
                "GET /api/v1/org-units/{id}/statistics",
                t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/statistics", null));
        cases.put("POST /api/v1/admin/statistics/recount", t -> t.recountDifferencesStayInScope());
        cases.put(
                "GET /api/v1/org-units/{id}/movements",
                t -> t.unitOutsideIs404("GET", "/api/v1/org-units/%d/movements?from=2025-01-01&to=2025-12-31", null));
        // system-wide records of the administrator (role ADMIN over the whole installation)
        cases.put("GET /api/v1/audit-entries", t -> {});
        cases.put("POST /api/v1/audit-entries/verification", t -> {});
        cases.put("GET /api/v1/accounts", t -> {});
        String m = "/api/v1/meetings/%s";
        cases.put("GET /api/v1/meetings", t -> t.meetingListsStayInScope());
        cases.put(
                "POST /api/v1/meetings",
                t -> t.meetingInForeignCellIs404("/api/v1/meetings", "\"plannedStart\":\"2026-04-01T01:00:00Z\""));
        cases.put("GET /api/v1/meetings/{id}", t -> t.foreignMeetingIs404("GET", m, null));
        cases.put(
                "PUT /api/v1/meetings/{id}",
                t -> t.foreignMeetingIs404(
                        "PUT",
                        m,
                        "{\"orgUnitId\":1,\"kind\":\"REGULAR\",\"title\":\"X\","
                                + "\"plannedStart\":\"2026-04-01T01:00:00Z\",\"version\":0}"));
        cases.put(
                "POST /api/v1/meetings/{id}/cancel",
                t -> t.foreignMeetingIs404("POST", m + "/cancel", "{\"reason\":\"X\",\"version\":0}"));
        cases.put(
                "POST /api/v1/meetings/{id}/invitations", t -> t.foreignMeetingIs404("POST", m + "/invitations", "{}"));
        cases.put(
                "POST /api/v1/meetings/{id}/start",
                t -> t.foreignMeetingIs404("POST", m + "/start", "{\"version\":0}"));
        cases.put("POST /api/v1/meetings/{id}/end", t -> t.foreignMeetingIs404("POST", m + "/end", "{\"version\":0}"));
        cases.put(
                "POST /api/v1/meetings/{id}/check-ins",
                t -> t.foreignMeetingIs404("POST", m + "/check-ins", "{\"memberId\":\"#member\"}"));
        cases.put(
                "PUT /api/v1/meetings/{id}/invitations/{invitationId}",
                t -> t.foreignMeetingIs404("PUT", m + "/invitations/#invitation", "{\"attendance\":\"PRESENT\"}"));
        cases.put(
                "PUT /api/v1/meetings/{id}/minutes",
                t -> t.foreignMeetingIs404(
                        "PUT",
                        m + "/minutes",
                        "{\"minutesText\":\"X\",\"votesFor\":0,\"votesAgainst\":0,\"votesAbstain\":0,"
                                + "\"version\":0}"));
        cases.put("POST /api/v1/meetings/{id}/materials", t -> t.foreignMeetingMaterialUploadIs404());
        cases.put(
                "POST /api/v1/meetings/{id}/materials/{materialId}/publish",
                t -> t.foreignMeetingIs404("POST", m + "/materials/#material/publish", ""));
        cases.put(
                "GET /api/v1/meetings/{id}/materials/{materialId}",
                t -> t.foreignMeetingMaterialIs404ForStaffAndMember());
        cases.put("GET /api/v1/meetings/attendance", t -> t.meetingAttendanceStaysInScope());
        cases.put("GET /api/v1/meetings/mine", t -> t.myMeetingsAreMine());
        cases.put(
                "POST /api/v1/meetings/{id}/reply",
                t -> t.foreignMeetingIs404ForMember("/reply", "{\"reply\":\"ATTENDING\"}"));
        cases.put("POST /api/v1/meetings/{id}/check-in", t -> t.foreignMeetingIs404ForMember("/check-in", ""));
        cases.put("GET /api/v1/meetings/schedules", t -> t.schedulesStayInScope());
        cases.put(
                "POST /api/v1/meetings/schedules",
                t -> t.meetingInForeignCellIs404(
                        "/api/v1/meetings/schedules", "\"dayOfMonth\":5,\"startTime\":\"08:00\""));
        cases.put(
                "PUT /api/v1/meetings/schedules/{id}",
                t -> t.foreignScheduleIs404(
                        "PUT",
                        "",
                        "{\"orgUnitId\":1,\"kind\":\"REGULAR\",\"title\":\"X\",\"dayOfMonth\":5,"
                                + "\"startTime\":\"08:00\",\"version\":0}"));
        cases.put("DELETE /api/v1/meetings/schedules/{id}", t -> t.foreignScheduleIs404("DELETE", "?version=0", ""));
        cases.put(
                "POST /api/v1/meetings/schedules/{id}/generate", t -> t.foreignScheduleIs404("POST", "/generate", ""));
        // the working-day calendar is one for the whole installation: nothing in it belongs to an org unit
        cases.put("GET /api/v1/holidays", t -> {});
        cases.put("GET /api/v1/working-days", t -> {});
        cases.put("POST /api/v1/holiday-adjustments", t -> {});
        cases.put("DELETE /api/v1/holiday-adjustments/{date}", t -> {});
        cases.put("GET /api/v1/member-lookup", t -> t.memberLookupStaysInScope());
        cases.put("GET /api/v1/handbook/card", t -> t.handbookIsTheCallersOwn());
        cases.put("GET /api/v1/handbook/home", t -> t.handbookIsTheCallersOwn());
        cases.put("GET /api/v1/handbook/notifications", t -> t.handbookIsTheCallersOwn());
        cases.put("POST /api/v1/handbook/notifications/read-all", t -> t.handbookIsTheCallersOwn());
        cases.put("POST /api/v1/handbook/notifications/{id}/read", t -> t.notificationOfAnotherMemberIs404());
        cases.put("GET /api/v1/handbook/feedback", t -> t.handbookIsTheCallersOwn());
        cases.put("POST /api/v1/handbook/feedback", t -> t.handbookIsTheCallersOwn());
        cases.put("GET /api/v1/handbook/my-data", t -> t.handbookIsTheCallersOwn());
        cases.put("GET /api/v1/handbook/my-data.pdf", t -> t.handbookIsTheCallersOwn());
        cases.put("GET /api/v1/feedback", t -> t.feedbackOutsideScopeIsHidden());
        cases.put("POST /api/v1/feedback/{id}/answer", t -> t.feedbackOutsideScopeIsHidden());
        cases.put("GET /api/v1/documents", t -> t.documentListsStayInScope());
        cases.put("POST /api/v1/documents", t -> t.documentInForeignUnitIs404());
        cases.put("GET /api/v1/documents/next-number", t -> t.documentInForeignUnitIs404());
        cases.put("GET /api/v1/documents/{id}", t -> t.foreignDocumentIs404("GET", "", null));
        cases.put(
                "PUT /api/v1/documents/{id}",
                t -> t.foreignDocumentIs404(
                        "PUT",
                        "",
                        "{\"orgUnitId\":1,\"type\":\"KH\",\"issuerCode\":\"TU\",\"title\":\"x\","
                                + "\"confidentiality\":\"PUBLIC\",\"version\":0}"));
        cases.put(
                "POST /api/v1/documents/{id}/publication",
                t -> t.foreignDocumentIs404("POST", "/publication", "{\"version\":0}"));
        cases.put("POST /api/v1/documents/{id}/attachments", t -> t.foreignDocumentIs404("FILE", "/attachments", null));
        cases.put(
                "GET /api/v1/documents/{id}/attachments/{attachmentId}",
                t -> t.foreignDocumentIs404("GET", "/attachments/1", null));
        cases.put(
                "POST /api/v1/documents/{id}/acknowledgement",
                t -> t.foreignDocumentIs404("POST", "/acknowledgement", "{}"));
        cases.put("PUT /api/v1/documents/{id}/bookmark", t -> t.foreignDocumentIs404("PUT", "/bookmark", ""));
        cases.put("DELETE /api/v1/documents/{id}/bookmark", t -> t.foreignDocumentIs404("DELETE", "/bookmark", ""));
        cases.put("GET /api/v1/documents/{id}/readers", t -> t.foreignDocumentIs404("GET", "/readers", null));
        cases.put(
                "POST /api/v1/evaluations/cycles", t -> t.evaluationForUnitOutsideIs404("/api/v1/evaluations/cycles"));
        cases.put("GET /api/v1/evaluations/cycles", t -> t.evaluationCyclesStayInScope());
        cases.put(
                "POST /api/v1/evaluations/cycles/{id}/advance",
                t -> t.foreignEvaluationCycleIs404(
                        "tochuc", "POST", "/advance", "{\"to\":\"SELF_ASSESSMENT\",\"version\":0}"));
        cases.put(
                "GET /api/v1/evaluations/cycles/{id}/board",
                t -> t.foreignEvaluationCycleIs404("bithu", "GET", "/board", null));
        cases.put(
                "PUT /api/v1/evaluations/cycles/{id}/entries/{entryId}/appraisal",
                t -> t.foreignEvaluationEntryIs404());
        cases.put(
                "POST /api/v1/evaluations/cycles/{id}/decisions",
                t -> t.foreignEvaluationCycleIs404("tochuc", "POST", "/decisions", "{\"grassrootsUnitId\":1}"));
        cases.put(
                "GET /api/v1/evaluations/cycles/{id}/organisations",
                t -> t.foreignEvaluationCycleIs404("bithu", "GET", "/organisations", null));
        cases.put(
                "PUT /api/v1/evaluations/cycles/{id}/organisations/{entryId}/self-assessment",
                t -> t.foreignEvaluationCycleIs404(
                        "bithu", "PUT", "/organisations/" + UUID.randomUUID() + "/self-assessment", ASSESSMENT));
        cases.put(
                "PUT /api/v1/evaluations/cycles/{id}/organisations/{entryId}/appraisal",
                t -> t.foreignEvaluationCycleIs404(
                        "tochuc", "PUT", "/organisations/" + UUID.randomUUID() + "/appraisal", ASSESSMENT));
        cases.put(
                "POST /api/v1/evaluations/cycles/{id}/organisation-decisions",
                t -> t.foreignEvaluationCycleIs404(
                        "tochuc", "POST", "/organisation-decisions", "{\"decidingUnitId\":1}"));
        cases.put("GET /api/v1/evaluations/mine", t -> t.ownEvaluationsOnly());
        cases.put(
                "PUT /api/v1/evaluations/mine/{cycleId}",
                t -> t.foreignEvaluationCycleIs404(
                        "member",
                        "PUT",
                        "",
                        "{\"score\":60,\"level\":\"COMPLETED\",\"tasksTotal\":1,\"tasksExceeding\":0,\"tasksLate\":0}"));
        cases.put(
                "GET /api/v1/evaluations/statistics",
                t -> t.unitOutsideIs404("GET", "/api/v1/evaluations/statistics?unitId=%d&year=2026", null));
        cases.put(
                "GET /api/v1/evaluations/standing",
                t -> t.unitOutsideIs404("GET", "/api/v1/evaluations/standing?unitId=%d", null));
        cases.put(
                "POST /api/v1/evaluations/disqualifications",
                t -> t.evaluationForUnitOutsideIs404("/api/v1/evaluations/disqualifications"));
        cases.put("GET /api/v1/fees/ledger", t -> t.unitOutsideIs404("GET", "/api/v1/fees/ledger?orgUnitId=%d", null));
        cases.put(
                "GET /api/v1/fees/arrears", t -> t.unitOutsideIs404("GET", "/api/v1/fees/arrears?orgUnitId=%d", null));
        cases.put("GET /api/v1/fees/report", t -> t.unitOutsideIs404("GET", "/api/v1/fees/report?orgUnitId=%d", null));
        cases.put("POST /api/v1/fees/imports", t -> t.feeImportIntoForeignUnitIs404());
        cases.put("POST /api/v1/fees/arrears/proposals", t -> t.feeProposalsForForeignUnitAre404());
        cases.put("POST /api/v1/fees/payments", t -> t.feePaymentForMemberOutsideCellIs404());
        cases.put("GET /api/v1/fees/mine", t -> t.feesMineAreTheCallersOwn());
        cases.put("GET /api/v1/fees/members/{id}", t -> t.feeMemberOutsideCellIs404("GET", "", null));
        cases.put(
                "GET /api/v1/fees/members/{id}/paid-up-to",
                t -> t.feeMemberOutsideCellIs404("GET", "/paid-up-to", null));
        cases.put(
                "POST /api/v1/fees/members/{id}/bases",
                t -> t.feeMemberOutsideCellIs404(
                        "POST", "/bases", "{\"category\":\"STUDENT\",\"fromMonth\":\"2026-01\"}"));
        cases.put(
                "POST /api/v1/fees/members/{id}/reliefs",
                t -> t.feeMemberOutsideCellIs404(
                        "POST",
                        "/reliefs",
                        "{\"ground\":\"HARDSHIP\",\"percent\":50,\"fromMonth\":\"2026-01\",\"toMonth\":\"2026-02\"}"));
        cases.put("PUT /api/v1/fees/bases/{basisId}", t -> t.feeRowOutsideCellIs404("PUT", "bases"));
        cases.put("DELETE /api/v1/fees/bases/{basisId}", t -> t.feeRowOutsideCellIs404("DELETE", "bases"));
        cases.put("PUT /api/v1/fees/reliefs/{reliefId}", t -> t.feeRowOutsideCellIs404("PUT", "reliefs"));
        cases.put("DELETE /api/v1/fees/reliefs/{reliefId}", t -> t.feeRowOutsideCellIs404("DELETE", "reliefs"));
        cases.put("GET /api/v1/removal-proposals", t -> t.removalProposalsStayInScope());
        cases.put("POST /api/v1/removal-proposals/{id}/dismissal", t -> t.removalProposalsStayInScope());
        petitionCases(cases);
        cases.put("GET /api/v1/inspection-cases", t -> t.inspectionRecordsAreConfidential());
        cases.put(
                "POST /api/v1/inspection-cases",
                t -> t.inspectionForCommissionOutsideIs404(
                        "/api/v1/inspection-cases",
                        "{\"commissionUnitId\":%d,\"type\":\"INSPECTION_REGULAR\",\"subjectKind\":\"ORGANISATION\","
                                + "\"subjectUnitId\":%d,\"title\":\"X\"}"));
        cases.put("GET /api/v1/inspection-cases/{id}", t -> t.inspectionRecordsAreConfidential());
        cases.put(
                "POST /api/v1/inspection-cases/{id}/steps",
                t -> t.foreignInspectionRecordIs404(
                        "/api/v1/inspection-cases/#case/steps",
                        "{\"step\":\"DECISION\",\"doneOn\":\"2026-01-05\",\"version\":0}",
                        "inspection.case.not-found"));
        cases.put("GET /api/v1/discipline-decisions", t -> t.inspectionRecordsAreConfidential());
        cases.put(
                "POST /api/v1/discipline-decisions",
                t -> t.inspectionForCommissionOutsideIs404(
                        "/api/v1/discipline-decisions",
                        "{\"commissionUnitId\":%d,\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":%d,"
                                + "\"form\":\"REPRIMAND\",\"authority\":\"COMMITTEE\",\"decidingBody\":\"X\","
                                + "\"decisionNumber\":\"1-QĐ\",\"decidedOn\":\"2026-02-02\",\"reason\":\"X\","
                                + "\"violations\":[{\"violatedOn\":\"2025-01-01\",\"category\":\"OTHER\"}]}"));
        cases.put("GET /api/v1/discipline-decisions/{id}", t -> t.inspectionRecordsAreConfidential());
        cases.put(
                "POST /api/v1/discipline-decisions/{id}/appeals",
                t -> t.foreignInspectionRecordIs404(
                        "/api/v1/discipline-decisions/#decision/appeals",
                        "{\"appellant\":\"X\",\"filedOn\":\"2026-02-03\",\"grounds\":\"X\","
                                + "\"appealBody\":\"X\",\"version\":0}",
                        "inspection.discipline.not-found"));
        cases.put(
                "POST /api/v1/discipline-decisions/{id}/appeals/{appealId}/outcome",
                t -> t.foreignInspectionRecordIs404(
                        "/api/v1/discipline-decisions/#decision/appeals/#appeal/outcome",
                        "{\"outcome\":\"UPHELD\",\"decidedOn\":\"2026-02-04\",\"note\":\"X\",\"version\":0}",
                        "inspection.discipline.not-found"));
        denunciationCases(cases);
        inspectionPlanCases(cases);
        cases.put(
                "GET /api/v1/inspection-reports/summary",
                t -> t.inspectionSummaryOutsideIs404("/api/v1/inspection-reports/summary"));
        cases.put(
                "GET /api/v1/inspection-reports/summary.pdf",
                t -> t.inspectionSummaryOutsideIs404("/api/v1/inspection-reports/summary.pdf"));
        cases.put(
                "GET /api/v1/inspection-reports/summary.xlsx",
                t -> t.inspectionSummaryOutsideIs404("/api/v1/inspection-reports/summary.xlsx"));
        programmeCases(cases);
        congressCases(cases);
        return cases;
    }

    private static void programmeCases(Map<String, Consumer<AuthorizationScenarios>> cases) {
        String programme =
                "{\"code\":\"9-CTr/TU\",\"title\":\"X\",\"periodFrom\":\"2025-10-01\"," + "\"periodTo\":\"2030-09-30\"";
        cases.put("GET /api/v1/programmes", t -> t.programmeListsStayInScope());
        cases.put("POST /api/v1/programmes", t -> t.programmeOfForeignUnitIs404(programme));
        cases.put("GET /api/v1/programmes/{id}", t -> t.foreignProgrammeIs404("GET", "", null));
        cases.put(
                "PUT /api/v1/programmes/{id}", t -> t.foreignProgrammeIs404("PUT", "", programme + ",\"version\":0}"));
        cases.put(
                "POST /api/v1/programmes/{id}/indicators",
                t -> t.foreignProgrammeIs404(
                        "POST",
                        "/indicators",
                        "{\"name\":\"X\",\"unit\":\"%\",\"baseline\":1,\"target\":2,\"direction\":\"AT_LEAST\","
                                + "\"reporting\":\"YEAR\",\"responsibleUnitId\":#inside}"));
        cases.put(
                "POST /api/v1/programmes/{id}/indicators/{indicatorId}/reports",
                t -> t.foreignProgrammeIs404(
                        "POST",
                        "/indicators/" + UUID.randomUUID() + "/reports",
                        "{\"period\":\"2026\",\"value\":1,\"version\":0}"));
        cases.put(
                "GET /api/v1/programmes/{id}/indicators/{indicatorId}/reports",
                t -> t.foreignProgrammeIs404("GET", "/indicators/" + UUID.randomUUID() + "/reports", null));
        cases.put(
                "POST /api/v1/programmes/{id}/tasks",
                t -> t.foreignProgrammeIs404(
                        "POST", "/tasks", "{\"title\":\"X\",\"ownerUnitId\":#inside,\"deadline\":\"2026-12-31\"}"));
        cases.put(
                "POST /api/v1/programmes/{id}/tasks/{taskId}/reports",
                t -> t.foreignProgrammeIs404(
                        "POST", "/tasks/" + UUID.randomUUID() + "/reports", "{\"progress\":10,\"version\":0}"));
        cases.put(
                "GET /api/v1/programmes/{id}/tasks/{taskId}/reports",
                t -> t.foreignProgrammeIs404("GET", "/tasks/" + UUID.randomUUID() + "/reports", null));
        cases.put(
                "POST /api/v1/programmes/{id}/adoptions",
                t -> t.foreignProgrammeIs404(
                        "POST", "/adoptions", "{\"issuingUnitId\":#inside,\"code\":\"9-CTr/ĐU\"}"));
        String indicator = "{\"name\":\"X\",\"unit\":\"%\",\"baseline\":1,\"target\":2,\"direction\":\"AT_LEAST\","
                + "\"reporting\":\"YEAR\",\"responsibleUnitId\":#inside,\"version\":0}";
        cases.put(
                "PUT /api/v1/programmes/{id}/indicators/{indicatorId}",
                t -> t.foreignProgrammeIs404("PUT", "/indicators/" + UUID.randomUUID(), indicator));
        cases.put(
                "DELETE /api/v1/programmes/{id}/indicators/{indicatorId}",
                t -> t.foreignProgrammeIs404("DELETE", "/indicators/" + UUID.randomUUID() + "?version=0", null));
        cases.put(
                "PUT /api/v1/programmes/{id}/tasks/{taskId}",
                t -> t.foreignProgrammeIs404(
                        "PUT",
                        "/tasks/" + UUID.randomUUID(),
                        "{\"title\":\"X\",\"ownerUnitId\":#inside,\"deadline\":\"2026-12-31\",\"version\":0}"));
        cases.put(
                "DELETE /api/v1/programmes/{id}/tasks/{taskId}",
                t -> t.foreignProgrammeIs404("DELETE", "/tasks/" + UUID.randomUUID() + "?version=0", null));
        cases.put(
                "POST /api/v1/programmes/{id}/task-reminders",
                t -> t.foreignProgrammeIs404("POST", "/task-reminders", null));
        cases.put("GET /api/v1/programmes/writable", t -> t.writableProgrammesStayInScope());
        cases.put("GET /api/v1/programmes/{id}/cascade", t -> t.foreignProgrammeIs404("GET", "/cascade", null));
        cases.put("GET /api/v1/programmes/{id}/review", t -> t.foreignProgrammeIs404("GET", "/review", null));
        cases.put("GET /api/v1/programmes/{id}/review.xlsx", t -> t.foreignProgrammeIs404("GET", "/review.xlsx", null));
        cases.put("GET /api/v1/programmes/{id}/review.pdf", t -> t.foreignProgrammeIs404("GET", "/review.pdf", null));
    }

    /** A programme issued (by the city office) by a cell outside the demo organisation staff's subtree. */
    UUID foreignProgramme() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response created = session("vanphong")
                .post(
                        "/api/v1/programmes",
                        "{\"issuingUnitId\":" + outside + ",\"code\":\"" + PROGRAMME_NUMBER.incrementAndGet()
                                + "-CTr/CB\","
                                + "\"title\":\"Chương trình ngoài phạm vi\",\"periodFrom\":\"2025-10-01\","
                                + "\"periodTo\":\"2030-09-30\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    void foreignProgrammeIs404(String method, String suffix, String body) {
        String path = "/api/v1/programmes/" + foreignProgramme() + suffix;
        String filled = body == null
                ? "{}"
                : body.replace("#inside", Long.toString(unitInside(pathOf(staffScopeRoot()), "CELL")));
        ApiClient.Response response = call(session("tochuc"), new Operation(method, path), path, filled);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("programme.not-found");
    }

    void programmeListsStayInScope() {
        UUID foreign = foreignProgramme();
        session("tochuc")
                .get("/api/v1/programmes?size=500")
                .json()
                .path("content")
                .forEach(row -> assertThat(row.path("id").asString()).isNotEqualTo(foreign.toString()));
        ApiClient.Response outside =
                session("tochuc").get("/api/v1/programmes?orgUnitId=" + unitOutside(pathOf(staffScopeRoot()), "CELL"));
        assertThat(outside.status()).isEqualTo(404);
    }

    void writableProgrammesStayInScope() {
        UUID foreign = foreignProgramme();
        JsonNode rows = session("tochuc").get("/api/v1/programmes/writable").json();
        rows.forEach(row -> assertThat(row.path("id").asString()).isNotEqualTo(foreign.toString()));
        String rootPath = pathOf(staffScopeRoot());
        rows.forEach(row -> assertThat(pathOf(row.path("issuingUnitId").asLong()))
                .as("issued in the staff's own subtree, not above it")
                .startsWith(rootPath));
    }

    void programmeOfForeignUnitIs404(String programme) {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response response =
                session("tochuc").post("/api/v1/programmes", programme + ",\"issuingUnitId\":" + outside + "}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    private static void congressCases(Map<String, Consumer<AuthorizationScenarios>> cases) {
        String base = "/api/v1/congresses";
        cases.put("GET " + base, t -> t.congressListsStayInScope());
        cases.put(
                "POST " + base,
                t -> t.grassrootsUnitInBodyIs404(
                        base, "{\"orgUnitId\":%d,\"season\":2046,\"kind\":\"MEMBERS\",\"plannedOn\":\"2046-03-01\"}"));
        cases.put("GET " + base + "/{id}", t -> t.foreignCongressIs404("GET", "", null));
        cases.put(
                "PUT " + base + "/{id}",
                t -> t.foreignCongressIs404(
                        "PUT",
                        "",
                        "{\"termMonths\":60,\"kind\":\"DELEGATES\",\"plannedOn\":\"2045-03-01\",\"version\":0}"));
        cases.put(
                "POST " + base + "/{id}/announcement",
                t -> t.foreignCongressIs404(
                        "POST",
                        "/announcement",
                        "{\"announcedOn\":\"2026-01-05\",\"opensOn\":\"2026-02-25\",\"version\":0}"));
        cases.put(
                "POST " + base + "/{id}/holding",
                t -> t.foreignCongressIs404(
                        "POST", "/holding", "{\"heldFrom\":\"2026-02-25\",\"heldTo\":\"2026-02-25\",\"version\":0}"));
        cases.put(
                "POST " + base + "/{id}/approval",
                t -> t.foreignCongressIs404(
                        "POST",
                        "/approval",
                        "{\"decisionNumber\":\"1-QĐ/TU\",\"decisionDate\":\"2026-02-26\",\"version\":0}"));
        cases.put("GET " + base + "/{id}/delegates", t -> t.foreignCongressIs404("GET", "/delegates", null));
        cases.put(
                "POST " + base + "/{id}/delegates",
                t -> t.foreignCongressIs404(
                        "POST",
                        "/delegates",
                        "{\"memberId\":\"00000000-0000-0000-0000-000000000001\",\"category\":\"OFFICIAL\"}"));
        cases.put(
                "POST " + base + "/{id}/delegates/{delegateId}/credential",
                t -> t.foreignCongressIs404(
                        "POST", "/delegates/#delegate/credential", "{\"status\":\"ACCEPTED\",\"version\":0}"));
        cases.put(
                "POST " + base + "/{id}/delegates/{delegateId}/substitution",
                t -> t.foreignCongressIs404(
                        "POST",
                        "/delegates/#delegate/substitution",
                        "{\"officialId\":\"00000000-0000-0000-0000-000000000001\",\"version\":0}"));
        cases.put(
                "POST " + base + "/{id}/delegates/{delegateId}/attendance",
                t -> t.foreignCongressIs404(
                        "POST", "/delegates/#delegate/attendance", "{\"present\":true,\"version\":0}"));
        cases.put("GET " + base + "/{id}/documents", t -> t.foreignCongressIs404("GET", "/documents", null));
        cases.put(
                "POST " + base + "/{id}/documents",
                t -> t.foreignCongressIs404("POST", "/documents", "{\"documentId\":1}"));
        cases.put(
                "GET " + base + "/progress",
                t -> t.unitOutsideIs404("GET", base + "/progress?orgUnitId=%d&season=2025", null));
        cases.put(
                "GET " + base + "/progress/missing",
                t -> t.unitOutsideIs404("GET", base + "/progress/missing?orgUnitId=%d&season=2025", null));
        cases.put(
                "GET " + base + "/progress.pdf",
                t -> t.unitOutsideIs404("GET", base + "/progress.pdf?orgUnitId=%d&season=2025", null));
        cases.put(
                "GET " + base + "/progress.xlsx",
                t -> t.unitOutsideIs404("GET", base + "/progress.xlsx?orgUnitId=%d&season=2025", null));
    }

    /** A delegates' congress outside the organisation staff's scope, planned by the city organisation, with a delegate. */
    UUID foreignCongress() {
        long committee = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        UUID existing = jdbc.sql("SELECT id FROM congress WHERE org_unit_id = :u AND season = 2045")
                .param("u", committee)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        ApiClient.Response created = session("bantochuc")
                .post(
                        "/api/v1/congresses",
                        "{\"orgUnitId\":" + committee + ",\"season\":2045,\"kind\":\"DELEGATES\","
                                + "\"plannedOn\":\"2045-03-01\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().path("id").asString());
        UUID member = jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND m.status = 'OFFICIAL' ORDER BY m.id LIMIT 1""")
                .param("p", pathOf(committee) + "%")
                .query(UUID.class)
                .single();
        ApiClient.Response delegate = session("bantochuc")
                .post(
                        "/api/v1/congresses/" + id + "/delegates",
                        "{\"memberId\":\"" + member + "\",\"category\":\"OFFICIAL\"}");
        assertThat(delegate.status()).as(delegate.body()).isEqualTo(201);
        return id;
    }

    void foreignCongressIs404(String method, String suffix, String body) {
        UUID id = foreignCongress();
        UUID delegate = jdbc.sql("SELECT id FROM congress_delegate WHERE congress_id = :c LIMIT 1")
                .param("c", id)
                .query(UUID.class)
                .single();
        String path = "/api/v1/congresses/" + id + suffix.replace("#delegate", delegate.toString());
        // a cell secretary records their cell's congress but approves none (the superior does)
        List<String> users = "/approval".equals(suffix) ? List.of("tochuc") : List.of("tochuc", "bithu");
        for (String user : users) {
            ApiClient.Response response =
                    call(session(user), new Operation(method, path), path, body == null ? "{}" : body);
            assertThat(response.status()).as(path + " as " + user).isEqualTo(404);
            assertThat(response.code()).isEqualTo("congress.not-found");
        }
    }

    void congressListsStayInScope() {
        UUID foreign = foreignCongress();
        String scope = pathOf(staffScopeRoot());
        JsonNode rows = session("tochuc").get("/api/v1/congresses").json();
        rows.forEach(row -> {
            assertThat(row.path("id").asString()).isNotEqualTo(foreign.toString());
            assertThat(pathOf(row.path("orgUnitId").asLong())).startsWith(scope);
        });
        long own = secretaryCell();
        session("bithu")
                .get("/api/v1/congresses")
                .json()
                .forEach(row -> assertThat(row.path("orgUnitId").asLong()).isEqualTo(own));
        ApiClient.Response outside =
                session("tochuc").get("/api/v1/congresses?orgUnitId=" + unitOutside(scope, "CELL"));
        assertThat(outside.status()).isEqualTo(404);
    }

    private static void denunciationCases(Map<String, Consumer<AuthorizationScenarios>> cases) {
        cases.put("GET /api/v1/denunciations", t -> t.denunciationsAreConfidential());
        cases.put("GET /api/v1/denunciations/{id}", t -> t.denunciationsAreConfidential());
        cases.put(
                "POST /api/v1/denunciations",
                t -> t.inspectionForCommissionOutsideIs404(
                        "/api/v1/denunciations",
                        "{\"commissionUnitId\":%d,\"receivedOn\":\"2026-01-05\",\"channel\":\"MAIL\","
                                + "\"accusedKind\":\"ORGANISATION\",\"accusedUnitId\":%d,\"content\":\"X\"}"));
        Map<String, String> actions = Map.of(
                "acceptance", "{\"acceptedOn\":\"2026-01-06\",\"version\":0}",
                "extension", "{\"days\":10,\"reason\":\"X\",\"noticeOn\":\"2026-01-07\",\"version\":0}",
                "dismissal", "{\"reason\":\"FALSE_NAME\",\"on\":\"2026-01-07\",\"version\":0}",
                "conclusion",
                        "{\"concludedOn\":\"2026-01-08\",\"finding\":\"UNFOUNDED\",\"conclusion\":\"X\","
                                + "\"version\":0}",
                "case", "{\"type\":\"INSPECTION_SIGNS_OF_VIOLATION\",\"title\":\"X\",\"version\":0}");
        actions.forEach((action, body) -> cases.put(
                "POST /api/v1/denunciations/{id}/" + action,
                t -> t.foreignDenunciationIs404("/api/v1/denunciations/#denunciation/" + action, body)));
    }

    private static void inspectionPlanCases(Map<String, Consumer<AuthorizationScenarios>> cases) {
        String plans = "/api/v1/inspection-plans";
        cases.put("GET " + plans, t -> t.inspectionPlansStayInScope());
        cases.put(
                "POST " + plans,
                t -> t.inspectionForCommissionOutsideIs404(
                        plans,
                        "{\"ownerUnitId\":%d,\"owner\":\"COMMISSION\",\"activity\":\"INSPECTION\","
                                + "\"periodKind\":\"YEAR\",\"year\":2026,\"title\":\"X\"}"));
        cases.put("GET " + plans + "/{id}", t -> t.inspectionPlansStayInScope());
        cases.put(
                "PUT " + plans + "/{id}",
                t -> t.foreignPlanIs404(
                        "PUT",
                        "#plan",
                        "{\"activity\":\"INSPECTION\",\"periodKind\":\"YEAR\",\"year\":2026,"
                                + "\"title\":\"X\",\"version\":0}"));
        String item = "{\"subjectKind\":\"ORGANISATION\",\"subjectUnitId\":#unit,\"content\":\"X\","
                + "\"plannedFrom\":\"2026-04-01\",\"plannedTo\":\"2026-04-30\",\"version\":0}";
        cases.put("POST " + plans + "/{id}/items", t -> t.foreignPlanIs404("POST", "#plan/items", item));
        cases.put("PUT " + plans + "/{id}/items/{itemId}", t -> t.foreignPlanIs404("PUT", "#plan/items/#item", item));
        cases.put(
                "DELETE " + plans + "/{id}/items/{itemId}", t -> t.foreignPlanIs404("DELETE", "#plan/items/#item", ""));
    }

    private static void petitionCases(Map<String, Consumer<AuthorizationScenarios>> cases) {
        String version = "\"version\":0}";
        cases.put("GET /api/v1/petitions", t -> t.petitionListsStayInScope());
        cases.put("POST /api/v1/petitions", t -> t.petitionIntakeOutsideIs404());
        cases.put("GET /api/v1/petitions/{id}", t -> t.foreignPetitionIs404("GET", "", null));
        cases.put(
                "POST /api/v1/petitions/{id}/classification",
                t -> t.foreignPetitionIs404(
                        "POST", "/classification", "{\"kind\":\"FEEDBACK\",\"competence\":\"PARTY\"," + version));
        cases.put(
                "POST /api/v1/petitions/{id}/acceptance",
                t -> t.foreignPetitionIs404("POST", "/acceptance", "{" + version));
        cases.put(
                "POST /api/v1/petitions/{id}/routing",
                t -> t.foreignPetitionIs404("POST", "/routing", "{\"targetUnitId\":#inside," + version));
        cases.put(
                "POST /api/v1/petitions/{id}/guidance",
                t -> t.foreignPetitionIs404("POST", "/guidance", "{\"text\":\"x\"," + version));
        cases.put(
                "POST /api/v1/petitions/{id}/extensions",
                t -> t.foreignPetitionIs404("POST", "/extensions", "{\"text\":\"x\"," + version));
        cases.put(
                "POST /api/v1/petitions/{id}/reply",
                t -> t.foreignPetitionIs404("POST", "/reply", "{\"text\":\"x\"," + version));
        cases.put("POST /api/v1/petitions/{id}/attachments", t -> t.foreignPetitionIs404("FILE", "/attachments", null));
        cases.put(
                "GET /api/v1/petitions/{id}/attachments/{attachmentId}",
                t -> t.foreignPetitionIs404("GET", "/attachments/" + UUID.randomUUID(), null));
        cases.put("GET /api/v1/petitions/ageing", t -> t.petitionUnitOutsideIs404("GET", "/ageing?orgUnitId=%d"));
        cases.put(
                "GET /api/v1/petitions/reception-days",
                t -> t.petitionUnitOutsideIs404("GET", "/reception-days?month=2026-02&orgUnitId=%d"));
        cases.put("POST /api/v1/petitions/reception-days", t -> t.petitionUnitOutsideIs404("POST", "/reception-days"));
        cases.put(
                "GET /api/v1/grassroots-work/committee-members",
                t -> t.unitOutsideIs404("GET", "/api/v1/grassroots-work/committee-members?committeeUnitId=%d", null));
        cases.put("GET /api/v1/grassroots-work/committee-members/mine", t -> t.ownAppointmentsOnly());
        cases.put(
                "POST /api/v1/grassroots-work/committee-members",
                t -> t.grassrootsUnitInBodyIs404(
                        "/api/v1/grassroots-work/committee-members",
                        "{\"committeeUnitId\":%d,\"memberId\":\"" + UUID.randomUUID() + "\"}"));
        cases.put(
                "PUT /api/v1/grassroots-work/committee-members/{id}/assignments",
                t -> t.foreignCommitteeMemberIs404("PUT", "/assignments", "{\"unitIds\":[],\"version\":0}"));
        cases.put(
                "GET /api/v1/grassroots-work/committee-members/{id}/visits",
                t -> t.foreignCommitteeMemberIs404("GET", "/visits?from=2026-02-01&to=2026-02-28", null));
        cases.put("POST /api/v1/grassroots-work/visits", t -> t.visitOfForeignCommitteeMemberIs404());
        cases.put("POST /api/v1/grassroots-work/follow-ups/{id}/status", t -> t.foreignFollowUpIs404());
        cases.put("POST /api/v1/grassroots-work/follow-ups/{id}/programme-task", t -> t.foreignFollowUpToTaskIs404());
        cases.put("PUT /api/v1/grassroots-work/visits/{id}", t -> t.foreignVisitIs404("PUT"));
        cases.put("DELETE /api/v1/grassroots-work/visits/{id}", t -> t.foreignVisitIs404("DELETE"));
        cases.put(
                "GET /api/v1/grassroots-work/compliance",
                t -> t.unitOutsideIs404(
                        "GET",
                        "/api/v1/grassroots-work/compliance?committeeUnitId=%d&from=2026-02-01&to=2026-02-28",
                        null));
        cases.put(
                "POST /api/v1/grassroots-work/compliance/reminders",
                t -> t.grassrootsUnitInBodyIs404(
                        "/api/v1/grassroots-work/compliance/reminders",
                        "{\"committeeUnitId\":%d,\"from\":\"2026-02-01\",\"to\":\"2026-02-28\"}"));
        cases.put("GET /api/v1/elections", t -> t.unitOutsideIs404("GET", "/api/v1/elections?orgUnitId=%d", null));
        cases.put(
                "POST /api/v1/elections",
                t -> t.grassrootsUnitInBodyIs404(
                        "/api/v1/elections",
                        "{\"orgUnitId\":%d,\"title\":\"Bầu\",\"occasion\":\"MEMBERS_CONGRESS\","
                                + "\"body\":\"SECRETARY\",\"seats\":1,\"heldOn\":\"2026-03-01\"}"));
        cases.put("GET /api/v1/elections/{id}", t -> t.foreignElectionIs404("GET", "", null, "tochuc", "member"));
        cases.put(
                "PUT /api/v1/elections/{id}/voters",
                t -> t.foreignElectionIs404("PUT", "/voters", "{\"version\":0,\"voters\":[]}", "tochuc"));
        cases.put(
                "POST /api/v1/elections/{id}/voters/import",
                t -> t.foreignElectionIs404("POST", "/voters/import", "{\"version\":0}", "tochuc"));
        cases.put(
                "POST /api/v1/elections/{id}/voters/from-congress",
                t -> t.foreignElectionIs404(
                        "POST",
                        "/voters/from-congress",
                        "{\"congressId\":\"00000000-0000-0000-0000-000000000001\",\"version\":0}",
                        "tochuc"));
        cases.put(
                "PUT /api/v1/elections/{id}/candidates",
                t -> t.foreignElectionIs404("PUT", "/candidates", "{\"version\":0,\"candidates\":[]}", "tochuc"));
        cases.put(
                "POST /api/v1/elections/{id}/steps",
                t -> t.foreignElectionIs404("POST", "/steps", "{\"action\":\"ADOPT_LIST\",\"version\":0}", "tochuc"));
        cases.put(
                "POST /api/v1/elections/{id}/ballot-entries",
                t -> t.foreignElectionIs404(
                        "POST", "/ballot-entries", "{\"ballotNumber\":1,\"marks\":\"K\"}", "member"));
        cases.put(
                "GET /api/v1/elections/{id}/ballot.pdf",
                t -> t.foreignElectionIs404("GET", "/ballot.pdf", null, "tochuc"));
        cases.put(
                "GET /api/v1/elections/{id}/minutes.pdf",
                t -> t.foreignElectionIs404("GET", "/minutes.pdf", null, "tochuc"));
        cases.put(
                "POST /api/v1/elections/{id}/voting-codes",
                t -> t.foreignElectionIs404("POST", "/voting-codes", "{}", "tochuc"));
        cases.put(
                "GET /api/v1/elections/{id}/e-ballot", t -> t.foreignElectionIs404("GET", "/e-ballot", null, "member"));
        cases.put(
                "POST /api/v1/elections/{id}/e-ballot",
                t -> t.foreignElectionIs404(
                        "POST", "/e-ballot", "{\"token\":\"AAAAA-BBBBB\",\"marks\":\"K\"}", "member"));
        cases.put(
                "GET /api/v1/elections/{id}/receipts/{receipt}",
                t -> t.foreignElectionIs404("GET", "/receipts/AAAAA-BBBBB", null, "tochuc", "member"));
        cases.put(
                "DELETE /api/v1/elections/{id}/ballot-entries/{ballotNumber}",
                t -> t.foreignElectionIs404("DELETE", "/ballot-entries/1", null, "member"));
        conferenceCases(cases);
    }

    private static void conferenceCases(Map<String, Consumer<AuthorizationScenarios>> cases) {
        String v = "\"version\":0";
        cases.put("GET /api/v1/conferences", t -> t.conferenceListsStayInScope());
        cases.put(
                "POST /api/v1/conferences",
                t -> t.grassrootsUnitInBodyIs404(
                        "/api/v1/conferences",
                        "{\"orgUnitId\":%d,\"body\":\"EXECUTIVE_COMMITTEE\",\"kind\":\"REGULAR\","
                                + "\"heldOn\":\"2026-02-01\"}"));
        cases.put("GET /api/v1/conferences/{id}", t -> t.foreignConferenceIs404("GET", "", null));
        cases.put(
                "PUT /api/v1/conferences/{id}",
                t -> t.foreignConferenceIs404("PUT", "", "{\"heldOn\":\"2026-02-01\"," + v + "}"));
        cases.put(
                "PUT /api/v1/conferences/{id}/agenda",
                t -> t.foreignConferenceIs404("PUT", "/agenda", "{\"items\":[]," + v + "}"));
        cases.put(
                "POST /api/v1/conferences/{id}/groups",
                t -> t.foreignConferenceIs404("POST", "/groups", "{\"name\":\"Tổ 9\"}"));
        cases.put(
                "POST /api/v1/conferences/{id}/participants",
                t -> t.foreignConferenceIs404("POST", "/participants", "{\"role\":\"GUEST\",\"fullName\":\"Khách\"}"));
        cases.put(
                "PUT /api/v1/conferences/{id}/participants/{participantId}",
                t -> t.foreignConferenceIs404("PUT", "/participants/#participant", "{" + v + "}"));
        cases.put(
                "POST /api/v1/conferences/{id}/drafts",
                t -> t.foreignConferenceIs404("POST", "/drafts", "{\"title\":\"Dự thảo\"}"));
        cases.put(
                "POST /api/v1/conferences/{id}/drafts/{draftId}/versions",
                t -> t.foreignConferenceIs404("POST", "/drafts/#draft/versions", "{\"text\":\"x\"}"));
        cases.put("GET /api/v1/conferences/{id}/opinions", t -> t.foreignConferenceIs404("GET", "/opinions", null));
        cases.put(
                "POST /api/v1/conferences/{id}/opinions",
                t -> t.foreignConferenceIs404("POST", "/opinions", "{\"draftId\":\"#draft\",\"text\":\"x\"}"));
        cases.put(
                "POST /api/v1/conferences/{id}/opinions/{opinionId}/response",
                t -> t.foreignConferenceIs404(
                        "POST",
                        "/opinions/#opinion/response",
                        "{\"disposition\":\"ACCEPTED\",\"response\":\"x\"," + v + "}"));
        cases.put(
                "GET /api/v1/conferences/{id}/opinions/summary",
                t -> t.foreignConferenceIs404("GET", "/opinions/summary", null));
        cases.put(
                "GET /api/v1/conferences/{id}/acceptance-report.pdf",
                t -> t.foreignConferenceIs404("GET", "/acceptance-report.pdf", null));
        cases.put(
                "GET /api/v1/conferences/{id}/acceptance-report.xlsx",
                t -> t.foreignConferenceIs404("GET", "/acceptance-report.xlsx", null));
        cases.put(
                "POST /api/v1/conferences/{id}/votes",
                t -> t.foreignConferenceIs404(
                        "POST",
                        "/votes",
                        "{\"title\":\"NQ\",\"method\":\"SHOW_OF_HANDS\",\"votesFor\":1,\"against\":0,"
                                + "\"abstentions\":0,\"issuerCode\":\"ĐU\"}"));
        cases.put(
                "GET /api/v1/conference-programmes",
                t -> t.unitOutsideIs404("GET", "/api/v1/conference-programmes?orgUnitId=%d&body=CELL", null));
        cases.put("PUT /api/v1/conference-programmes", t -> t.conferenceProgrammeOfForeignUnitIs404());
        cases.put("POST /api/v1/conference-programmes/{id}/items", t -> t.foreignConferenceProgrammeIs404());
    }

    /** A conference of a committee outside the organisation staff's scope, with a participant, draft and opinion. */
    Map<String, String> foreignConference() {
        long unit = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        String existing = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM conference WHERE org_unit_id = :u"
                        + " AND title = 'Hội nghị ngoài phạm vi'")
                .param("u", unit)
                .query(String.class)
                .optional()
                .orElse(null);
        if (existing == null) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO conference (id, org_unit_id, body, kind, title, held_on, version, created_at,
                                   created_by, updated_at)
                            VALUES (:id, :u, 'EXECUTIVE_COMMITTEE', 'REGULAR', 'Hội nghị ngoài phạm vi', DATE '2026-02-01',
                                    0, CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP)""").param("id", id).param("u", unit).update();
            UUID participant = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO conference_participant (id, conference_id, full_name, role, exempt, group_leader,
                                   version) VALUES (:p, :id, 'Khách mời', 'GUEST', FALSE, FALSE, 0)""").param("p", participant).param("id", id).update();
            UUID draft = UUID.randomUUID();
            jdbc.sql("INSERT INTO conference_draft (id, conference_id, position, title) VALUES (:d, :id, 1, 'Dự thảo')")
                    .param("d", draft)
                    .param("id", id)
                    .update();
            jdbc.sql("""
                            INSERT INTO conference_opinion (id, conference_id, draft_id, participant_id, text, version,
                                   created_at, created_by)
                            VALUES (:o, :id, :d, :p, 'Ý kiến', 0, CURRENT_TIMESTAMP, 'test')""")
                    .param("o", UUID.randomUUID())
                    .param("id", id)
                    .param("d", draft)
                    .param("p", participant)
                    .update();
            existing = id.toString();
        }
        UUID id = UUID.fromString(existing);
        return Map.of(
                "id", existing,
                "participant",
                        jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM conference_participant WHERE conference_id = :c")
                                .param("c", id)
                                .query(String.class)
                                .list()
                                .get(0),
                "draft",
                        jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM conference_draft WHERE conference_id = :c")
                                .param("c", id)
                                .query(String.class)
                                .list()
                                .get(0),
                "opinion",
                        jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM conference_opinion WHERE conference_id = :c")
                                .param("c", id)
                                .query(String.class)
                                .list()
                                .get(0));
    }

    void foreignConferenceIs404(String method, String suffix, String body) {
        Map<String, String> ids = foreignConference();
        String filled = suffix.replace("#participant", ids.get("participant"))
                .replace("#draft", ids.get("draft"))
                .replace("#opinion", ids.get("opinion"));
        String path = "/api/v1/conferences/" + ids.get("id") + filled;
        String json = body == null ? "{}" : body.replace("#draft", ids.get("draft"));
        for (String who : List.of("tochuc", "bithu", "member")) {
            ApiClient.Response response = call(session(who), new Operation(method, path), path, json);
            if (response.status() == 403) {
                continue;
            }
            assertThat(response.status())
                    .as(who + " " + method + " " + path + ": " + response.body())
                    .isEqualTo(404);
            assertThat(response.code()).isEqualTo("conference.not-found");
        }
    }

    void conferenceListsStayInScope() {
        String scope = pathOf(staffScopeRoot());
        JsonNode rows = session("tochuc").get("/api/v1/conferences").json();
        rows.forEach(row -> {
            String path = pathOf(row.path("orgUnitId").asLong());
            assertThat(path.startsWith(scope)
                            || "CONSULTATION".equals(row.path("kind").asString()) && scope.startsWith(path))
                    .as(row.toString())
                    .isTrue();
        });
        String foreign = foreignConference().get("id");
        assertThat(rows.findValuesAsString("id")).doesNotContain(foreign);
        UUID self = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", plainMemberLogin())
                .query(UUID.class)
                .single();
        session("member")
                .get("/api/v1/conferences")
                .json()
                .forEach(row -> assertThat(jdbc.sql(
                                        "SELECT COUNT(*) FROM conference_participant WHERE conference_id = :c AND member_id = :m")
                                .param("c", UUID.fromString(row.path("id").asString()))
                                .param("m", self)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
    }

    void conferenceProgrammeOfForeignUnitIs404() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        ApiClient.Response response = session("tochuc")
                .method(
                        "PUT",
                        "/api/v1/conference-programmes",
                        "application/json",
                        "{\"orgUnitId\":" + outside + ",\"body\":\"EXECUTIVE_COMMITTEE\",\"plannedRegular\":26}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void foreignConferenceProgrammeIs404() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        String id = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM conference_programme WHERE org_unit_id = :u")
                .param("u", outside)
                .query(String.class)
                .optional()
                .orElse(null);
        if (id == null) {
            id = UUID.randomUUID().toString();
            jdbc.sql("""
                            INSERT INTO conference_programme (id, org_unit_id, body, term_id, planned_regular, version,
                                   created_at, created_by, updated_at)
                            VALUES (:id, :u, 'EXECUTIVE_COMMITTEE', -1, 26, 0, CURRENT_TIMESTAMP, 'test',
                                    CURRENT_TIMESTAMP)""").param("id", UUID.fromString(id)).param("u", outside).update();
        }
        ApiClient.Response response = session("tochuc")
                .post(
                        "/api/v1/conference-programmes/" + id + "/items",
                        "{\"kind\":\"THEMATIC_RESOLUTION\",\"title\":\"x\",\"plannedYear\":2026,\"plannedQuarter\":2}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("conference.programme.not-found");
    }

    /**
     * An election outside the organisation staff's scope, prepared by the city organisation: the staff get 404, and
     * so does a member who is not on its counting committee.
     */
    void foreignElectionIs404(String method, String suffix, String body, String... users) {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response created = session("bantochuc")
                .post(
                        "/api/v1/elections",
                        "{\"orgUnitId\":" + outside + ",\"title\":\"Bầu bí thư\",\"occasion\":\"MEMBERS_CONGRESS\","
                                + "\"body\":\"SECRETARY\",\"seats\":1,\"heldOn\":\"2026-03-01\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/v1/elections/" + created.json().path("id").asString() + suffix;
        for (String user : users) {
            ApiClient.Response response =
                    call(session(user), new Operation(method, path), path, body == null ? "{}" : body);
            assertThat(response.status()).as(user + " " + path).isEqualTo(404);
            assertThat(response.code()).isEqualTo("election.not-found");
        }
    }

    /** An appointment to a committee outside the organisation staff's scope, made by the city organisation. */
    UUID foreignCommitteeMember() {
        long committee = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        UUID existing = jdbc.sql("SELECT id FROM grassroots_committee_member WHERE committee_unit_id = :u LIMIT 1")
                .param("u", committee)
                .query(UUID.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        UUID member = jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path LIKE :p AND m.status = 'OFFICIAL' ORDER BY m.id LIMIT 1""")
                .param("p", pathOf(committee) + "%")
                .query(UUID.class)
                .single();
        ApiClient.Response created = session("bantochuc")
                .post(
                        "/api/v1/grassroots-work/committee-members",
                        "{\"committeeUnitId\":" + committee + ",\"memberId\":\"" + member + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().path("id").asString());
        ApiClient.Response visit = session("bantochuc")
                .post(
                        "/api/v1/grassroots-work/visits",
                        "{\"committeeMemberId\":\"" + id + "\",\"orgUnitId\":" + committee
                                + ",\"visitedOn\":\"2026-02-24\",\"duration\":\"FULL_DAY\",\"purpose\":\"INSPECTION\","
                                + "\"followUps\":[{\"text\":\"Báo cáo\"}]}");
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        return id;
    }

    void foreignCommitteeMemberIs404(String method, String suffix, String body) {
        String path = "/api/v1/grassroots-work/committee-members/" + foreignCommitteeMember() + suffix;
        for (String user : List.of("tochuc", "member")) {
            if ("PUT".equals(method) && "member".equals(user)) {
                continue;
            }
            ApiClient.Response response =
                    call(session(user), new Operation(method, path), path, body == null ? "{}" : body);
            assertThat(response.status()).as(path + " as " + user).isEqualTo(404);
            assertThat(response.code()).isEqualTo("grassroots.committee-member.not-found");
        }
    }

    void visitOfForeignCommitteeMemberIs404() {
        UUID id = foreignCommitteeMember();
        String body = "{\"committeeMemberId\":\"" + id + "\",\"orgUnitId\":" + staffScopeRoot()
                + ",\"visitedOn\":\"2026-02-24\",\"duration\":\"FULL_DAY\",\"purpose\":\"INSPECTION\"}";
        for (String user : List.of("tochuc", "member")) {
            ApiClient.Response response = session(user).post("/api/v1/grassroots-work/visits", body);
            assertThat(response.status()).as(user).isEqualTo(404);
            assertThat(response.code()).isEqualTo("grassroots.committee-member.not-found");
        }
    }

    void foreignFollowUpIs404() {
        UUID id = foreignCommitteeMember();
        UUID followUp = jdbc.sql("""
                        SELECT f.id FROM grassroots_follow_up f JOIN grassroots_visit v ON v.id = f.visit_id
                         WHERE v.committee_member_id = :id LIMIT 1""").param("id", id).query(UUID.class).single();
        for (String user : List.of("tochuc", "member")) {
            ApiClient.Response response = session(user)
                    .post(
                            "/api/v1/grassroots-work/follow-ups/" + followUp + "/status",
                            "{\"status\":\"DONE\",\"version\":0}");
            assertThat(response.status()).as(user).isEqualTo(404);
            assertThat(response.code()).isEqualTo("grassroots.follow-up.not-found");
        }
    }

    void foreignFollowUpToTaskIs404() {
        UUID id = foreignCommitteeMember();
        UUID followUp = jdbc.sql("""
                        SELECT f.id FROM grassroots_follow_up f JOIN grassroots_visit v ON v.id = f.visit_id
                         WHERE v.committee_member_id = :id LIMIT 1""").param("id", id).query(UUID.class).single();
        for (String user : List.of("tochuc", "member")) {
            ApiClient.Response response = session(user)
                    .post(
                            "/api/v1/grassroots-work/follow-ups/" + followUp + "/programme-task",
                            "{\"programmeId\":\"" + UUID.randomUUID() + "\",\"ownerUnitId\":1,"
                                    + "\"deadline\":\"2026-12-31\",\"version\":0}");
            assertThat(response.status()).as(user).isEqualTo(404);
            assertThat(response.code()).isEqualTo("grassroots.follow-up.not-found");
        }
    }

    void foreignVisitIs404(String method) {
        UUID id = foreignCommitteeMember();
        UUID visit = jdbc.sql("SELECT id FROM grassroots_visit WHERE committee_member_id = :id LIMIT 1")
                .param("id", id)
                .query(UUID.class)
                .single();
        String path = "/api/v1/grassroots-work/visits/" + visit + ("DELETE".equals(method) ? "?version=0" : "");
        String body = "{\"committeeMemberId\":\"" + id + "\",\"orgUnitId\":" + staffScopeRoot()
                + ",\"visitedOn\":\"2026-02-24\",\"duration\":\"FULL_DAY\",\"purpose\":\"INSPECTION\","
                + "\"version\":0}";
        for (String user : List.of("tochuc", "member")) {
            ApiClient.Response response = call(session(user), new Operation(method, path), path, body);
            assertThat(response.status()).as(method + " as " + user).isEqualTo(404);
            assertThat(response.code()).isEqualTo("grassroots.visit.not-found");
        }
    }

    void ownAppointmentsOnly() {
        foreignCommitteeMember();
        UUID self = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", plainMemberLogin())
                .query(UUID.class)
                .single();
        session("member")
                .get("/api/v1/grassroots-work/committee-members/mine")
                .json()
                .forEach(row -> assertThat(row.path("memberId").asString()).isEqualTo(self.toString()));
    }

    void grassrootsUnitInBodyIs404(String path, String bodyTemplate) {
        long outside = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        ApiClient.Response response = session("tochuc").post(path, String.format(bodyTemplate, outside));
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    /** A petition clerk whose scope is the demo organisation staff's subtree (the demo clerk's is the city). */
    ApiClient petitionClerk() {
        String username = "tiepdan-authz";
        if (jdbc.sql("SELECT COUNT(*) FROM account WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single()
                == 0) {
            UUID account = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO account (id, username, display_name, password_hash, enabled,
                                   password_changed_at, created_at, updated_at)
                            SELECT :id, :u, 'Tiếp công dân cấp cơ sở', password_hash, TRUE, password_changed_at,
                                   created_at, updated_at FROM account WHERE username = 'tiepdan'""").param("id", account).param("u", username).update();
            jdbc.sql(
                            "INSERT INTO account_role (id, account_id, role, org_unit_id) VALUES (:id, :a, 'PETITION_STAFF', :u)")
                    .param("id", UUID.randomUUID())
                    .param("a", account)
                    .param("u", staffScopeRoot())
                    .update();
        }
        return sessions.computeIfAbsent(username, this::loggedIn);
    }

    /** A petition received by a unit outside the clerk's subtree (by the city-wide demo clerk). */
    UUID foreignPetition() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response created = session("tiepdan")
                .post(
                        "/api/v1/petitions",
                        "{\"receivedUnitId\":" + outside + ",\"petitionerName\":\"Lê Văn Ngoài\","
                                + "\"petitionerAddress\":\"Hà Nội\",\"channel\":\"MAIL\",\"receivedOn\":\"2026-02-20\","
                                + "\"subject\":\"Phản ánh\",\"content\":\"Nội dung\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    void foreignPetitionIs404(String method, String suffix, String body) {
        UUID id = foreignPetition();
        String path = "/api/v1/petitions/" + id + suffix;
        ApiClient clerk = petitionClerk();
        ApiClient.Response response = "FILE".equals(method)
                ? clerk.multipart("POST", path, "file", "x.txt", new byte[] {1})
                : call(
                        clerk,
                        new Operation(method, path),
                        path,
                        body == null
                                ? "{}"
                                : body.replace("#inside", Long.toString(unitInside(pathOf(staffScopeRoot()), "CELL"))));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("petition.not-found");
    }

    void petitionListsStayInScope() {
        UUID foreign = foreignPetition();
        JsonNode rows = petitionClerk().get("/api/v1/petitions?size=500").json().path("content");
        rows.forEach(row -> assertThat(row.path("id").asString()).isNotEqualTo(foreign.toString()));
        ApiClient.Response outside =
                petitionClerk().get("/api/v1/petitions?orgUnitId=" + unitOutside(pathOf(staffScopeRoot()), "CELL"));
        assertThat(outside.status()).isEqualTo(404);
    }

    void petitionIntakeOutsideIs404() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response response = petitionClerk()
                .post(
                        "/api/v1/petitions",
                        "{\"receivedUnitId\":" + outside + ",\"petitionerName\":\"A\",\"petitionerAddress\":\"B\","
                                + "\"channel\":\"MAIL\",\"receivedOn\":\"2026-02-20\",\"subject\":\"C\",\"content\":\"D\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void petitionUnitOutsideIs404(String method, String template) {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        String path = "/api/v1/petitions" + String.format(template, outside);
        String body =
                "{\"orgUnitId\":" + outside + ",\"heldOn\":\"2026-02-15\",\"headName\":\"A\",\"citizensReceived\":1}";
        ApiClient.Response response = call(petitionClerk(), new Operation(method, path), path, body);
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    /** A city organisation's recount lists differences inside its scope only; the administrator's, everywhere. */
    void recountDifferencesStayInScope() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        jdbc.sql("INSERT INTO org_stat (org_unit_id, dimension, bucket, members) VALUES (:u, 'SEX', 'X', 1)")
                .param("u", outside)
                .update();
        try {
            String scope = jdbc.sql("""
                            SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                             WHERE a.username = 'bantochuc' AND r.role = 'CITY_ORGANISATION'""").query(Long.class).list().stream()
                    .map(this::pathOf)
                    .findFirst()
                    .orElseThrow();
            session("bantochuc")
                    .post("/api/v1/admin/statistics/recount", "")
                    .json()
                    .path("differences")
                    .forEach(d -> assertThat(pathOf(d.path("unitId").asLong())).startsWith(scope));
            assertThat(session("admin")
                            .post("/api/v1/admin/statistics/recount", "")
                            .json()
                            .path("differences")
                            .findValuesAsString("bucket"))
                    .contains("X");
        } finally {
            jdbc.sql("DELETE FROM org_stat WHERE bucket = 'X'").update();
        }
    }

    void selfOnly() {
        JsonNode me = session("member").get("/api/v1/me").json();
        assertThat(me.path("roles"))
                .allSatisfy(r -> assertThat(r.path("role").asString()).isEqualTo("MEMBER"));
    }

    void listWithinStaffScope(String path, boolean paged) {
        String scope = pathOf(staffScopeRoot());
        JsonNode body = session("tochuc").get(path).json();
        JsonNode rows = paged ? body.path("content") : body;
        assertThat(rows.size()).isPositive();
        rows.forEach(row -> assertThat(row.path("path").asString()).startsWith(scope));
    }

    void unitOutsideIs404(String method, String template, String bodyTemplate) {
        String scope = pathOf(staffScopeRoot());
        long outside = unitOutside(scope, "CELL");
        long inside = unitInside(scope, "GRASSROOTS_COMMITTEE");
        String body = bodyTemplate == null ? "{}" : String.format(bodyTemplate, inside);
        ApiClient.Response response =
                call(session("tochuc"), new Operation(method, template), String.format(template, outside), body);
        assertThat(response.status()).as(template).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void createUnderForeignParentIs404() {
        long foreign = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        ApiClient.Response response = session("tochuc")
                .post(
                        "/api/v1/org-units",
                        "{\"parentId\":" + foreign
                                + ",\"kind\":\"CELL\",\"code\":\"AUTHZ.1\",\"name\":\"Chi bộ Ngoài phạm vi\"}");
        assertThat(response.status()).isEqualTo(404);
    }

    void memberListsStayInScope() {
        long cell = secretaryCell();
        JsonNode secretaryRows =
                session("bithu").get("/api/v1/members?size=500").json().path("content");
        assertThat(secretaryRows.size()).isPositive();
        secretaryRows.forEach(row -> assertThat(row.path("cellId").asLong()).isEqualTo(cell));
        String scope = pathOf(staffScopeRoot());
        JsonNode staffRows =
                session("tochuc").get("/api/v1/members?size=500").json().path("content");
        assertThat(staffRows.size()).isPositive();
        staffRows.forEach(row -> assertThat(pathOf(row.path("cellId").asLong())).startsWith(scope));
        assertThat(session("bithu")
                        .get("/api/v1/members?orgUnitId=" + unitOutside(pathOf(cell), "CELL"))
                        .json()
                        .path("totalElements")
                        .asLong())
                .isZero();
    }

    void memberExportsStayInScope() {
        long cell = secretaryCell();
        long inCell = jdbc.sql("SELECT COUNT(*) FROM member WHERE org_unit_id = :cell")
                .param("cell", cell)
                .query(Long.class)
                .single();
        ApiClient.Download own = session("bithu").download("/api/v1/members/export.xlsx");
        assertThat(own.status()).isEqualTo(200);
        List<org.dhatim.fastexcel.reader.Row> rows = vn.dangvu.support.Sheets.rows(own.bytes());
        assertThat(rows).hasSize(4 + (int) inCell);
        assertThat(rows.subList(4, rows.size()))
                .allSatisfy(row -> assertThat(row.getCellText(10)).isEqualTo(nameOf(cell)));
        ApiClient.Download foreign =
                session("bithu").download("/api/v1/members/export.xlsx?orgUnitId=" + unitOutside(pathOf(cell), "CELL"));
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(vn.dangvu.support.Sheets.rows(foreign.bytes())).hasSize(4);
    }

    private String nameOf(long unitId) {
        return jdbc.sql("SELECT name FROM org_unit WHERE id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    void memberOutsideIs404() {
        ApiClient.Response secretary = session("bithu").get("/api/v1/members/" + memberOutside(secretaryCell()));
        assertThat(secretary.status()).isEqualTo(404);
        assertThat(secretary.code()).isEqualTo("member.not-found");
        ApiClient.Response member = session("member").get("/api/v1/members/" + memberOutside(-1));
        String self = session("member")
                .get("/api/v1/me")
                .json()
                .path("member")
                .path("id")
                .asString();
        if (!member.body().contains(self)) {
            assertThat(member.status())
                    .as("a member reads only their own record")
                    .isEqualTo(404);
        }
        assertThat(session("member").get("/api/v1/members/" + self).status()).isEqualTo(200);
    }

    /** The cell secretary cannot reach a member of another cell: the operation answers 404 as for a missing one. */
    void memberOutsideCellIs404(String method, String body, String suffix) {
        String path = "/api/v1/members/" + memberOutside(secretaryCell()) + suffix;
        ApiClient bithu = session("bithu");
        ApiClient.Response response = switch (method) {
            case "GET" -> bithu.get(path);
            case "PHOTO" -> bithu.multipart("PUT", path, "file", "a.png", PNG_HEADER);
            case "DOCUMENT" -> bithu.multipart("POST", path, "file", "a.png", PNG_HEADER);
            default -> bithu.method(method, path, "application/json", body);
        };
        assertThat(response.status()).as(method + " " + path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("member.not-found");
    }

    /** A secretary cannot register a candidate in another cell: the cell reads as absent. */
    void registerOutsideCellIs404() {
        long other = unitOutside(pathOf(secretaryCell()), "CELL");
        ApiClient.Response response = session("bithu")
                .post(
                        "/api/v1/members",
                        "{\"entry\":\"CANDIDATE\",\"orgUnitId\":" + other + ",\"fullName\":\"Trần Văn B\","
                                + "\"sex\":\"M\",\"birthDate\":\"2000-01-01\",\"ethnicity\":\"KINH\","
                                + "\"effectiveDate\":\"2026-01-05\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void importIntoForeignUnitIs404() {
        long foreign = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        ApiClient.Response response = session("tochuc")
                .multipart(
                        "POST",
                        "/api/v1/member-imports?orgUnitId=" + foreign,
                        "file",
                        "a.csv",
                        "Họ và tên\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void deadlinesStayInScope() {
        long cell = secretaryCell();
        session("bithu")
                .get("/api/v1/deadlines?limit=1000")
                .json()
                .path("items")
                .forEach(row -> assertThat(row.path("orgUnitId").asLong()).isEqualTo(cell));
        String scope = pathOf(staffScopeRoot());
        session("tochuc")
                .get("/api/v1/deadlines?limit=1000")
                .json()
                .path("items")
                .forEach(row ->
                        assertThat(pathOf(row.path("orgUnitId").asLong())).startsWith(scope));
        ApiClient.Response outside =
                session("bithu").get("/api/v1/deadlines?orgUnitId=" + unitOutside(pathOf(cell), "CELL"));
        assertThat(outside.status()).isEqualTo(404);
    }

    void incomingStayInScope() {
        String scope = pathOf(staffScopeRoot());
        session("tochuc")
                .get("/api/v1/transfers/incoming")
                .json()
                .forEach(row ->
                        assertThat(pathOf(row.path("toOrgUnitId").asLong())).startsWith(scope));
        long cell = secretaryCell();
        session("bithu")
                .get("/api/v1/transfers/incoming")
                .json()
                .forEach(row -> assertThat(row.path("toOrgUnitId").asLong()).isEqualTo(cell));
    }

    /** An import by the city department into a unit outside the organisation staff's subtree. */
    String foreignImport() {
        long foreign = unitOutside(pathOf(staffScopeRoot()), "GRASSROOTS_COMMITTEE");
        ApiClient.Response started = session("bantochuc")
                .multipart(
                        "POST",
                        "/api/v1/member-imports?orgUnitId=" + foreign,
                        "file",
                        "a.csv",
                        "Họ và tên\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(started.status()).isEqualTo(202);
        return started.json().path("id").asString();
    }

    void importListsStayInScope() {
        String foreign = foreignImport();
        String scope = pathOf(staffScopeRoot());
        JsonNode rows =
                session("tochuc").get("/api/v1/member-imports?size=200").json().path("content");
        rows.forEach(row -> {
            assertThat(row.path("id").asString()).isNotEqualTo(foreign);
            assertThat(pathOf(row.path("orgUnitId").asLong())).startsWith(scope);
        });
        assertThat(session("bantochuc")
                        .get("/api/v1/member-imports?size=200")
                        .json()
                        .path("content")
                        .findValuesAsString("id"))
                .contains(foreign);
    }

    private long foreignDocument;

    /**
     * A document issued by the city office in a cell outside the organisation staff's subtree and sent to that cell
     * only: neither the staff nor the secretary's members may see it.
     */
    long foreignDocument() {
        if (foreignDocument == 0) {
            long cell = unitOutside(pathOf(staffScopeRoot()), "CELL");
            ApiClient office = session("vanphong");
            ApiClient.Response created = office.post(
                    "/api/v1/documents",
                    "{\"orgUnitId\":" + cell + ",\"type\":\"TB\",\"issuerCode\":\"CB\",\"title\":\"Thông báo riêng\","
                            + "\"confidentiality\":\"PUBLIC\",\"scope\":[{\"kind\":\"UNIT\",\"orgUnitId\":" + cell
                            + "}]}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long id = created.json().path("id").asLong();
            assertThat(office.post("/api/v1/documents/" + id + "/publication", "{\"version\":0}")
                            .status())
                    .isEqualTo(200);
            foreignDocument = id;
        }
        return foreignDocument;
    }

    void documentListsStayInScope() {
        long foreign = foreignDocument();
        for (String who : List.of("tochuc", "member", "bithu")) {
            JsonNode rows =
                    session(who).get("/api/v1/documents?size=500").json().path("content");
            assertThat(rows.findValues("id").stream().map(JsonNode::asLong))
                    .as(who)
                    .doesNotContain(foreign);
        }
        assertThat(
                        session("vanphong")
                                .get("/api/v1/documents?size=500")
                                .json()
                                .path("content")
                                .findValues("id")
                                .stream()
                                .map(JsonNode::asLong))
                .contains(foreign);
    }

    void documentInForeignUnitIs404() {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response created = session("tochuc")
                .post(
                        "/api/v1/documents",
                        "{\"orgUnitId\":" + outside + ",\"type\":\"KH\",\"issuerCode\":\"TU\",\"title\":\"x\","
                                + "\"confidentiality\":\"PUBLIC\"}");
        assertThat(created.status()).isEqualTo(404);
        assertThat(created.code()).isEqualTo("org.unit.not-found");
        ApiClient.Response preview = session("tochuc").get("/api/v1/documents/next-number?type=KH&unitId=" + outside);
        assertThat(preview.status()).isEqualTo(404);
        assertThat(preview.code()).isEqualTo("org.unit.not-found");
    }

    void foreignDocumentIs404(String method, String suffix, String body) {
        String path = "/api/v1/documents/" + foreignDocument() + suffix;
        for (String who : List.of("tochuc", "bithu")) {
            ApiClient client = session(who);
            ApiClient.Response response = "FILE".equals(method)
                    ? client.multipart(
                            "POST",
                            path,
                            "file",
                            "a.pdf",
                            "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    : call(client, new Operation(method, path), path, body == null ? "{}" : body);
            assertThat(response.status()).as(who + " " + method + " " + path).isEqualTo(404);
            assertThat(response.code()).isEqualTo("document.not-found");
        }
    }

    void importOutsideIs404(String suffix) {
        String foreign = foreignImport();
        ApiClient.Response response = session("tochuc").get("/api/v1/member-imports/" + foreign + suffix);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("member-import.not-found");
    }

    void badgeListsStayInScope() {
        long cell = secretaryCell();
        session("bithu")
                .get("/api/v1/badges/eligible?early=true&size=500")
                .json()
                .path("members")
                .path("content")
                .forEach(row -> assertThat(row.path("orgUnitId").asLong()).isEqualTo(cell));
        String scope = pathOf(staffScopeRoot());
        JsonNode staffRows = session("tochuc")
                .get("/api/v1/badges/eligible?early=true&size=500")
                .json()
                .path("members")
                .path("content");
        assertThat(staffRows.size())
                .as("the demo city has members reaching a milestone")
                .isPositive();
        staffRows.forEach(
                row -> assertThat(pathOf(row.path("orgUnitId").asLong())).startsWith(scope));
        ApiClient.Response outside =
                session("bithu").get("/api/v1/badges/eligible?orgUnitId=" + unitOutside(pathOf(cell), "CELL"));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.code()).isEqualTo("org.unit.not-found");
    }

    void gapForMemberOutsideStaffScopeIs404() {
        UUID outside = jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path NOT LIKE :prefix ORDER BY m.id LIMIT 1""")
                .param("prefix", pathOf(staffScopeRoot()) + "%")
                .query(UUID.class)
                .single();
        ApiClient.Response response = session("tochuc")
                .post("/api/v1/members/" + outside + "/activity-gaps", "{\"from\":\"2020-01-01\",\"reason\":\"x\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("member.not-found");
    }

    void badgeForMemberOutsideCellIs404() {
        ApiClient.Response response = session("bithu")
                .post(
                        "/api/v1/badges/awards",
                        "{\"memberId\":\"" + memberOutside(secretaryCell()) + "\",\"milestone\":30,"
                                + "\"occasion\":\"2026-05-19\",\"kind\":\"NORMAL\",\"state\":\"PROPOSED\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("member.not-found");
    }

    /** Handbook calls read the caller's own member only: the card is theirs, their feedback names them. */
    void handbookIsTheCallersOwn() {
        ApiClient member = session("member");
        String me = member.get("/api/v1/me").json().path("member").path("id").asString();
        assertThat(member.get("/api/v1/handbook/card")
                        .json()
                        .path("member")
                        .path("id")
                        .asString())
                .isEqualTo(me);
        assertThat(member.get("/api/v1/handbook/home")
                        .json()
                        .path("card")
                        .path("member")
                        .path("id")
                        .asString())
                .isEqualTo(me);
        member.get("/api/v1/handbook/feedback")
                .json()
                .forEach(row -> assertThat(row.path("memberId").asString()).isEqualTo(me));
        assertThat(member.get("/api/v1/handbook/my-data")
                        .json()
                        .path("memberId")
                        .asString())
                .isEqualTo(me);
    }

    /** The name picker names only members of the caller's scope, and only their name and cell. */
    void memberLookupStaysInScope() {
        UUID outside = memberOutside(secretaryCell());
        String name = jdbc.sql("SELECT full_name FROM member WHERE id = :id")
                .param("id", outside)
                .query(String.class)
                .single();
        JsonNode found = session("bithu")
                .get("/api/v1/member-lookup?q="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .json();
        found.forEach(m -> {
            assertThat(m.path("id").asString()).isNotEqualTo(outside.toString());
            assertThat(m.has("citizenIdMasked") || m.has("birthDate")).isFalse();
        });
    }

    void notificationOfAnotherMemberIs404() {
        UUID other = memberOutside(secretaryCell());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO handbook_notification (id, member_id, kind, title, created_at)
                        VALUES (:id, :member, 'test.notice', 'Không phải của bạn', CURRENT_TIMESTAMP)""").param("id", id).param("member", other).update();
        ApiClient.Response response = session("member").post("/api/v1/handbook/notifications/" + id + "/read", "{}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("handbook.notification.not-found");
    }

    void feedbackOutsideScopeIsHidden() {
        long cell = secretaryCell();
        long outsideCell = unitOutside(pathOf(cell), "CELL");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO handbook_feedback (id, member_id, member_name, org_unit_id, kind, subject, body,
                                                       created_at, state, version)
                        VALUES (:id, :member, 'Người Ngoài', :unit, 'OPINION', 'Ngoài chi bộ', 'Nội dung',
                                CURRENT_TIMESTAMP, 'OPEN', 0)""")
                .param("id", id)
                .param("member", memberOutside(cell))
                .param("unit", outsideCell)
                .update();
        session("bithu")
                .get("/api/v1/feedback?size=500")
                .json()
                .path("content")
                .forEach(row -> assertThat(row.path("orgUnitId").asLong()).isEqualTo(cell));
        ApiClient.Response answer =
                session("bithu").post("/api/v1/feedback/" + id + "/answer", "{\"answer\":\"Trả lời\",\"version\":0}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("handbook.feedback.not-found");
    }

    /** A meeting (with an invited member and a material) and a schedule of a cell outside the secretary's cell. */
    record ForeignMeeting(UUID meeting, UUID member, UUID invitation, UUID material, UUID schedule) {}

    private ForeignMeeting foreign;

    ForeignMeeting foreignMeeting() {
        if (foreign == null) {
            long cell = unitOutside(pathOf(secretaryCell()), "CELL");
            UUID member = memberOutside(secretaryCell());
            UUID meeting = UUID.randomUUID();
            UUID invitation = UUID.randomUUID();
            UUID material = UUID.randomUUID();
            UUID schedule = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO meeting (id, org_unit_id, kind, title, planned_start, agenda, state, version,
                                   created_at, created_by, updated_at, invited_at)
                            VALUES (:id, :cell, 'REGULAR', 'Ngoài phạm vi', :at, 'A', 'INVITED', 0, :at, 'x', :at, :at)""")
                    .param("id", meeting)
                    .param("cell", cell)
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
            jdbc.sql("""
                            INSERT INTO meeting_invitation (id, meeting_id, member_id, full_name, member_status)
                            VALUES (:id, :m, :member, 'X', 'OFFICIAL')""")
                    .param("id", invitation)
                    .param("m", meeting)
                    .param("member", member)
                    .update();
            jdbc.sql("""
                            INSERT INTO meeting_material (id, meeting_id, purpose, title, file_name, content_type, sha256,
                                   size_bytes, uploaded_at, uploaded_by, published_at)
                            VALUES (:id, :m, 'MATERIAL', 'X', 'x.txt', 'text/plain', :sha, 1, :at, 'x', :at)""")
                    .param("id", material)
                    .param("m", meeting)
                    .param("sha", "0".repeat(64))
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
            jdbc.sql("""
                            INSERT INTO meeting_schedule (id, org_unit_id, kind, title, day_of_month, start_time, active,
                                   version, created_at, created_by)
                            VALUES (:id, :cell, 'REGULAR', 'X', 5, '08:00:00', TRUE, 0, :at, 'x')""")
                    .param("id", schedule)
                    .param("cell", cell)
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
            foreign = new ForeignMeeting(meeting, member, invitation, material, schedule);
        }
        return foreign;
    }

    void foreignMeetingIs404(String method, String template, String body) {
        ForeignMeeting f = foreignMeeting();
        String path = String.format(template, f.meeting())
                .replace("#invitation", f.invitation().toString())
                .replace("#material", f.material().toString());
        String json = body == null ? "{}" : body.replace("#member", f.member().toString());
        ApiClient.Response response = call(session("bithu"), new Operation(method, template), path, json);
        assertThat(response.status())
                .as(method + " " + path + " " + response.body())
                .isEqualTo(404);
        assertThat(response.code()).isEqualTo("meeting.not-found");
    }

    void foreignMeetingIs404ForMember(String suffix, String body) {
        ApiClient.Response response =
                session("member").post("/api/v1/meetings/" + foreignMeeting().meeting() + suffix, body);
        assertThat(response.status()).as(suffix).isEqualTo(404);
        assertThat(response.code()).isEqualTo("meeting.not-found");
    }

    void foreignMeetingMaterialUploadIs404() {
        ApiClient.Response response = session("bithu")
                .multipart(
                        "POST",
                        "/api/v1/meetings/" + foreignMeeting().meeting() + "/materials?title=X",
                        "file",
                        "x.txt",
                        new byte[] {1});
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("meeting.not-found");
    }

    void foreignMeetingMaterialIs404ForStaffAndMember() {
        ForeignMeeting f = foreignMeeting();
        String path = "/api/v1/meetings/" + f.meeting() + "/materials/" + f.material();
        assertThat(session("bithu").download(path).status()).isEqualTo(404);
        assertThat(session("member").download(path).status()).isEqualTo(404);
    }

    void meetingInForeignCellIs404(String path, String fields) {
        long outside = unitOutside(pathOf(secretaryCell()), "CELL");
        ApiClient.Response response = session("bithu")
                .post(path, "{\"orgUnitId\":" + outside + ",\"kind\":\"REGULAR\",\"title\":\"X\"," + fields + "}");
        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void meetingListsStayInScope() {
        foreignMeeting();
        long cell = secretaryCell();
        session("bithu")
                .get("/api/v1/meetings?size=500")
                .json()
                .path("content")
                .forEach(row -> assertThat(row.path("orgUnitId").asLong()).isEqualTo(cell));
        ApiClient.Response outside =
                session("bithu").get("/api/v1/meetings?orgUnitId=" + unitOutside(pathOf(cell), "CELL"));
        assertThat(outside.status()).isEqualTo(404);
    }

    void meetingAttendanceStaysInScope() {
        long cell = secretaryCell();
        JsonNode own = session("bithu").get("/api/v1/meetings/attendance").json();
        assertThat(own.path("unitId").asLong()).isEqualTo(cell);
        own.path("cells").forEach(row -> assertThat(row.path("unitId").asLong()).isEqualTo(cell));
        ApiClient.Response outside =
                session("bithu").get("/api/v1/meetings/attendance?unitId=" + unitOutside(pathOf(cell), "CELL"));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.code()).isEqualTo("org.unit.not-found");
    }

    void myMeetingsAreMine() {
        ForeignMeeting f = foreignMeeting();
        JsonNode mine = session("member").get("/api/v1/meetings/mine").json();
        mine.forEach(row -> assertThat(row.path("meetingId").asString())
                .isNotEqualTo(f.meeting().toString()));
        UUID self = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", plainMemberLogin())
                .query(UUID.class)
                .single();
        mine.forEach(row -> assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM meeting_invitation WHERE id = :i AND member_id = :m")
                        .param("i", UUID.fromString(row.path("invitationId").asString()))
                        .param("m", self)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L));
    }

    void schedulesStayInScope() {
        foreignMeeting();
        long cell = secretaryCell();
        session("bithu")
                .get("/api/v1/meetings/schedules")
                .json()
                .forEach(row -> assertThat(row.path("orgUnitId").asLong()).isEqualTo(cell));
    }

    void foreignScheduleIs404(String method, String suffix, String body) {
        String path = "/api/v1/meetings/schedules/" + foreignMeeting().schedule() + suffix;
        ApiClient.Response response = call(session("bithu"), new Operation(method, path), path, body);
        assertThat(response.status()).as(method + " " + path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("meeting.schedule.not-found");
    }

    void feeImportIntoForeignUnitIs404() {
        long foreign = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response response = session("tochuc")
                .multipart(
                        "POST",
                        "/api/v1/fees/imports?orgUnitId=" + foreign,
                        "file",
                        "a.csv",
                        "h\n1,2026-01,5000,X,2026-01-05\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void feeProposalsForForeignUnitAre404() {
        long foreign = unitOutside(pathOf(staffScopeRoot()), "CELL");
        ApiClient.Response response = session("tochuc")
                .post(
                        "/api/v1/fees/arrears/proposals",
                        "{\"orgUnitId\":" + foreign + ",\"year\":2025,\"memberIds\":[\"" + memberOutside(0) + "\"]}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void feePaymentForMemberOutsideCellIs404() {
        ApiClient.Response response = session("bithu")
                .post(
                        "/api/v1/fees/payments",
                        "{\"month\":\"2026-01\",\"payments\":[{\"memberId\":\"" + memberOutside(secretaryCell())
                                + "\",\"amount\":5000}]}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("member.not-found");
    }

    void feesMineAreTheCallersOwn() {
        ApiClient member = session("member");
        String me = member.get("/api/v1/me").json().path("member").path("id").asString();
        assertThat(member.get("/api/v1/fees/mine").json().path("memberId").asString())
                .isEqualTo(me);
    }

    void feeMemberOutsideCellIs404(String method, String suffix, String body) {
        String path = "/api/v1/fees/members/" + memberOutside(secretaryCell()) + suffix;
        ApiClient bithu = session("bithu");
        ApiClient.Response response = "GET".equals(method) ? bithu.get(path) : bithu.post(path, body);
        assertThat(response.status()).as(method + " " + path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("member.not-found");
    }

    /** A basis or relief of a member outside the secretary's cell reads as absent. */
    void feeRowOutsideCellIs404(String method, String kind) {
        UUID outside = memberOutside(secretaryCell());
        long id;
        if ("bases".equals(kind)) {
            jdbc.sql("""
                            INSERT INTO duty_fee_basis (member_id, category, from_month, created_by, created_at, version)
                            SELECT :m, 'STUDENT', DATE '1999-01-01', 'test', CURRENT_TIMESTAMP, 0
                             WHERE NOT EXISTS (SELECT 1 FROM duty_fee_basis WHERE member_id = :m
                                                  AND from_month = DATE '1999-01-01')""").param("m", outside).update();
            id = jdbc.sql("SELECT id FROM duty_fee_basis WHERE member_id = :m AND from_month = DATE '1999-01-01'")
                    .param("m", outside)
                    .query(Long.class)
                    .single();
        } else {
            jdbc.sql("""
                            INSERT INTO duty_fee_relief (member_id, ground, percent, from_month, to_month, created_by,
                                                         created_at, version)
                            VALUES (:m, 'HARDSHIP', 50, DATE '1999-01-01', DATE '1999-02-01', 'test', CURRENT_TIMESTAMP, 0)""").param("m", outside).update();
            id = jdbc.sql("SELECT MAX(id) FROM duty_fee_relief WHERE member_id = :m")
                    .param("m", outside)
                    .query(Long.class)
                    .single();
        }
        String body = "bases".equals(kind)
                ? "{\"category\":\"STUDENT\",\"fromMonth\":\"1999-01\",\"version\":0}"
                : "{\"ground\":\"HARDSHIP\",\"percent\":50,\"fromMonth\":\"1999-01\",\"toMonth\":\"1999-02\","
                        + "\"version\":0}";
        String path = "/api/v1/fees/" + kind + "/" + id + ("DELETE".equals(method) ? "?version=0" : "");
        ApiClient.Response response = session("bithu").method(method, path, "application/json", body);
        assertThat(response.status()).as(method + " " + path).isEqualTo(404);
        assertThat(response.code()).isEqualTo("bases".equals(kind) ? "fee.basis.not-found" : "fee.relief.not-found");
    }

    /** Removal proposals list and dismiss only within the caller's scope. */
    void removalProposalsStayInScope() {
        String scope = pathOf(staffScopeRoot());
        UUID outside =
                jdbc.sql("""
                        SELECT m.id FROM member m JOIN org_unit u ON u.id = m.org_unit_id
                         WHERE u.path NOT LIKE :prefix ORDER BY m.id LIMIT 1""").param("prefix", scope + "%").query(UUID.class).single();
        jdbc.sql("""
                        INSERT INTO member_removal_proposal (member_id, org_unit_id, ground, reason, source_key,
                               proposed_on, proposed_by, state, version)
                        SELECT id, org_unit_id, 'INACTIVE_OR_UNPAID_FEES', 'x', 'authz:1', DATE '2026-01-05', 'test',
                               'OPEN', 0 FROM member m
                         WHERE id = :m AND NOT EXISTS (SELECT 1 FROM member_removal_proposal p
                                                        WHERE p.member_id = m.id AND p.source_key = 'authz:1')""").param("m", outside).update();
        long id = jdbc.sql("SELECT id FROM member_removal_proposal WHERE member_id = :m AND source_key = 'authz:1'")
                .param("m", outside)
                .query(Long.class)
                .single();
        session("tochuc")
                .get("/api/v1/removal-proposals")
                .json()
                .forEach(row ->
                        assertThat(pathOf(row.path("orgUnitId").asLong())).startsWith(scope));
        ApiClient.Response response = session("tochuc")
                .post("/api/v1/removal-proposals/" + id + "/dismissal", "{\"reason\":\"x\",\"version\":0}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("member.removal.not-found");
    }

    static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    /** A case and a decision kept by the commission at {@code commission}, written directly (no effects). */
    record InspectionRecords(UUID caseId, UUID decisionId, UUID appealId) {}

    private final Map<Long, InspectionRecords> inspectionRecords = new LinkedHashMap<>();

    InspectionRecords inspectionRecordsOf(long commission) {
        return inspectionRecords.computeIfAbsent(commission, unit -> {
            UUID caseId = UUID.randomUUID();
            UUID decisionId = UUID.randomUUID();
            UUID appealId = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO inspection_case (id, commission_unit_id, case_type, subject_kind, subject_unit_id,
                                   subject_name, title, version, created_at, created_by, updated_at)
                            VALUES (:id, :u, 'INSPECTION_REGULAR', 'ORGANISATION', :u, 'X', 'Hồ sơ mật', 0,
                                   CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP)""").param("id", caseId).param("u", unit).update();
            jdbc.sql("""
                            INSERT INTO inspection_discipline (id, commission_unit_id, case_id, subject_kind,
                                   subject_unit_id, subject_name, form, original_form, authority, deciding_body,
                                   decision_number, decided_on, received_on, reason, state, version, created_at,
                                   created_by, updated_at)
                            VALUES (:id, :u, :c, 'ORGANISATION', :u, 'X', 'REPRIMAND', 'REPRIMAND', 'COMMITTEE', 'X',
                                   '1-QĐ', DATE '2026-02-01', DATE '2026-02-01', 'X', 'IN_FORCE', 0, CURRENT_TIMESTAMP,
                                   'test', CURRENT_TIMESTAMP)""")
                    .param("id", decisionId)
                    .param("u", unit)
                    .param("c", caseId)
                    .update();
            jdbc.sql("""
                            INSERT INTO inspection_appeal (id, discipline_id, appellant, filed_on, grounds, appeal_body,
                                   due_on, version, created_at, created_by)
                            VALUES (:id, :d, 'X', DATE '2026-02-02', 'X', 'X', DATE '2026-06-30', 0, CURRENT_TIMESTAMP,
                                   'test')""").param("id", appealId).param("d", decisionId).update();
            return new InspectionRecords(caseId, decisionId, appealId);
        });
    }

    long inspectionScopeRoot() {
        return jdbc.sql("""
                        SELECT r.org_unit_id FROM account_role r JOIN account a ON a.id = r.account_id
                         WHERE a.username = 'kiemtra' AND r.role = 'INSPECTION'""").query(Long.class).single();
    }

    /**
     * Confidentiality (issue 8 point 5): the inspection role reads the records of its commission; organisation staff
     * with the same subtree in scope, the city's organisation department, the secretary and a member read none of them
     * (404, empty lists); the inspection role reads nothing of a commission outside its scope.
     */
    void inspectionRecordsAreConfidential() {
        InspectionRecords own = inspectionRecordsOf(inspectionScopeRoot());
        InspectionRecords foreign =
                inspectionRecordsOf(unitOutside(pathOf(inspectionScopeRoot()), "GRASSROOTS_COMMITTEE"));
        ApiClient kiemtra = session("kiemtra");
        assertThat(kiemtra.get("/api/v1/inspection-cases/" + own.caseId()).status())
                .isEqualTo(200);
        assertThat(kiemtra.get("/api/v1/discipline-decisions/" + own.decisionId())
                        .status())
                .isEqualTo(200);
        assertThat(kiemtra.get("/api/v1/inspection-cases?size=500").json().findValuesAsString("id"))
                .contains(own.caseId().toString())
                .doesNotContain(foreign.caseId().toString());
        assertThat(kiemtra.get("/api/v1/discipline-decisions?size=500").json().findValuesAsString("id"))
                .contains(own.decisionId().toString())
                .doesNotContain(foreign.decisionId().toString());
        assertThat(kiemtra.get("/api/v1/inspection-cases/" + foreign.caseId()).code())
                .isEqualTo("inspection.case.not-found");
        for (String who : List.of("tochuc", "bantochuc", "bithu", "member", "thuongtruc")) {
            ApiClient client = session(who);
            ApiClient.Response read = client.get("/api/v1/inspection-cases/" + own.caseId());
            assertThat(read.status()).as(who).isEqualTo(404);
            assertThat(read.code()).isEqualTo("inspection.case.not-found");
            ApiClient.Response decision = client.get("/api/v1/discipline-decisions/" + own.decisionId());
            assertThat(decision.status()).as(who).isEqualTo(404);
            assertThat(decision.code()).isEqualTo("inspection.discipline.not-found");
            assertThat(client.get("/api/v1/inspection-cases?size=500").json().findValuesAsString("id"))
                    .as(who)
                    .doesNotContain(own.caseId().toString(), foreign.caseId().toString());
            assertThat(client.get("/api/v1/discipline-decisions?size=500")
                            .json()
                            .findValuesAsString("id"))
                    .as(who)
                    .doesNotContain(
                            own.decisionId().toString(), foreign.decisionId().toString());
        }
    }

    private final Map<Long, UUID> denunciations = new LinkedHashMap<>();

    /** A denunciation handled by the commission of {@code commission}, naming the denouncer. */
    UUID denunciationOf(long commission) {
        return denunciations.computeIfAbsent(commission, unit -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO inspection_denunciation (id, commission_unit_id, received_on, channel,
                                   denouncer_name, denouncer_address, signer_count, false_name, repeated, accused_kind,
                                   accused_unit_id, accused_name, content, state, version, created_at, created_by,
                                   updated_at)
                            VALUES (:id, :u, DATE '2026-01-05', 'MAIL', 'Người tố cáo bí mật', 'Hà Nội', 1, FALSE,
                                   FALSE, 'ORGANISATION', :u, 'X', 'X', 'RECEIVED', 0, CURRENT_TIMESTAMP, 'test',
                                   CURRENT_TIMESTAMP)""").param("id", id).param("u", unit).update();
            return id;
        });
    }

    /**
     * Denunciations (issue 8 points 4 and 5): only the inspection role over the handling commission reads them; every
     * other role is refused outright, and the inspection role reads nothing of a commission outside its scope.
     */
    void denunciationsAreConfidential() {
        UUID own = denunciationOf(inspectionScopeRoot());
        UUID foreign = denunciationOf(unitOutside(pathOf(inspectionScopeRoot()), "GRASSROOTS_COMMITTEE"));
        ApiClient kiemtra = session("kiemtra");
        assertThat(kiemtra.get("/api/v1/denunciations/" + own)
                        .json()
                        .path("denouncerName")
                        .asText())
                .isEqualTo("Người tố cáo bí mật");
        assertThat(kiemtra.get("/api/v1/denunciations?size=500").json().findValuesAsString("id"))
                .contains(own.toString())
                .doesNotContain(foreign.toString());
        assertThat(kiemtra.get("/api/v1/denunciations/" + foreign).code()).isEqualTo("denunciation.not-found");
        for (String who : List.of("tochuc", "bantochuc", "bithu", "member", "thuongtruc")) {
            ApiClient client = session(who);
            ApiClient.Response read = client.get("/api/v1/denunciations/" + own);
            assertThat(read.status()).as(who).isEqualTo(403);
            assertThat(read.body()).as(who).doesNotContain("Người tố cáo bí mật");
            assertThat(client.get("/api/v1/denunciations").status()).as(who).isEqualTo(403);
        }
    }

    void foreignDenunciationIs404(String template, String body) {
        UUID foreign = denunciationOf(unitOutside(pathOf(inspectionScopeRoot()), "GRASSROOTS_COMMITTEE"));
        String path = template.replace("#denunciation", foreign.toString());
        ApiClient.Response response = session("kiemtra").post(path, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("denunciation.not-found");
    }

    void inspectionForCommissionOutsideIs404(String path, String template) {
        String scope = pathOf(inspectionScopeRoot());
        long outside = unitOutside(scope, "GRASSROOTS_COMMITTEE");
        ApiClient.Response response = session("kiemtra").post(path, String.format(template, outside, outside));
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    /**
     * The inspection summary (issue 8 point 6) of an organisation outside the inspection role's scope is a 404; the
     * organisation staff, whose scope holds the same subtree, are refused by role (403).
     */
    void inspectionSummaryOutsideIs404(String path) {
        long own = inspectionScopeRoot();
        long outside = unitOutside(pathOf(own), "GRASSROOTS_COMMITTEE");
        ApiClient.Response response = session("kiemtra").get(path + "?unitId=" + outside);
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
        assertThat(session("kiemtra").get(path + "?unitId=" + own).status()).isEqualTo(200);
        assertThat(session("tochuc").get(path + "?unitId=" + own).status()).isEqualTo(403);
    }

    void foreignInspectionRecordIs404(String template, String body, String code) {
        InspectionRecords foreign =
                inspectionRecordsOf(unitOutside(pathOf(inspectionScopeRoot()), "GRASSROOTS_COMMITTEE"));
        String path = template.replace("#case", foreign.caseId().toString())
                .replace("#decision", foreign.decisionId().toString())
                .replace("#appeal", foreign.appealId().toString());
        ApiClient.Response response = session("kiemtra").post(path, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo(code);
    }

    /** A plan with one item of the commission (or committee) at {@code unit}, written directly. */
    record PlanRecords(UUID planId, UUID itemId) {}

    private final Map<String, PlanRecords> planRecords = new LinkedHashMap<>();

    PlanRecords planOf(long unit, String owner) {
        return planRecords.computeIfAbsent(owner + unit, key -> {
            UUID planId = UUID.randomUUID();
            UUID itemId = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO inspection_plan (id, owner_unit_id, owner, activity, period_kind, plan_year,
                                   period_from, period_to, title, version, created_at, created_by, updated_at)
                            VALUES (:id, :u, :owner, 'INSPECTION', 'YEAR', 2026, DATE '2026-01-01', DATE '2026-12-31',
                                   'Kế hoạch', 0, CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP)""")
                    .param("id", planId)
                    .param("u", unit)
                    .param("owner", owner)
                    .update();
            jdbc.sql("""
                            INSERT INTO inspection_plan_item (id, plan_id, position, subject_kind, subject_unit_id,
                                   subject_name, content, planned_from, planned_to, version)
                            VALUES (:id, :p, 1, 'ORGANISATION', :u, 'X', 'X', DATE '2026-04-01', DATE '2026-04-30', 0)""")
                    .param("id", itemId)
                    .param("p", planId)
                    .param("u", unit)
                    .update();
            return new PlanRecords(planId, itemId);
        });
    }

    /**
     * Plans are internal (issue 8 point 1): the inspection role reads its commission's plans and the committee's own
     * plans of its subtree; organisation staff and the secretary read only committee or cell plans of their scope,
     * never a commission's; nobody reads a plan outside their scope (404, absent from lists).
     */
    void inspectionPlansStayInScope() {
        long commune = inspectionScopeRoot();
        PlanRecords commission = planOf(commune, "COMMISSION");
        PlanRecords committee = planOf(commune, "COMMITTEE");
        PlanRecords foreign = planOf(unitOutside(pathOf(commune), "GRASSROOTS_COMMITTEE"), "COMMISSION");
        String plans = "/api/v1/inspection-plans/";
        ApiClient kiemtra = session("kiemtra");
        assertThat(kiemtra.get(plans + commission.planId()).status()).isEqualTo(200);
        assertThat(kiemtra.get(plans + committee.planId()).status()).isEqualTo(200);
        assertThat(kiemtra.get(plans + foreign.planId()).code()).isEqualTo("inspection.plan.not-found");
        assertThat(kiemtra.get("/api/v1/inspection-plans?size=500").json().findValuesAsString("id"))
                .contains(commission.planId().toString(), committee.planId().toString())
                .doesNotContain(foreign.planId().toString());
        ApiClient tochuc = session("tochuc");
        assertThat(tochuc.get(plans + committee.planId()).status()).isEqualTo(200);
        for (String who : List.of("tochuc", "bithu")) {
            ApiClient client = session(who);
            ApiClient.Response read = client.get(plans + commission.planId());
            assertThat(read.status()).as(who).isEqualTo(404);
            assertThat(read.code()).isEqualTo("inspection.plan.not-found");
            assertThat(client.get(plans + foreign.planId()).status()).as(who).isEqualTo(404);
            assertThat(client.get("/api/v1/inspection-plans?size=500").json().findValuesAsString("id"))
                    .as(who)
                    .doesNotContain(
                            commission.planId().toString(), foreign.planId().toString());
        }
        assertThat(session("bithu").get(plans + committee.planId()).status())
                .as("the commune's plan is outside a cell secretary's scope")
                .isEqualTo(404);
    }

    void foreignPlanIs404(String method, String template, String body) {
        long foreignUnit = unitOutside(pathOf(inspectionScopeRoot()), "GRASSROOTS_COMMITTEE");
        PlanRecords foreign = planOf(foreignUnit, "COMMISSION");
        String path = "/api/v1/inspection-plans/"
                + template.replace("#plan", foreign.planId().toString())
                        .replace("#item", foreign.itemId().toString());
        ApiClient.Response response = call(
                session("kiemtra"),
                new Operation(method, path),
                path,
                body.replace("#unit", String.valueOf(foreignUnit)));
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("inspection.plan.not-found");
    }

    List<Operation> operations() {
        JsonNode paths = client().get("/v3/api-docs").json().path("paths");
        List<Operation> ops = new ArrayList<>();
        paths.properties()
                .forEach(entry -> entry.getValue().properties().forEach(m -> {
                    if (List.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                        ops.add(new Operation(m.getKey().toUpperCase(java.util.Locale.ROOT), entry.getKey()));
                    }
                }));
        assertThat(ops).isNotEmpty();
        return ops;
    }

    boolean isPublic(Operation op) {
        return handler(op).hasMethodAnnotation(PublicEndpoint.class);
    }

    Role[] allowedRoles(Operation op) {
        Role[] allowed = ApiOperations.allowedRoles(mappings, op.method(), op.path());
        assertThat(allowed).as("@Allowed on " + op.key()).isNotNull();
        return allowed;
    }

    HandlerMethod handler(Operation op) {
        return ApiOperations.handler(mappings, op.method(), op.path());
    }

    /** A valid self-assessment or appraisal body: the scope check, not validation, must answer. */
    static final String ASSESSMENT =
            "{\"score\":60,\"tasksTotal\":1,\"tasksExceeding\":0,\"tasksLate\":0,\"level\":\"COMPLETED\",\"version\":0}";

    /** A member evaluation cycle opened by the city for a cell outside the staff's commune (year 2050). */
    UUID foreignEvaluationCycle() {
        long cell = unitOutside(pathOf(staffScopeRoot()), "CELL");
        return jdbc.sql("SELECT id FROM duty_evaluation_cycle WHERE org_unit_id = :u AND eval_year = 2050")
                .param("u", cell)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    ApiClient.Response opened = session("bantochuc")
                            .post("/api/v1/evaluations/cycles", "{\"orgUnitId\":" + cell + ",\"year\":2050}");
                    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
                    return UUID.fromString(opened.json().path("id").asString());
                });
    }

    void evaluationForUnitOutsideIs404(String path) {
        long outside = unitOutside(pathOf(staffScopeRoot()), "CELL");
        String reason = path.endsWith("disqualifications") ? ",\"reason\":\"Bị kỷ luật\"" : "";
        ApiClient.Response response =
                session("tochuc").post(path, "{\"orgUnitId\":" + outside + ",\"year\":2026" + reason + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("org.unit.not-found");
    }

    void evaluationCyclesStayInScope() {
        UUID foreign = foreignEvaluationCycle();
        for (String who : List.of("tochuc", "bithu")) {
            assertThat(session(who).get("/api/v1/evaluations/cycles").json().findValuesAsString("id"))
                    .as(who)
                    .doesNotContain(foreign.toString());
        }
        assertThat(session("bantochuc").get("/api/v1/evaluations/cycles").json().findValuesAsString("id"))
                .contains(foreign.toString());
    }

    void foreignEvaluationCycleIs404(String who, String method, String suffix, String body) {
        UUID foreign = foreignEvaluationCycle();
        String path = "member".equals(who)
                ? "/api/v1/evaluations/mine/" + foreign
                : "/api/v1/evaluations/cycles/" + foreign + suffix;
        ApiClient.Response response = call(session(who), new Operation(method, path), path, body == null ? "{}" : body);
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("evaluation.cycle.not-found");
    }

    void foreignEvaluationEntryIs404() {
        UUID foreign = foreignEvaluationCycle();
        UUID entry = jdbc.sql("SELECT id FROM duty_evaluation_member WHERE cycle_id = :c ORDER BY id LIMIT 1")
                .param("c", foreign)
                .query(UUID.class)
                .single();
        ApiClient.Response response = session("bithu")
                .method(
                        "PUT",
                        "/api/v1/evaluations/cycles/" + foreign + "/entries/" + entry + "/appraisal",
                        "application/json",
                        "{\"score\":60,\"tasksTotal\":1,\"tasksExceeding\":0,\"tasksLate\":0,"
                                + "\"level\":\"COMPLETED\",\"version\":0}");
        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("evaluation.cycle.not-found");
    }

    void ownEvaluationsOnly() {
        foreignEvaluationCycle();
        ApiClient member = session("member");
        String me = member.get("/api/v1/me").json().path("member").path("id").asString();
        member.get("/api/v1/evaluations/mine").json().forEach(row -> {
            if (!row.path("entry").isNull()) {
                assertThat(row.path("entry").path("memberId").asString()).isEqualTo(me);
            }
        });
    }

    ApiClient session(String who) {
        return sessions.computeIfAbsent(who, name -> loggedIn("member".equals(name) ? plainMemberLogin() : name));
    }

    static String fill(String path) {
        return ApiOperations.fill(path);
    }

    static ApiClient.Response call(ApiClient client, Operation op, String path, String body) {
        return switch (op.method()) {
            case "GET" -> client.get(path);
            case "POST" -> client.post(path, body);
            default -> client.method(op.method(), path, "application/json", body);
        };
    }
}
