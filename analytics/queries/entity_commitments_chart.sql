-- entity_commitments_chart: x year, series status, value commitments the party was asked to carry out.
SELECT fm.year::VARCHAR AS x, coalesce(f.status, 'pending') AS s, count(*)::DOUBLE AS v
FROM fact_commitments f JOIN fm USING (meeting_id)
WHERE f.responsible_type = $type AND f.responsible_id = $id AND fm.year IS NOT NULL
GROUP BY ALL ORDER BY 1, 2
