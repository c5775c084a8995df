-- Every party an agreement names.
SELECT agreement_id, coalesce(entity_type, '') AS entity_type,
       coalesce(entity_id, '') AS entity_id, coalesce(surface, '') AS surface
FROM agreement_mentions
