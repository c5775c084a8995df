-- entity_attendance: meetings in scope, how many the party took part in, and the years they span.
SELECT count(*), count(*) FILTER (EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = fm.meeting_id
    AND p.entity_type = $type AND p.entity_id = $id)), coalesce(min(fm.year), 0), coalesce(max(fm.year), 0)
FROM fm
