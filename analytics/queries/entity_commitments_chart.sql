-- entity_commitments_chart: x year, series status, value commitments the party was asked to carry out.
SELECT fm.year::VARCHAR AS x, fm.year::VARCHAR AS xk, coalesce(k.status, 'pending') AS s, coalesce(k.status, 'pending') AS sk,
  count(*)::DOUBLE AS v, NULL::DOUBLE AS n
FROM commitments k JOIN fm USING (meeting_id)
WHERE k.responsible_type = $type AND k.responsible_id = $id AND fm.year IS NOT NULL
GROUP BY ALL ORDER BY 1, 3
