-- document_pages: a report's page texts (document_id equals meeting_id).
SELECT page, coalesce(text, ''), coalesce(method, '') FROM document_pages WHERE document_id = $id ORDER BY page
