-- index_commitments: commitments made at each meeting, copies included, with status, deadline and evidence.
SELECT a.meeting_id, k.commitment_id, k.agreement_id, coalesce(a.number, ''), coalesce(k.action, ''),
  coalesce(k.responsible_type, ''), coalesce(k.responsible_id, ''),
  coalesce(c.name_en, o.name_en, k.responsible_id, ''), coalesce(k.due_text, ''), coalesce(k.due_end::VARCHAR, ''),
  coalesce(k.status, 'pending'), coalesce(k.fulfilled_by_agreement_id, ''), coalesce(fa.meeting_id, ''),
  coalesce({{.Evidence}}, ''), {{if .DecidedBy}}coalesce(k.decided_by = 'person', false){{else}}false{{end}}
FROM {{.CommitmentsAll}} k JOIN {{.AgreementsAll}} a USING (agreement_id)
LEFT JOIN countries c ON k.responsible_type = 'country' AND c.iso3 = k.responsible_id
LEFT JOIN organisations o ON k.responsible_type = 'organisation' AND o.org_id = k.responsible_id
LEFT JOIN {{.AgreementsAll}} fa ON fa.agreement_id = k.fulfilled_by_agreement_id
{{if .Followups}}LEFT JOIN commitment_followups cf USING (commitment_id)
{{end -}}
ORDER BY a.meeting_id, a.seq, k.commitment_id
