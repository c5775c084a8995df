-- documents_verdicts: documents whose extraction verdict is not ok or whose
-- OCR text is uncertain, with the meeting they record.
{{if .Verdict -}}
SELECT d.document_id, coalesce(d.file_name, ''), coalesce(d.format, ''), coalesce(d.verdict, ''),
  concat_ws('; ', {{if .VerdictDetail}}nullif(d.verdict_detail, ''), {{end}}nullif(d.warnings::VARCHAR, '')), coalesce(m.meeting_id, ''), coalesce(m.title, ''), coalesce(m.start_date::VARCHAR, ''),
  {{if .Uncertain}}coalesce(d.uncertain, false){{else}}false{{end}}
FROM documents d LEFT JOIN {{.MeetingsAll}} m ON m.document_id = d.document_id
WHERE coalesce(d.verdict, '') <> 'ok'{{if .Uncertain}} OR coalesce(d.uncertain, false){{end}}
ORDER BY d.verdict, d.file_name
{{- else -}}
SELECT '', '', '', '', '', '', '', '', false WHERE false
{{- end}}
