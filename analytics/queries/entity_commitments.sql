-- entity_commitments: what the party was asked to do and what came of it, newest first.
SELECT k.commitment_id, fm.meeting_id, coalesce(fm.start_date::VARCHAR, ''), coalesce(fm.title, ''),
  coalesce(a.number, ''), coalesce(k.action, ''), coalesce(a.text, ''), coalesce(k.due_text, ''),
  coalesce(k.status, 'pending'), coalesce(fa.meeting_id, ''), coalesce(k.fulfilled_by_agreement_id, '')
FROM commitments k JOIN fm USING (meeting_id) JOIN agreements a ON a.agreement_id = k.agreement_id
LEFT JOIN agreements fa ON fa.agreement_id = k.fulfilled_by_agreement_id
WHERE k.responsible_type = $type AND k.responsible_id = $id
ORDER BY fm.start_date DESC NULLS LAST, a.seq LIMIT 200
