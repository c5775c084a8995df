-- The tables and views of the main schema, with their comments.
SELECT name, kind, comment
FROM (
    SELECT table_name AS name, 'table' AS kind, comment, schema_name
    FROM duckdb_tables()
    UNION ALL
    SELECT view_name, 'view', comment, schema_name
    FROM duckdb_views()
    WHERE NOT internal
)
WHERE schema_name = 'main'
ORDER BY name;
