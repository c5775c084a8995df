-- The meetings in walking order with the ord range of their agreements (NULL
-- when none) and how many of their commitments are to be matched.
WITH ranges AS (
    SELECT meeting_id, min(ord) AS lo, max(ord) AS hi FROM fu_w_agreements GROUP BY meeting_id
),
todo AS (
    SELECT meeting_id, count(*) AS n FROM fu_w_todo GROUP BY meeting_id
)
SELECT w.pos, w.meeting_id, w.body_id, w.start_date, w.language, w.canonical_id, w.horizon, w.listed,
       coalesce(r.lo, 0) AS lo, coalesce(r.hi, -1) AS hi, coalesce(t.n, 0) AS n
FROM fu_w_meetings w
LEFT JOIN ranges r USING (meeting_id)
LEFT JOIN todo t USING (meeting_id)
ORDER BY w.pos
