-- commitments_by_responsible: x responsible party (key type:id), series status, value commitments.
SELECT {{template "party_name" .}} AS x, k.responsible_type || ':' || k.responsible_id AS xk,
  coalesce(k.status, 'pending') AS s, coalesce(k.status, 'pending') AS sk, count(*)::DOUBLE AS v, NULL::DOUBLE AS n
FROM commitments k JOIN fm USING (meeting_id) JOIN agreements a USING (agreement_id)
{{template "party_joins" .}}
WHERE {{template "commitment_match" .}}
GROUP BY ALL ORDER BY 1, 3
