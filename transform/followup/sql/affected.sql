-- Scratch table of the commitments whose follow-through can change since the
-- previous run (fu_prev_inputs): those made at a new, changed or gone meeting,
-- and those whose window (after their meeting, up to the eighth next meeting
-- of their body and four years, as in candidates.sql) holds the date, old or
-- new, of such a meeting. A window is that of the meeting, so every commitment
-- of a meeting is in or out together. fu_scope is their ids.
CREATE OR REPLACE TEMP TABLE fu_affected AS
WITH changed AS (
    SELECT coalesce(n.meeting_id, o.meeting_id) AS meeting_id, n.start_date AS new_date, o.start_date AS old_date
    FROM fu_inputs n FULL OUTER JOIN fu_prev_inputs o USING (meeting_id)
    WHERE n.fp IS DISTINCT FROM o.fp
),
dates AS (
    SELECT DISTINCT d AS start_date
    FROM (SELECT new_date AS d FROM changed UNION ALL SELECT old_date FROM changed)
    WHERE d IS NOT NULL
),
calendar AS (
    SELECT meeting_id,
           lead(start_date, 8) OVER (PARTITION BY body_id ORDER BY start_date) AS eighth_next
    FROM meetings
    WHERE coalesce(canonical_meeting_id, meeting_id) = meeting_id
),
made AS (
    SELECT c.commitment_id, c.meeting_id, m.start_date,
           CAST(least(m.start_date + INTERVAL 4 YEAR,
                      coalesce(k.eighth_next, m.start_date + INTERVAL 4 YEAR)) AS DATE) AS horizon
    FROM stg_commitments c
    LEFT JOIN meetings m ON m.meeting_id = c.meeting_id
    LEFT JOIN calendar k ON k.meeting_id = coalesce(m.canonical_meeting_id, m.meeting_id)
)
SELECT c.commitment_id, c.meeting_id, c.start_date, c.horizon
FROM made c
WHERE c.meeting_id IN (SELECT meeting_id FROM changed)
   OR EXISTS (SELECT 1 FROM dates d WHERE d.start_date > c.start_date AND d.start_date <= c.horizon);

CREATE OR REPLACE TEMP TABLE fu_scope AS SELECT commitment_id FROM fu_affected;
