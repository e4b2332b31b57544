-- The age pyramid of the dashboard: a new counter dimension AGE_SEX (sex and age band together). Forget the counters'
-- reference date so that the next start (or the nightly upkeep) recounts every counter, the new dimension included.
UPDATE stat_state SET as_of = NULL;
