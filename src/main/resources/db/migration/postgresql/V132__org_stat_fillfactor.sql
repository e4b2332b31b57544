-- A lifecycle step updates the counters of its member's ancestors (about thirty keyed rows). With full pages each new
-- version went to another page and into the primary key again, and a unit's rows, written together by a full count,
-- drifted apart. With room left on every page the update stays on its page and out of the index (a HOT update).
-- Takes effect for the pages written from now on: the next full count (start-up on a new database, the
-- administrator's recount) writes every row again.
ALTER TABLE org_stat SET (fillfactor = 70);
