-- entity_mentions_chart: x year, series primary action, value agreements that name the party.
SELECT fm.year::VARCHAR AS x, fm.year::VARCHAR AS xk, coalesce(a.action, 'none') AS s, coalesce(a.action, 'none') AS sk,
  count(DISTINCT a.agreement_id)::DOUBLE AS v, NULL::DOUBLE AS n
FROM agreement_mentions mn JOIN agreements a USING (agreement_id) JOIN fm USING (meeting_id)
WHERE mn.entity_type = $type AND mn.entity_id = $id AND fm.year IS NOT NULL
GROUP BY ALL ORDER BY 1, 3
