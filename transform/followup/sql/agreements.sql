-- Every agreement with the id of its parent point: the nearest earlier agreement
-- of the same meeting whose number is this one's parent_number.
WITH parents AS (
    SELECT a.agreement_id, arg_max(p.agreement_id, p.seq) AS parent_id
    FROM agreements a
    JOIN agreements p
      ON p.meeting_id = a.meeting_id AND p.number = a.parent_number AND p.seq < a.seq
    WHERE coalesce(a.parent_number, '') <> ''
    GROUP BY a.agreement_id
)
SELECT a.agreement_id, a.meeting_id, a.seq, coalesce(a.action, '') AS action,
       coalesce(a.number, '') AS number,
       coalesce(p.parent_id, '') AS parent_id,
       coalesce(a.text, '') AS text
FROM agreements a
LEFT JOIN parents p USING (agreement_id)
ORDER BY a.meeting_id, a.seq
