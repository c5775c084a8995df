-- index_meetings: every meeting, copies included, with its body, host country,
-- document, the canonical meeting it stands for and the PDF copy of its report.
WITH pdf AS ({{template "pdf_copies" .}})
SELECT m.meeting_id, coalesce(m.title, ''), coalesce(m.body_id, ''), coalesce(b.name_en, m.body_id, ''),
  coalesce(m.body_as_written, ''), coalesce(m.start_date::VARCHAR, ''), coalesce(m.end_date::VARCHAR, ''),
  coalesce(m.city, ''), coalesce(m.country_iso3, ''), coalesce(c.name_en, m.country_iso3, ''), coalesce(m.language, ''),
  coalesce(d.file_name, ''), coalesce(d.format, ''), coalesce(d.pages, 0),
  {{if .CanonicalCol}}coalesce(m.canonical_meeting_id, m.meeting_id){{else}}m.meeting_id{{end}}, coalesce(pdf.pdf_meeting_id, '')
FROM {{.MeetingsAll}} m LEFT JOIN bodies b USING (body_id) LEFT JOIN countries c ON c.iso3 = m.country_iso3
LEFT JOIN documents d ON d.document_id = m.document_id
LEFT JOIN pdf ON pdf.meeting_id = {{if .CanonicalCol}}coalesce(m.canonical_meeting_id, m.meeting_id){{else}}m.meeting_id{{end}}
