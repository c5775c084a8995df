-- Scratch table of a fingerprint of everything the matcher reads of each
-- meeting: the meeting, its agreements with their clauses and mentions, and
-- the commitments made there. A meeting whose fingerprint differs from the
-- previous run's is new, changed or gone. Rows are combined by the sum of
-- their hashes, which does not depend on their order and needs no sort, so
-- it runs in bounded memory (an ordered string_agg of every text did not).
CREATE OR REPLACE TEMP TABLE fu_inputs AS
WITH clause_fp AS (
    SELECT agreement_id, sum(hash(concat(seq, chr(31), action, chr(31), text))::HUGEINT) AS fp
    FROM agreement_actions GROUP BY agreement_id
),
mention_fp AS (
    SELECT agreement_id, sum(hash(concat(entity_type, chr(31), entity_id, chr(31), surface))::HUGEINT) AS fp
    FROM agreement_mentions GROUP BY agreement_id
),
agreement_fp AS (
    SELECT a.meeting_id,
           sum(hash(concat(a.agreement_id, chr(31), a.seq, chr(31), a.number, chr(31), a.parent_number, chr(31),
               a.action, chr(31), a.text, chr(31), c.fp, chr(31), m.fp))::HUGEINT) AS fp
    FROM agreements a
    LEFT JOIN clause_fp c USING (agreement_id)
    LEFT JOIN mention_fp m USING (agreement_id)
    GROUP BY a.meeting_id
),
commitment_fp AS (
    SELECT meeting_id,
           sum(hash(concat(commitment_id, chr(31), agreement_id, chr(31), clause_seq, chr(31), responsible_type,
               chr(31), responsible_id, chr(31), due_end, chr(31), due_text))::HUGEINT) AS fp
    FROM stg_commitments GROUP BY meeting_id
),
ids AS (
    SELECT meeting_id FROM meetings UNION SELECT meeting_id FROM stg_commitments
)
SELECT i.meeting_id, m.start_date,
       md5(concat(m.meeting_id, chr(31), m.body_id, chr(31), m.start_date, chr(31), m.language, chr(31),
           coalesce(m.canonical_meeting_id, m.meeting_id), chr(31), a.fp, chr(31), c.fp)) AS fp
FROM ids i
LEFT JOIN meetings m USING (meeting_id)
LEFT JOIN agreement_fp a USING (meeting_id)
LEFT JOIN commitment_fp c USING (meeting_id)
