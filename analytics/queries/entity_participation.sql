-- entity_participation: x year, series attended / not attended, value meetings, for one country or organisation.
WITH y AS (
  SELECT fm.year, count(*) AS meetings,
    count(*) FILTER (EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = fm.meeting_id
      AND p.entity_type = $type AND p.entity_id = $id)) AS attended
  FROM fm WHERE fm.year IS NOT NULL GROUP BY fm.year
)
SELECT year::VARCHAR AS x, s, v::DOUBLE AS v FROM y, LATERAL (VALUES ('attended', attended), ('not attended', meetings - attended)) t(s, v)
ORDER BY 1, 2
