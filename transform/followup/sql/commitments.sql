-- Every commitment to follow through.
SELECT commitment_id, agreement_id, meeting_id, clause_seq,
       coalesce(responsible_type, '') AS responsible_type,
       coalesce(responsible_id, '') AS responsible_id,
       due_end,
       coalesce(due_text, '') AS due_text
FROM stg_commitments
ORDER BY commitment_id
