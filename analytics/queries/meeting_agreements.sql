-- meeting_agreements: the agreements in document order with all their clause actions.
WITH a AS (SELECT * FROM agreements WHERE meeting_id = $id),
x AS (SELECT agreement_id, string_agg(action, ' ' ORDER BY seq) AS actions
  FROM agreement_actions WHERE agreement_id IN (SELECT agreement_id FROM a) GROUP BY agreement_id)
SELECT a.agreement_id, coalesce(a.number, ''), coalesce(a.parent_number, ''), coalesce(a.action, 'none'), coalesce(a.text, ''),
  coalesce(a.page, 0), coalesce(a.char_start, 0), coalesce(a.char_end, 0), coalesce(x.actions, '')
FROM a LEFT JOIN x USING (agreement_id) ORDER BY a.seq
