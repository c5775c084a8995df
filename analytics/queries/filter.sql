-- filter.sql is the prefix of every chart and list query: the meetings that
-- pass the page's filters (body, year range, language) as fm; a meeting
-- loaded from several copies of its report (text and PDF) counts once.
WITH fm AS (
  SELECT meeting_id, body_id, title, start_date, end_date, year(start_date) AS year, city, country_iso3, language
  FROM meetings
  WHERE coalesce(canonical_meeting_id, meeting_id) = meeting_id
    AND ($body = '' OR body_id = $body)
    AND ($from = 0 OR year(start_date) >= $from)
    AND ($to = 0 OR year(start_date) <= $to)
    AND ($lang = '' OR language = $lang)
)
