-- The commitments to match made at the meetings at positions ? to ?, by id.
SELECT commitment_id, agreement_id, meeting_id, clause_seq, responsible_type, responsible_id, due_end, due_text
FROM fu_w_todo
WHERE pos BETWEEN ? AND ?
ORDER BY commitment_id
