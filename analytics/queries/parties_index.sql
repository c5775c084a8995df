-- parties_index: every country ($type country) or organisation that took part
-- in, is named by or owes commitments from the filtered meetings, with the
-- meetings in scope it attended, agreements naming it, commitments and its follow-through rate.
WITH part AS (
  SELECT p.entity_id AS id, count(DISTINCT p.meeting_id) AS attended
  FROM meeting_participants p JOIN fm USING (meeting_id) WHERE p.entity_type = $type GROUP BY 1
), named AS (
  SELECT x.entity_id AS id, count(DISTINCT x.agreement_id) AS agreements
  FROM agreement_mentions x JOIN agreements a USING (agreement_id) JOIN fm USING (meeting_id)
  WHERE x.entity_type = $type GROUP BY 1
), owes AS (
  SELECT k.responsible_id AS id, count(*) AS made, count(*) FILTER (k.status = 'fulfilled') AS fulfilled,
    count(*) FILTER ({{template "assessable" .}}) AS assessable
  FROM commitments k JOIN fm USING (meeting_id) WHERE k.responsible_type = $type GROUP BY 1
), ids AS (SELECT id FROM part UNION SELECT id FROM named UNION SELECT id FROM owes)
SELECT ids.id, coalesce(CASE WHEN $type = 'country' THEN (SELECT name_en FROM countries WHERE iso3 = ids.id)
    ELSE (SELECT name_en FROM organisations WHERE org_id = ids.id) END, ids.id) AS name,
  coalesce(CASE WHEN $type = 'country' THEN (SELECT rcm_member FROM countries WHERE iso3 = ids.id) END, false),
  (SELECT count(*) FROM fm), coalesce(part.attended, 0), coalesce(named.agreements, 0), coalesce(owes.made, 0),
  coalesce(owes.fulfilled, 0), coalesce(owes.assessable, 0)
FROM ids LEFT JOIN part USING (id) LEFT JOIN named USING (id) LEFT JOIN owes USING (id)
WHERE $q = '' OR contains(strip_accents(lower(concat_ws(' ', ids.id, name))), strip_accents(lower($q)))
ORDER BY name
