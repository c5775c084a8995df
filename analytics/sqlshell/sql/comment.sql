-- The comment and kind of one table or view ($1).
SELECT comment, 'table' AS kind FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = $1
UNION ALL
SELECT comment, 'view' FROM duckdb_views() WHERE schema_name = 'main' AND view_name = $1;
