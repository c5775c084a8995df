-- commitments_by_responsible: x responsible party (the 15 with most), series status, value commitments.
WITH c AS (
  SELECT f.responsible_type, f.responsible_id, f.status,
    coalesce(co.name_en, o.name_en, f.responsible_id, '?') AS name
  FROM fact_commitments f JOIN fm USING (meeting_id)
  LEFT JOIN countries co ON f.responsible_type = 'country' AND co.iso3 = f.responsible_id
  LEFT JOIN organisations o ON f.responsible_type = 'organisation' AND o.org_id = f.responsible_id
), top AS (
  SELECT name FROM c GROUP BY name ORDER BY count(*) DESC, name LIMIT 15
)
SELECT c.name AS x, coalesce(c.status, 'pending') AS s, count(*)::DOUBLE AS v
FROM c JOIN top USING (name) GROUP BY ALL ORDER BY 1, 2
