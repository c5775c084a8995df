-- The agreements numbered ? to ? (ord) of fu_w_agreements, in order.
SELECT ord, agreement_id, meeting_id, seq, action, number, parent_id, text
FROM fu_w_agreements
WHERE ord BETWEEN ? AND ?
ORDER BY ord
