package vn.dangvu.conference.internal;

import vn.dangvu.support.OnPostgres;

/** {@link ConferenceScenarios} on PostgreSQL. */
@OnPostgres
class ConferencePostgresIntegrationTests extends ConferenceScenarios {}
