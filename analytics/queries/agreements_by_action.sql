-- agreements_by_action: x year, series primary action, value agreements.
SELECT fm.year::VARCHAR AS x, coalesce(a.action, 'none') AS s, count(*)::DOUBLE AS v
FROM agreements a JOIN fm USING (meeting_id)
WHERE fm.year IS NOT NULL
GROUP BY ALL ORDER BY 1, 2
