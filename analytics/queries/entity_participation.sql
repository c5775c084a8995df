-- entity_participation: x year, series attended or not (named or not, for an
-- organisation: observers are recorded only when the report names them),
-- value meetings in scope, for one country or organisation.
WITH y AS (
  SELECT fm.year, count(*) AS meetings,
    count(*) FILTER (EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = fm.meeting_id
      AND p.entity_type = $type AND p.entity_id = $id)) AS attended
  FROM fm WHERE fm.year IS NOT NULL GROUP BY fm.year
)
SELECT year::VARCHAR AS x, year::VARCHAR AS xk, s, s AS sk, v::DOUBLE AS v, meetings::DOUBLE AS n
FROM y, LATERAL (VALUES
  (CASE WHEN $type = 'country' THEN 'attended' ELSE 'named' END, attended),
  (CASE WHEN $type = 'country' THEN 'not attended' ELSE 'not named' END, meetings - attended)) t(s, v)
ORDER BY 1, 3
