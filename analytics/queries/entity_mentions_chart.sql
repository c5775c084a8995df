-- entity_mentions_chart: x year, series primary action, value agreements that name the party.
SELECT fm.year::VARCHAR AS x, coalesce(a.action, 'none') AS s, count(DISTINCT f.agreement_id)::DOUBLE AS v
FROM fact_mentions f JOIN fm USING (meeting_id) JOIN agreements a USING (agreement_id)
WHERE f.entity_type = $type AND f.entity_id = $id AND fm.year IS NOT NULL
GROUP BY ALL ORDER BY 1, 2
