{{/* _fragments.sql defines the conditions several queries share; it is no query itself. */}}
{{define "agreement_match"}}($country = '' OR EXISTS (SELECT 1 FROM agreement_mentions x WHERE x.agreement_id = a.agreement_id
      AND x.entity_type = 'country' AND x.entity_id = $country))
  AND ($org = '' OR EXISTS (SELECT 1 FROM agreement_mentions x WHERE x.agreement_id = a.agreement_id
      AND x.entity_type = 'organisation' AND x.entity_id = $org))
  AND ($action = '' OR coalesce(a.action, 'none') = $action)
  AND ($q = '' OR contains(strip_accents(lower(a.text)), strip_accents(lower($q))))
{{- end}}
{{define "commitment_match"}}($country = '' OR (k.responsible_type = 'country' AND k.responsible_id = $country))
  AND ($org = '' OR (k.responsible_type = 'organisation' AND k.responsible_id = $org))
  AND ($group = '' OR (k.responsible_type = 'group' AND k.responsible_id = $group))
  AND ($action = '' OR k.action = $action)
  AND ($status = '' OR coalesce(k.status, 'pending') = $status)
  AND ($q = '' OR contains(strip_accents(lower(a.text)), strip_accents(lower($q))))
{{- end}}
{{define "assessable"}}{{if .Assessable}}coalesce(k.assessable, false){{else}}k.status IN ('fulfilled', 'overdue'){{end}}{{end}}
{{define "party_name"}}coalesce(co.name_en, {{.OrgShort}}, CASE WHEN k.responsible_type = 'group' THEN replace(k.responsible_id, '_', ' ') END, k.responsible_id, '?'){{end}}
{{define "party_joins"}}LEFT JOIN countries co ON k.responsible_type = 'country' AND co.iso3 = k.responsible_id
LEFT JOIN organisations o ON k.responsible_type = 'organisation' AND o.org_id = k.responsible_id{{end}}
{{define "pdf_copies"}}{{if .CanonicalCol -}}
SELECT coalesce(c.canonical_meeting_id, c.meeting_id) AS meeting_id, min(c.meeting_id) AS pdf_meeting_id
  FROM {{.MeetingsAll}} c JOIN documents d ON d.document_id = c.document_id WHERE d.format = 'pdf' GROUP BY 1
{{- else -}}
SELECT c.meeting_id, c.meeting_id AS pdf_meeting_id
  FROM {{.MeetingsAll}} c JOIN documents d ON d.document_id = c.document_id WHERE d.format = 'pdf'
{{- end}}{{end}}
