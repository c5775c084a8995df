-- filter_options: the conference families and bodies (value, label, family),
-- years, languages, actions and statuses there are, for the filter form.
WITH mb AS (
  SELECT DISTINCT m.body_id, coalesce(b.name_en, m.body_id) AS label, {{.Family}} AS family
  FROM meetings m LEFT JOIN bodies b USING (body_id) WHERE m.body_id IS NOT NULL
)
SELECT kind, value, label, grp FROM (
SELECT 'family' AS kind, CASE WHEN family = 'RCM' THEN '' ELSE 'family:' || family END AS value,
  CASE WHEN family = 'RCM' THEN 'RCM family (all its bodies)' ELSE coalesce(any_value(o.name_en), family) END AS label, family AS grp
FROM mb LEFT JOIN organisations o ON upper(o.org_id) = mb.family GROUP BY family
UNION ALL
SELECT 'body', body_id, label, family FROM mb
UNION ALL
SELECT DISTINCT 'year', year(start_date)::VARCHAR, year(start_date)::VARCHAR, '' FROM meetings WHERE start_date IS NOT NULL
UNION ALL
SELECT DISTINCT 'lang', language, language, '' FROM meetings WHERE language IS NOT NULL
UNION ALL
SELECT DISTINCT 'action', action, action, '' FROM agreements WHERE action IS NOT NULL
UNION ALL
SELECT DISTINCT 'status', status, status, '' FROM commitments WHERE status IS NOT NULL
UNION ALL
SELECT DISTINCT 'country', e.entity_id, coalesce(c.name_en, e.entity_id), '' FROM (
  SELECT entity_id FROM meeting_participants WHERE entity_type = 'country'
  UNION ALL SELECT entity_id FROM agreement_mentions WHERE entity_type = 'country'
  UNION ALL SELECT responsible_id FROM commitments WHERE responsible_type = 'country') e
LEFT JOIN countries c ON c.iso3 = e.entity_id
UNION ALL
SELECT DISTINCT 'org', e.entity_id, coalesce({{.OrgShort}}, e.entity_id), '' FROM (
  SELECT entity_id FROM meeting_participants WHERE entity_type = 'organisation'
  UNION ALL SELECT entity_id FROM agreement_mentions WHERE entity_type = 'organisation'
  UNION ALL SELECT responsible_id FROM commitments WHERE responsible_type = 'organisation') e
LEFT JOIN organisations o ON o.org_id = e.entity_id
) ORDER BY kind, grp <> 'RCM', grp, label
