-- document_file: where the report of a meeting (copies included) was loaded from, and its format.
SELECT coalesce(d.path, ''), coalesce(d.format, '')
FROM {{.MeetingsAll}} m JOIN documents d ON d.document_id = m.document_id WHERE m.meeting_id = $id
