-- Replace commitment_followups with the rows just computed.
CREATE OR REPLACE TABLE commitment_followups AS
SELECT commitment_id, status, fulfilled_by_agreement_id, evidence, match_score, match_reason, evidence_agreement_id
FROM fu_result
ORDER BY commitment_id
