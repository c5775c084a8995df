-- index_agreements: every meeting's agreements in document order.
SELECT a.meeting_id, a.agreement_id, coalesce(a.number, ''), coalesce(a.parent_number, ''), coalesce(a.action, 'none'),
  coalesce(a.text, ''), coalesce(a.page, 0), coalesce(a.char_start, 0), coalesce(a.char_end, 0)
FROM {{.AgreementsAll}} a ORDER BY a.meeting_id, a.seq
