-- Scratch tables the matcher walks in windows of meetings. fu_w_meetings:
-- every meeting, in date order (undated last), with the last date a
-- commitment made there can be recorded done (its horizon: the eighth next
-- meeting of its body and four years, as in candidates.sql). fu_w_agreements:
-- every agreement numbered (ord) in that order, with its parent point;
-- fu_w_clauses and fu_w_mentions: their clauses and mentions by ord;
-- fu_w_commitments: every commitment by the position of its meeting.
-- fu_w_later, fu_w_named and fu_w_made: what candidates.sql reads of the
-- agreements and commitments, numbered the same way, so that each span reads
-- only its window's rows instead of joining the whole archive again.
CREATE OR REPLACE TEMP TABLE fu_w_meetings AS
WITH calendar AS (
    SELECT meeting_id,
           lead(start_date, 8) OVER (PARTITION BY body_id ORDER BY start_date) AS eighth_next
    FROM meetings
    WHERE coalesce(canonical_meeting_id, meeting_id) = meeting_id
)
SELECT row_number() OVER (ORDER BY m.start_date NULLS LAST, m.meeting_id) AS pos,
       m.meeting_id,
       coalesce(m.body_id, '') AS body_id,
       m.start_date,
       coalesce(m.language, '') AS language,
       coalesce(m.canonical_meeting_id, m.meeting_id) AS canonical_id,
       CAST(least(m.start_date + INTERVAL 4 YEAR,
                  coalesce(k.eighth_next, m.start_date + INTERVAL 4 YEAR)) AS DATE) AS horizon,
       true AS listed
FROM meetings m
LEFT JOIN calendar k ON k.meeting_id = coalesce(m.canonical_meeting_id, m.meeting_id)
ORDER BY pos;

-- Meetings that agreements or commitments name but meetings lacks go last.
INSERT INTO fu_w_meetings
SELECT (SELECT coalesce(max(pos), 0) FROM fu_w_meetings) + row_number() OVER (ORDER BY meeting_id),
       meeting_id, '', NULL, '', meeting_id, NULL, false
FROM (SELECT meeting_id FROM agreements UNION SELECT meeting_id FROM stg_commitments) x
WHERE meeting_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.meeting_id = x.meeting_id)
ORDER BY meeting_id;

CREATE OR REPLACE TEMP TABLE fu_w_agreements AS
WITH parents AS (
    SELECT a.agreement_id, arg_max(p.agreement_id, p.seq) AS parent_id
    FROM agreements a
    JOIN agreements p
      ON p.meeting_id = a.meeting_id AND p.number = a.parent_number AND p.seq < a.seq
    WHERE coalesce(a.parent_number, '') <> ''
    GROUP BY a.agreement_id
)
SELECT row_number() OVER (ORDER BY w.pos, a.seq, a.agreement_id) AS ord,
       a.agreement_id, a.meeting_id, a.seq, coalesce(a.action, '') AS action,
       coalesce(a.number, '') AS number,
       coalesce(p.parent_id, '') AS parent_id,
       coalesce(a.text, '') AS text
FROM agreements a
JOIN fu_w_meetings w USING (meeting_id)
LEFT JOIN parents p USING (agreement_id)
ORDER BY ord;

CREATE OR REPLACE TEMP TABLE fu_w_clauses AS
SELECT a.ord, x.seq, coalesce(x.action, '') AS action, coalesce(x.text, '') AS text
FROM agreement_actions x
JOIN fu_w_agreements a USING (agreement_id)
ORDER BY a.ord, x.seq, x.rowid;

CREATE OR REPLACE TEMP TABLE fu_w_mentions AS
SELECT a.ord, coalesce(m.entity_type, '') AS entity_type,
       coalesce(m.entity_id, '') AS entity_id, coalesce(m.surface, '') AS surface
FROM agreement_mentions m
JOIN fu_w_agreements a USING (agreement_id)
ORDER BY a.ord, m.rowid;

CREATE OR REPLACE TEMP TABLE fu_w_commitments AS
SELECT w.pos, c.commitment_id, c.agreement_id, c.meeting_id, c.clause_seq,
       coalesce(c.responsible_type, '') AS responsible_type,
       coalesce(c.responsible_id, '') AS responsible_id,
       c.due_end,
       coalesce(c.due_text, '') AS due_text
FROM stg_commitments c
JOIN fu_w_meetings w USING (meeting_id)
ORDER BY w.pos, c.commitment_id;

-- The agreements of canonical meetings with a date: those that can record a
-- commitment done (later in candidates.sql), by ord.
CREATE OR REPLACE TEMP TABLE fu_w_later AS
SELECT a.ord, a.agreement_id, a.meeting_id, w.start_date
FROM fu_w_agreements a
JOIN fu_w_meetings w USING (meeting_id)
WHERE w.listed AND w.canonical_id = w.meeting_id AND w.start_date IS NOT NULL
ORDER BY a.ord;

-- The parties each agreement names, by ord, with how (party, as in
-- candidates.sql): 2 itself, or its parent point when that is a bare heading;
-- 1 another parent point, or for a group a country; 0 for a group when it
-- names no one. A party key '(any)' stands for "names no one in particular".
CREATE OR REPLACE TEMP TABLE fu_w_named AS
SELECT ord, entity_type, party_key, party
FROM (
    SELECT a.ord, m.entity_type, coalesce(m.entity_id, '(any)') AS party_key, 2 AS party
    FROM agreement_mentions m JOIN fu_w_agreements a USING (agreement_id)
    UNION ALL
    SELECT a.ord, m.entity_type, coalesce(m.entity_id, '(any)'),
           CASE WHEN h.action = 'none' THEN 2 ELSE 1 END
    FROM fu_w_agreements a
    JOIN agreement_mentions m ON m.agreement_id = a.parent_id
    JOIN fu_w_agreements h ON h.agreement_id = a.parent_id
    UNION ALL
    SELECT a.ord, 'group', '(any)', 1
    FROM agreement_mentions m JOIN fu_w_agreements a USING (agreement_id)
    WHERE m.entity_type = 'country'
    UNION ALL
    SELECT a.ord, 'group', '(any)', 0
    FROM fu_w_agreements a ANTI JOIN agreement_mentions m ON m.agreement_id = a.agreement_id
)
ORDER BY ord;

-- Every dated commitment by the position of its meeting, with that meeting's
-- date, canonical meeting and horizon (made in candidates.sql).
CREATE OR REPLACE TEMP TABLE fu_w_made AS
SELECT w.pos, c.commitment_id, c.responsible_type, c.responsible_id, w.start_date,
       w.canonical_id AS canonical, w.horizon
FROM stg_commitments c
JOIN fu_w_meetings w USING (meeting_id)
WHERE w.listed AND w.start_date IS NOT NULL
ORDER BY w.pos, c.commitment_id;
