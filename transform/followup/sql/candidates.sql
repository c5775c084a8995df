-- Candidate (commitment, later agreement) pairs: the agreement shares a concept
-- with the commitment, belongs to a later meeting (counting a meeting reported
-- twice once, by its canonical report), has a clause whose action can record a
-- fulfilment, and names the responsible party (itself or its parent point).
-- A group such as the member states counts as named by any country; an
-- agreement naming no party at all is kept for a group, one naming only
-- organisations is not (it is about them).
-- party: 2 when the agreement names the responsible, 1 when its parent does
-- (or, for a group, when it names a country).
WITH shared AS (
    SELECT DISTINCT ct.commitment_id, gt.agreement_id
    FROM fu_commitment_terms ct
    JOIN fu_agreement_terms gt ON gt.term = ct.term
),
parents AS (
    SELECT a.agreement_id, arg_max(p.agreement_id, p.seq) AS parent_id
    FROM agreements a
    JOIN agreements p
      ON p.meeting_id = a.meeting_id AND p.number = a.parent_number AND p.seq < a.seq
    WHERE coalesce(a.parent_number, '') <> ''
    GROUP BY a.agreement_id
),
pairs AS (
    SELECT s.commitment_id, s.agreement_id, c.responsible_type,
           CASE
             WHEN EXISTS (SELECT 1 FROM agreement_mentions m
                          WHERE m.agreement_id = s.agreement_id
                            AND m.entity_type = c.responsible_type
                            AND m.entity_id = c.responsible_id) THEN 2
             WHEN EXISTS (SELECT 1 FROM parents p
                          JOIN agreement_mentions m ON m.agreement_id = p.parent_id
                          WHERE p.agreement_id = s.agreement_id
                            AND m.entity_type = c.responsible_type
                            AND m.entity_id = c.responsible_id) THEN 1
             WHEN c.responsible_type = 'group'
                  AND EXISTS (SELECT 1 FROM agreement_mentions m
                              WHERE m.agreement_id = s.agreement_id
                                AND m.entity_type = 'country') THEN 1
             ELSE 0
           END AS party,
           EXISTS (SELECT 1 FROM agreement_mentions m
                   WHERE m.agreement_id = s.agreement_id) AS names_any
    FROM shared s
    JOIN stg_commitments c ON c.commitment_id = s.commitment_id
    JOIN meetings cm ON cm.meeting_id = c.meeting_id
    JOIN agreements a ON a.agreement_id = s.agreement_id
    JOIN meetings lm ON lm.meeting_id = a.meeting_id
    WHERE lm.start_date > cm.start_date
      AND coalesce(lm.canonical_meeting_id, lm.meeting_id) = lm.meeting_id
      AND lm.meeting_id <> coalesce(cm.canonical_meeting_id, cm.meeting_id)
      AND (EXISTS (SELECT 1 FROM agreement_actions x
                   JOIN fu_actions f ON f.action = x.action
                   WHERE x.agreement_id = a.agreement_id)
           OR (a.action IN (SELECT action FROM fu_actions)
               AND NOT EXISTS (SELECT 1 FROM agreement_actions x
                               WHERE x.agreement_id = a.agreement_id)))
)
SELECT commitment_id, agreement_id, party
FROM pairs
WHERE party > 0 OR (responsible_type = 'group' AND NOT names_any)
ORDER BY commitment_id, agreement_id
