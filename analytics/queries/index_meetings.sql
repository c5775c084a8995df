-- index_meetings: every meeting's metadata with its body, host country and document.
SELECT m.meeting_id, coalesce(m.title, ''), coalesce(m.body_id, ''), coalesce(b.name_en, m.body_id, ''),
  coalesce(m.body_as_written, ''), coalesce(m.start_date::VARCHAR, ''), coalesce(m.end_date::VARCHAR, ''),
  coalesce(m.city, ''), coalesce(m.country_iso3, ''), coalesce(c.name_en, m.country_iso3, ''), coalesce(m.language, ''),
  coalesce(d.file_name, ''), coalesce(d.format, ''), coalesce(d.pages, 0)
FROM meetings m LEFT JOIN bodies b USING (body_id) LEFT JOIN countries c ON c.iso3 = m.country_iso3
LEFT JOIN documents d ON d.document_id = m.meeting_id
