-- participation: x year, series country, value meetings in scope the country
-- attended, denominator meetings in scope that year. RCM member countries
-- have a row whenever the scope holds RCM meetings; a year with no meeting in
-- scope has no cell (no meeting), one where the country missed them all has 0.
WITH per_year AS (SELECT year, count(*) AS meetings FROM fm WHERE year IS NOT NULL GROUP BY year),
att AS (
  SELECT fm.year, p.entity_id AS iso3, count(DISTINCT fm.meeting_id) AS attended
  FROM fm JOIN meeting_participants p ON p.meeting_id = fm.meeting_id AND p.entity_type = 'country'
  WHERE fm.year IS NOT NULL GROUP BY ALL
), who AS (
  SELECT iso3 FROM att
  UNION SELECT iso3 FROM countries WHERE rcm_member AND EXISTS (SELECT 1 FROM fm WHERE fm.family = 'RCM')
)
SELECT py.year::VARCHAR AS x, py.year::VARCHAR AS xk, coalesce(c.name_en, w.iso3) AS s, w.iso3 AS sk,
  coalesce(att.attended, 0)::DOUBLE AS v, py.meetings::DOUBLE AS n
FROM who w CROSS JOIN per_year py LEFT JOIN att ON att.iso3 = w.iso3 AND att.year = py.year
LEFT JOIN countries c ON c.iso3 = w.iso3
WHERE $country = '' OR w.iso3 = $country
ORDER BY 1, 3
