-- meetings_list: the filtered meetings, newest first, with a title or city search ($q) and paging.
WITH page AS (
  SELECT * FROM fmp
  WHERE $q = '' OR contains(strip_accents(lower(concat_ws(' ', fmp.title, fmp.city))), strip_accents(lower($q)))
  ORDER BY fmp.start_date DESC NULLS LAST, fmp.meeting_id LIMIT $limit OFFSET $offset
), n AS (
  SELECT meeting_id, count(*) AS agreements FROM agreements WHERE meeting_id IN (SELECT meeting_id FROM page) GROUP BY ALL
)
SELECT page.meeting_id, coalesce(page.title, ''), coalesce(b.name_en, page.body_id, ''), coalesce(page.start_date::VARCHAR, ''),
  coalesce(page.city, ''), coalesce(c.name_en, page.country_iso3, ''), coalesce(page.language, ''), coalesce(n.agreements, 0)
FROM page LEFT JOIN bodies b USING (body_id) LEFT JOIN countries c ON c.iso3 = page.country_iso3 LEFT JOIN n USING (meeting_id)
ORDER BY page.start_date DESC NULLS LAST, page.meeting_id
