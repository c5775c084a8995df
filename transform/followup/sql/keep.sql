-- Adds the previous run's rows of the commitments not matched again, their
-- status measured anew (the newest meeting of the archive may have moved):
-- fulfilled when linked, overdue when the due date is before the newest
-- meeting and that meeting is later than the commitment's, else pending.
INSERT INTO fu_result
SELECT f.commitment_id,
       CASE
           WHEN f.fulfilled_by_agreement_id IS NOT NULL THEN 'fulfilled'
           WHEN m.start_date < n.newest AND c.due_end < n.newest THEN 'overdue'
           ELSE 'pending'
       END,
       f.fulfilled_by_agreement_id, f.evidence, f.match_score, f.match_reason, f.evidence_agreement_id
FROM fu_prev_result f
JOIN stg_commitments c USING (commitment_id)
LEFT JOIN meetings m ON m.meeting_id = c.meeting_id
CROSS JOIN (SELECT max(start_date) AS newest FROM meetings) n
ANTI JOIN fu_result r ON r.commitment_id = f.commitment_id
