-- Scratch table of the follow-through rows, published in one statement when complete.
CREATE OR REPLACE TEMP TABLE fu_result (
    commitment_id VARCHAR,
    status VARCHAR,
    fulfilled_by_agreement_id VARCHAR,
    evidence VARCHAR,
    match_score DOUBLE,
    match_reason VARCHAR,
    evidence_agreement_id VARCHAR
);
