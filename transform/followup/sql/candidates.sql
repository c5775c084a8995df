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
-- win, numbered $1 to $2), and the commitments those of the meetings at
-- positions $3 to $4; every other table is read by those numbers from the
-- scratch tables of window.sql (fu_w_*), so the work of one window does not
-- grow with the archive: joining the whole archive's agreements, mentions and
-- meetings again for each window did, once the windows were many.
WITH win AS (
    SELECT DISTINCT agreement_id FROM fu_agreement_terms
),
capable AS (
    SELECT DISTINCT x.ord
    FROM fu_w_clauses x JOIN fu_actions f ON f.action = x.action
    WHERE x.ord BETWEEN $1 AND $2
    UNION
    SELECT a.ord
    FROM fu_w_agreements a JOIN fu_actions f ON f.action = a.action
    WHERE a.ord BETWEEN $1 AND $2
      AND NOT EXISTS (SELECT 1 FROM fu_w_clauses x WHERE x.ord BETWEEN $1 AND $2 AND x.ord = a.ord)
),
later AS (
    SELECT l.ord, l.agreement_id, l.meeting_id, l.start_date
    FROM fu_w_later l
    SEMI JOIN win w ON w.agreement_id = l.agreement_id
    SEMI JOIN capable k ON k.ord = l.ord
    WHERE l.ord BETWEEN $1 AND $2
),
days AS (
    SELECT start_date, row_number() OVER (ORDER BY start_date) AS day_no
    FROM (SELECT DISTINCT start_date FROM later)
),
made AS (
    SELECT commitment_id, responsible_type, responsible_id, start_date, canonical, horizon
    FROM fu_w_made
    WHERE pos BETWEEN $3 AND $4
      AND commitment_id IN (SELECT commitment_id FROM fu_commitment_terms)
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
    SELECT l.agreement_id, n.entity_type, n.party_key, n.party, l.meeting_id, d.day_no
    FROM fu_w_named n
    JOIN later l USING (ord)
    JOIN days d USING (start_date)
    WHERE n.ord BETWEEN $1 AND $2
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
