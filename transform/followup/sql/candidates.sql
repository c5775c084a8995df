-- Candidate (commitment, later agreement) pairs. The agreement shares a
-- concept with the commitment, belongs to a later meeting held within four
-- years and no later than the eighth next meeting of the commitment's body
-- (a meeting reported twice counts once, by its canonical report), has a clause whose action can
-- record a fulfilment, and names the responsible party, itself or in its
-- parent point. A group such as the member states counts as named by any
-- country; for a group an agreement naming no party at all is kept too, one
-- naming only organisations is not (it is about them).
-- party: 2 when the agreement names the responsible, 1 when its parent does
-- (or, for a group, when it names a country), 0 when it names no one.
-- The party join comes first, as it is the selective one; the shared-concept
-- test then runs on those pairs only.
WITH capable AS (
    SELECT DISTINCT x.agreement_id
    FROM agreement_actions x JOIN fu_actions f ON f.action = x.action
    UNION
    SELECT a.agreement_id
    FROM agreements a JOIN fu_actions f ON f.action = a.action
    ANTI JOIN agreement_actions x ON x.agreement_id = a.agreement_id
),
parents AS (
    SELECT a.agreement_id, arg_max(p.agreement_id, p.seq) AS parent_id
    FROM agreements a
    JOIN agreements p
      ON p.meeting_id = a.meeting_id AND p.number = a.parent_number AND p.seq < a.seq
    WHERE coalesce(a.parent_number, '') <> ''
    GROUP BY a.agreement_id
),
named AS (
    SELECT agreement_id, entity_type, entity_id, 2 AS party FROM agreement_mentions
    UNION ALL
    SELECT p.agreement_id, m.entity_type, m.entity_id, 1 AS party
    FROM parents p JOIN agreement_mentions m ON m.agreement_id = p.parent_id
    UNION ALL
    SELECT agreement_id, 'group', NULL, 1 AS party
    FROM agreement_mentions WHERE entity_type = 'country'
    UNION ALL
    SELECT a.agreement_id, 'group', NULL, 0 AS party
    FROM agreements a ANTI JOIN agreement_mentions m ON m.agreement_id = a.agreement_id
),
calendar AS (
    SELECT meeting_id,
           lead(start_date, 8) OVER (PARTITION BY body_id ORDER BY start_date) AS eighth_next
    FROM meetings
    WHERE coalesce(canonical_meeting_id, meeting_id) = meeting_id
),
made AS (
    SELECT c.commitment_id, c.responsible_type, c.responsible_id, m.start_date,
           coalesce(m.canonical_meeting_id, m.meeting_id) AS canonical,
           least(m.start_date + INTERVAL 4 YEAR, coalesce(k.eighth_next, m.start_date + INTERVAL 4 YEAR)) AS horizon
    FROM stg_commitments c
    JOIN meetings m ON m.meeting_id = c.meeting_id
    LEFT JOIN calendar k ON k.meeting_id = coalesce(m.canonical_meeting_id, m.meeting_id)
),
later AS (
    SELECT a.agreement_id, lm.meeting_id, lm.start_date
    FROM agreements a JOIN meetings lm ON lm.meeting_id = a.meeting_id
    SEMI JOIN capable k ON k.agreement_id = a.agreement_id
    WHERE coalesce(lm.canonical_meeting_id, lm.meeting_id) = lm.meeting_id
),
pairs AS (
    SELECT c.commitment_id, l.agreement_id, max(n.party) AS party
    FROM made c
    JOIN named n
      ON n.entity_type = c.responsible_type
     AND (n.entity_id = c.responsible_id OR (n.entity_id IS NULL AND c.responsible_type = 'group'))
    JOIN later l ON l.agreement_id = n.agreement_id
    WHERE l.start_date > c.start_date
      AND l.start_date <= c.horizon
      AND l.meeting_id <> c.canonical
    GROUP BY c.commitment_id, l.agreement_id
),
shared AS (
    SELECT DISTINCT ct.commitment_id, gt.agreement_id
    FROM fu_commitment_terms ct
    JOIN fu_agreement_terms gt ON gt.term = ct.term
    SEMI JOIN pairs p ON p.commitment_id = ct.commitment_id AND p.agreement_id = gt.agreement_id
)
SELECT p.commitment_id, p.agreement_id, p.party
FROM pairs p
SEMI JOIN shared s ON s.commitment_id = p.commitment_id AND s.agreement_id = p.agreement_id
ORDER BY p.commitment_id, p.agreement_id
