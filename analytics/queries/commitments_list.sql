-- commitments_list: the commitments made at the filtered meetings that match
-- the page's party, action, status and agreement text, newest first, with
-- the agreement's text and where it starts in the PDF copy when there is one.
WITH page AS (
  SELECT k.commitment_id, k.agreement_id, k.meeting_id, k.action, k.responsible_type, k.responsible_id, k.due_text,
    k.due_end, k.status, k.fulfilled_by_agreement_id,{{if .StatusReason}} k.status_reason,{{end}}{{if .DecidedBy}} k.decided_by,{{end}}
    a.seq, a.number, a.text, a.page, fm.start_date, fm.title, fm.body_id
  FROM commitments k JOIN fm USING (meeting_id) JOIN agreements a ON a.agreement_id = k.agreement_id
  WHERE {{template "commitment_match" .}}
  ORDER BY fm.start_date DESC NULLS LAST, k.meeting_id, a.seq, k.commitment_id LIMIT $limit OFFSET $offset
), pdf AS ({{template "pdf_copies" .}})
SELECT k.commitment_id, k.agreement_id, k.meeting_id, coalesce(k.start_date::VARCHAR, ''), coalesce(k.title, ''),
  coalesce(b.name_en, k.body_id, ''), coalesce(k.number, ''), coalesce(k.text, ''), coalesce(k.action, ''),
  coalesce(k.responsible_type, ''), coalesce(k.responsible_id, ''), {{template "party_name" .}},
  coalesce(k.due_text, ''), coalesce(k.due_end::VARCHAR, ''), coalesce(k.status, 'pending'),
  {{if .StatusReason}}coalesce(k.status_reason, ''){{else}}''{{end}},
  {{if .DecidedBy}}coalesce(k.decided_by = 'person', false){{else}}false{{end}},
  coalesce(fa.meeting_id, ''), coalesce(k.fulfilled_by_agreement_id, ''),
  coalesce(pa.meeting_id, ''), coalesce(pa.agreement_id, ''), coalesce(pa.page, 0)
FROM page k LEFT JOIN bodies b USING (body_id) {{template "party_joins" .}}
LEFT JOIN agreements fa ON fa.agreement_id = k.fulfilled_by_agreement_id
LEFT JOIN pdf ON pdf.meeting_id = k.meeting_id LEFT JOIN {{.AgreementsAll}} pa ON pa.meeting_id = pdf.pdf_meeting_id AND pa.seq = k.seq
  AND coalesce(pa.number, '') = coalesce(k.number, '')
ORDER BY k.start_date DESC NULLS LAST, k.meeting_id, k.seq, k.commitment_id
