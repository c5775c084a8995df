-- participation: x year, series country, value share of the year's meetings attended.
WITH per_year AS (SELECT year, count(*) AS meetings FROM fm WHERE year IS NOT NULL GROUP BY year),
att AS (
  SELECT fm.year, f.country_iso3, count(*) FILTER (f.attended) AS attended
  FROM fact_participation f JOIN fm USING (meeting_id) WHERE fm.year IS NOT NULL GROUP BY ALL
)
SELECT att.year::VARCHAR AS x, coalesce(c.name_en, att.country_iso3) AS s, round(att.attended / py.meetings, 3)::DOUBLE AS v
FROM att JOIN per_year py USING (year) LEFT JOIN countries c ON c.iso3 = att.country_iso3
ORDER BY 1, 2
