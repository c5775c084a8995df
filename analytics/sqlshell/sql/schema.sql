-- The columns of one table or view ($1) with their types and comments.
SELECT column_name AS "column", data_type AS type, is_nullable AS nullable, comment
FROM duckdb_columns()
WHERE schema_name = 'main' AND table_name = $1
ORDER BY column_index;
