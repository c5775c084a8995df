-- follow_through: x year made, one series, value fulfilled ÷ assessable commitments, denominator assessable ones.
SELECT fm.year::VARCHAR AS x, fm.year::VARCHAR AS xk, 'follow-through rate' AS s, 'rate' AS sk,
  round(count(*) FILTER (k.status = 'fulfilled') / nullif(count(*) FILTER ({{template "assessable" .}}), 0), 3)::DOUBLE AS v,
  count(*) FILTER ({{template "assessable" .}})::DOUBLE AS n
FROM commitments k JOIN fm USING (meeting_id) JOIN agreements a USING (agreement_id)
WHERE fm.year IS NOT NULL AND {{template "commitment_match" .}}
GROUP BY ALL ORDER BY 1
