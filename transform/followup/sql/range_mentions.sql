-- The mentions of the agreements numbered ? to ?, in the order they were written.
SELECT ord, entity_type, entity_id, surface
FROM fu_w_mentions
WHERE ord BETWEEN ? AND ?
ORDER BY ord, rowid
