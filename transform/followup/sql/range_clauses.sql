-- The clauses of the agreements numbered ? to ?, in order (none when ? is false).
SELECT ord, seq, action, text
FROM fu_w_clauses
WHERE ord BETWEEN ? AND ? AND ?
ORDER BY ord, seq, rowid
