-- Candidate (commitment, later agreement) pairs. The agreement shares a
-- concept with the commitment, belongs to a later meeting held within four
-- years and no later than the eighth next meeting of the commitment's body
-- (a meeting reported twice counts once, by its canonical report), has a clause whose action can
-- record a fulfilment, and names the responsible party, itself or in its
-- parent point. A group such as the member states counts as named by any
-- country; for a group an agreement naming no party at all is kept too, one
-- naming only organisations is not (it is about them).
-- party: 2 when the agreement names the responsible, or its parent is a bare
-- heading that does ("With regard to the TS: a. Receive ..."), 1 when another
-- parent point does (or, for a group, when it names a country), 0 when it names no one.
-- Every join is an equality, so the work grows with the pairs found, not with
-- commitments × agreements: the later meeting dates are numbered (day_no), each
-- commitment is spread over the numbers of the dates in its window, and the
-- named parties of later agreements are joined on (party, day_no); the shared
-- concepts are then compared for those pairs only, as lists. A party key '(any)' stands
-- for "names no one in particular" (a group commitment matches it). Later
-- agreements are those profiled (fu_agreement_terms: the matcher's window,
-- win), so the work of one window does not grow with the archive.
WITH win AS (
    SELECT DISTINCT agreement_id FROM fu_agreement_terms
),
capable AS (
    SELECT DISTINCT x.agreement_id
    FROM agreement_actions x JOIN fu_actions f ON f.action = x.action
    SEMI JOIN win w ON w.agreement_id = x.agreement_id
    UNION
    SELECT a.agreement_id
    FROM agreements a JOIN fu_actions f ON f.action = a.action
    SEMI JOIN win w ON w.agreement_id = a.agreement_id
    ANTI JOIN agreement_actions x ON x.agreement_id = a.agreement_id
),
parents AS (
    SELECT a.agreement_id, arg_max(p.agreement_id, p.seq) AS parent_id
    FROM agreements a
    SEMI JOIN win w ON w.agreement_id = a.agreement_id
    JOIN agreements p
      ON p.meeting_id = a.meeting_id AND p.number = a.parent_number AND p.seq < a.seq
    WHERE coalesce(a.parent_number, '') <> ''
    GROUP BY a.agreement_id
),
named AS (
    SELECT agreement_id, entity_type, coalesce(entity_id, '(any)') AS party_key, 2 AS party FROM agreement_mentions
    UNION ALL
    SELECT p.agreement_id, m.entity_type, coalesce(m.entity_id, '(any)'),
           CASE WHEN h.action = 'none' THEN 2 ELSE 1 END AS party
    FROM parents p JOIN agreement_mentions m ON m.agreement_id = p.parent_id
    JOIN agreements h ON h.agreement_id = p.parent_id
    UNION ALL
    SELECT agreement_id, 'group', '(any)', 1 AS party
    FROM agreement_mentions WHERE entity_type = 'country'
    UNION ALL
    SELECT a.agreement_id, 'group', '(any)', 0 AS party
    FROM agreements a ANTI JOIN agreement_mentions m ON m.agreement_id = a.agreement_id
),
calendar AS (
    SELECT meeting_id,
           lead(start_date, 8) OVER (PARTITION BY body_id ORDER BY start_date) AS eighth_next
    FROM meetings
    WHERE coalesce(canonical_meeting_id, meeting_id) = meeting_id
),
later AS (
    SELECT a.agreement_id, lm.meeting_id, lm.start_date
    FROM agreements a JOIN meetings lm ON lm.meeting_id = a.meeting_id
    SEMI JOIN capable k ON k.agreement_id = a.agreement_id
    WHERE coalesce(lm.canonical_meeting_id, lm.meeting_id) = lm.meeting_id
      AND lm.start_date IS NOT NULL
),
days AS (
    SELECT start_date, row_number() OVER (ORDER BY start_date) AS day_no
    FROM (SELECT DISTINCT start_date FROM later)
),
made AS (
    SELECT c.commitment_id, c.responsible_type, c.responsible_id, m.start_date,
           coalesce(m.canonical_meeting_id, m.meeting_id) AS canonical,
           CAST(least(m.start_date + INTERVAL 4 YEAR,
                      coalesce(k.eighth_next, m.start_date + INTERVAL 4 YEAR)) AS DATE) AS horizon
    FROM stg_commitments c
    JOIN meetings m ON m.meeting_id = c.meeting_id
    LEFT JOIN calendar k ON k.meeting_id = coalesce(m.canonical_meeting_id, m.meeting_id)
    WHERE m.start_date IS NOT NULL
      AND c.commitment_id IN (SELECT commitment_id FROM fu_commitment_terms)
),
first_day AS (
    SELECT c.commitment_id, d.day_no AS lo
    FROM made c ASOF JOIN days d ON c.start_date < d.start_date
),
last_day AS (
    SELECT c.commitment_id, d.day_no AS hi
    FROM made c ASOF JOIN days d ON c.horizon >= d.start_date
),
keys AS (
    SELECT commitment_id, responsible_type, canonical,
           unnest(CASE WHEN responsible_type = 'group' THEN [responsible_id, '(any)']
                       ELSE [responsible_id] END) AS party_key
    FROM made
),
spread AS (
    SELECT k.commitment_id, k.responsible_type, k.canonical, k.party_key,
           unnest(range(f.lo, l.hi + 1)) AS day_no
    FROM keys k
    JOIN first_day f USING (commitment_id)
    JOIN last_day l USING (commitment_id)
    WHERE f.lo <= l.hi
),
offered AS (
    SELECT n.agreement_id, n.entity_type, n.party_key, n.party, l.meeting_id, d.day_no
    FROM named n
    JOIN later l USING (agreement_id)
    JOIN days d USING (start_date)
),
pairs AS (
    SELECT s.commitment_id, o.agreement_id, max(o.party) AS party
    FROM spread s
    JOIN offered o
      ON o.day_no = s.day_no AND o.entity_type = s.responsible_type AND o.party_key = s.party_key
    WHERE o.meeting_id <> s.canonical
    GROUP BY s.commitment_id, o.agreement_id
),
commitment_terms AS (
    SELECT commitment_id, list(term) AS terms FROM fu_commitment_terms GROUP BY commitment_id
),
agreement_terms AS (
    SELECT agreement_id, list(term) AS terms FROM fu_agreement_terms GROUP BY agreement_id
)
SELECT p.commitment_id, p.agreement_id, p.party
FROM pairs p
JOIN commitment_terms ct ON ct.commitment_id = p.commitment_id
JOIN agreement_terms gt ON gt.agreement_id = p.agreement_id
WHERE list_has_any(ct.terms, gt.terms)
ORDER BY p.commitment_id, p.agreement_id
