-- entity_follow_through: made, fulfilled, overdue, pending and rate for one party.
SELECT count(*), count(*) FILTER (status = 'fulfilled'), count(*) FILTER (status = 'overdue'),
  count(*) FILTER (status = 'pending'),
  count(*) FILTER (status = 'fulfilled') / nullif(count(*) FILTER (status IN ('fulfilled', 'overdue')), 0)
FROM fact_commitments f JOIN fm USING (meeting_id)
WHERE f.responsible_type = $type AND f.responsible_id = $id
