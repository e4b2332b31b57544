package vn.dangvu.duty.internal.evaluation;

import vn.dangvu.support.OnPostgres;

/** {@link EvaluationScenarios} on PostgreSQL. */
@OnPostgres
class EvaluationPostgresIntegrationTests extends EvaluationScenarios {}
