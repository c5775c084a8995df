-- filter.sql is the prefix of every chart and list query. fm: the canonical
-- meetings (a meeting loaded from several copies of its report counts once)
-- of the page's conference family or body, year range and language, with the
-- family of their body. fmp: those the page's country or organisation took part in.
WITH fm AS (
  SELECT m.meeting_id, m.body_id, m.title, m.start_date, m.end_date, year(m.start_date) AS year, m.city,
    m.country_iso3, m.language, {{.Family}} AS family
  FROM meetings m LEFT JOIN bodies b USING (body_id)
  WHERE {{.Canon}}
    AND ($family = '' OR {{.Family}} = $family)
    AND ($body = '' OR m.body_id = $body)
    AND ($from = 0 OR year(m.start_date) >= $from)
    AND ($to = 0 OR year(m.start_date) <= $to)
    AND ($lang = '' OR m.language = $lang)
), fmp AS (
  SELECT * FROM fm
  WHERE ($country = '' OR EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = fm.meeting_id
      AND p.entity_type = 'country' AND p.entity_id = $country))
    AND ($org = '' OR EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = fm.meeting_id
      AND p.entity_type = 'organisation' AND p.entity_id = $org))
    AND ($absent = '' OR NOT EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = fm.meeting_id
      AND p.entity_type || ':' || p.entity_id = $absent))
)
