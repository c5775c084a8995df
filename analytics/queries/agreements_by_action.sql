-- agreements_by_action: x year, series primary action, value agreements, denominator meetings in scope that year.
WITH per_year AS (SELECT year, count(*) AS meetings FROM fm WHERE year IS NOT NULL GROUP BY year)
SELECT fm.year::VARCHAR AS x, fm.year::VARCHAR AS xk, coalesce(a.action, 'none') AS s, coalesce(a.action, 'none') AS sk,
  count(*)::DOUBLE AS v, any_value(py.meetings)::DOUBLE AS n
FROM agreements a JOIN fm USING (meeting_id) JOIN per_year py USING (year)
WHERE {{template "agreement_match" .}}
GROUP BY ALL ORDER BY 1, 3
