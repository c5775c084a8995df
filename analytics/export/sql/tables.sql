-- Tables and views of the main schema: whether each has a description
-- (COMMENT ON), a year column or a start_date column, and how many columns.
WITH objects AS (
    SELECT table_name AS name, comment
    FROM duckdb_tables()
    WHERE database_name = current_database() AND schema_name = 'main'
    UNION ALL
    SELECT view_name, comment
    FROM duckdb_views()
    WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
)
SELECT
    o.name,
    coalesce(o.comment, '') <> '' AS documented,
    bool_or(c.column_name = 'year') AS has_year,
    bool_or(c.column_name = 'start_date'
        AND (c.data_type = 'DATE' OR c.data_type LIKE 'TIMESTAMP%')) AS has_start_date,
    count(*) AS columns
FROM objects o
JOIN duckdb_columns() c
    ON c.database_name = current_database() AND c.schema_name = 'main' AND c.table_name = o.name
GROUP BY o.name, o.comment
ORDER BY o.name;
