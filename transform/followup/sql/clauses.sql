-- Every clause of every agreement, in order.
SELECT agreement_id, seq, coalesce(action, '') AS action, coalesce(text, '') AS text
FROM agreement_actions
ORDER BY agreement_id, seq
