package vn.dangvu.badge.internal;

import vn.dangvu.support.OnPostgres;

/** {@link BadgeScenarios} on PostgreSQL. */
@OnPostgres
class BadgePostgresIntegrationTests extends BadgeScenarios {}
