-- agreements_list: the agreements of the filtered meetings that match the
-- page's country or organisation (named), action and text, newest meeting
-- first, with where each starts in the PDF copy of its report when there is one.
WITH page AS (
  SELECT a.agreement_id, a.meeting_id, a.seq, a.number, a.action, a.text, a.page, fm.start_date, fm.title, fm.body_id, fm.city
  FROM agreements a JOIN fm USING (meeting_id)
  WHERE {{template "agreement_match" .}}
  ORDER BY fm.start_date DESC NULLS LAST, a.meeting_id, a.seq LIMIT $limit OFFSET $offset
), acts AS (
  SELECT agreement_id, string_agg(action, ' ' ORDER BY seq) AS actions FROM agreement_actions
  WHERE agreement_id IN (SELECT agreement_id FROM page) AND action IS NOT NULL GROUP BY 1
), pdf AS ({{template "pdf_copies" .}})
SELECT page.agreement_id, page.meeting_id, coalesce(page.start_date::VARCHAR, ''), coalesce(page.title, ''),
  coalesce(b.name_en, page.body_id, ''), coalesce(page.city, ''), coalesce(page.number, ''), coalesce(page.action, 'none'),
  coalesce(acts.actions, ''), coalesce(page.text, ''), coalesce(page.page, 0),
  coalesce(pa.meeting_id, ''), coalesce(pa.agreement_id, ''), coalesce(pa.page, 0)
FROM page LEFT JOIN bodies b USING (body_id) LEFT JOIN acts USING (agreement_id)
LEFT JOIN pdf USING (meeting_id) LEFT JOIN {{.AgreementsAll}} pa ON pa.meeting_id = pdf.pdf_meeting_id AND pa.seq = page.seq
  AND coalesce(pa.number, '') = coalesce(page.number, '')
ORDER BY page.start_date DESC NULLS LAST, page.meeting_id, page.seq
