package vn.dangvu.member.internal;

import vn.dangvu.support.OnPostgres;

/** {@link LifecycleScenarios} on PostgreSQL. */
@OnPostgres
class LifecyclePostgresIntegrationTests extends LifecycleScenarios {}
