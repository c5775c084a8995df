-- filter_options: the bodies, years and languages there are, for the filter form.
SELECT 'body' AS kind, body_id AS value, coalesce(b.name_en, body_id) AS label
FROM (SELECT DISTINCT body_id FROM meetings WHERE body_id IS NOT NULL) LEFT JOIN bodies b USING (body_id)
UNION ALL
SELECT DISTINCT 'year', year(start_date)::VARCHAR, year(start_date)::VARCHAR FROM meetings WHERE start_date IS NOT NULL
UNION ALL
SELECT DISTINCT 'lang', language, language FROM meetings WHERE language IS NOT NULL
ORDER BY 1, 3
