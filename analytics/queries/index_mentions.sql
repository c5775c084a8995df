-- index_mentions: the countries and organisations each agreement names.
SELECT x.agreement_id, x.entity_type, x.entity_id, coalesce(c.name_en, o.name_en, x.entity_id)
FROM {{.MentionsAll}} x
LEFT JOIN countries c ON x.entity_type = 'country' AND c.iso3 = x.entity_id
LEFT JOIN organisations o ON x.entity_type = 'organisation' AND o.org_id = x.entity_id
ORDER BY x.agreement_id, 4
