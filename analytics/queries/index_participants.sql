-- index_participants: who took part in each meeting, with names.
SELECT p.meeting_id, p.entity_type, p.entity_id, coalesce(c.name_en, o.name_en, p.entity_id)
FROM {{.ParticipantsAll}} p
LEFT JOIN countries c ON p.entity_type = 'country' AND c.iso3 = p.entity_id
LEFT JOIN organisations o ON p.entity_type = 'organisation' AND o.org_id = p.entity_id
ORDER BY p.meeting_id, p.entity_type, 4
