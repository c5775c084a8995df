-- meetings_per_year: x year, series body, value meetings.
SELECT fm.year::VARCHAR AS x, coalesce(b.name_en, fm.body_id, '?') AS s, count(*)::DOUBLE AS v
FROM fm LEFT JOIN bodies b USING (body_id)
WHERE fm.year IS NOT NULL
GROUP BY ALL ORDER BY 1, 2
