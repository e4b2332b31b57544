package vn.dangvu.member.internal;

import vn.dangvu.support.OnPostgres;

/** {@link HistoryReferenceScenarios} on PostgreSQL, where the history checks its references per statement (V133). */
@OnPostgres
class HistoryReferencePostgresIntegrationTests extends HistoryReferenceScenarios {}
