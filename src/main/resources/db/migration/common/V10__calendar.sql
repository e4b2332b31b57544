-- Working-day calendar (module calendar): administrators' adjustments on top of the computed public holidays.
-- One adjustment per day: OFF makes the day a day off, WORKING a make-up working day (làm bù).
CREATE TABLE holiday_adjustment (
  adjusted_date DATE         NOT NULL,
  kind          VARCHAR(8)   NOT NULL,
  reason        VARCHAR(255) NOT NULL,
  created_by    VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT holiday_adjustment_pk PRIMARY KEY (adjusted_date),
  CONSTRAINT holiday_adjustment_kind_ck CHECK (kind IN ('OFF', 'WORKING'))
);
