package vn.dangvu.duty.internal.evaluation;

/** {@link EvaluationScenarios} on the embedded database. */
class EvaluationIntegrationTests extends EvaluationScenarios {}
