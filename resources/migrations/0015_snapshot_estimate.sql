-- Schema 15: our rule-based estimate at the moment each platform snapshot was kept, beside the platform's numbers,
-- so the estimate can be calibrated against the platform day by day (core/scorecalibration.h). NULL: a snapshot
-- kept before this schema, or a dimension without data then. estimate_rules: the rules version that computed it
-- (a fit uses only the days of the rules in force).
ALTER TABLE score_snapshots ADD COLUMN estimate_overall REAL;
ALTER TABLE score_snapshots ADD COLUMN estimate_product REAL;
ALTER TABLE score_snapshots ADD COLUMN estimate_logistics REAL;
ALTER TABLE score_snapshots ADD COLUMN estimate_service REAL;
ALTER TABLE score_snapshots ADD COLUMN estimate_rules INTEGER NOT NULL DEFAULT 0;
