-- entity_follow_through: made, fulfilled, overdue, pending and the follow-through rate (fulfilled ÷ assessable) for one party.
SELECT count(*), count(*) FILTER (k.status = 'fulfilled'), count(*) FILTER (k.status = 'overdue'),
  count(*) FILTER (k.status = 'pending'),
  count(*) FILTER (k.status = 'fulfilled') / nullif(count(*) FILTER ({{template "assessable" .}}), 0)
FROM commitments k JOIN fm USING (meeting_id)
WHERE k.responsible_type = $type AND k.responsible_id = $id
