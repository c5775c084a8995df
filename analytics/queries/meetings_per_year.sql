-- meetings_per_year: x year, series body, value meetings (of the page's country or organisation, when chosen).
SELECT fmp.year::VARCHAR AS x, fmp.year::VARCHAR AS xk, coalesce(b.name_en, fmp.body_id, 'unknown body') AS s,
  coalesce(fmp.body_id, '') AS sk, count(*)::DOUBLE AS v, NULL::DOUBLE AS n
FROM fmp LEFT JOIN bodies b USING (body_id)
WHERE fmp.year IS NOT NULL
GROUP BY ALL ORDER BY 1, 3
