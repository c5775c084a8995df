-- Every meeting of the archive; canonical is the meeting that stands for a report's duplicates.
SELECT meeting_id,
       coalesce(body_id, '') AS body_id,
       start_date,
       coalesce(language, '') AS language,
       coalesce(canonical_meeting_id, meeting_id) AS canonical_id
FROM meetings
