-- Scratch table of the commitments to match: every one.
CREATE OR REPLACE TEMP TABLE fu_scope AS SELECT commitment_id FROM stg_commitments;
