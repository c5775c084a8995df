-- entity_name: the English name of a country or organisation ('' when unknown).
SELECT coalesce((SELECT name_en FROM countries WHERE $type = 'country' AND iso3 = $id),
  (SELECT name_en FROM organisations WHERE $type = 'organisation' AND org_id = $id), '')
