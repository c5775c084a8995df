-- follow_through: x year, series rate, value fulfilled / (fulfilled + overdue); pending ones are not yet due.
SELECT fm.year::VARCHAR AS x, 'follow-through rate' AS s,
  round(count(*) FILTER (f.status = 'fulfilled')
    / nullif(count(*) FILTER (f.status IN ('fulfilled', 'overdue')), 0), 3)::DOUBLE AS v
FROM fact_commitments f JOIN fm USING (meeting_id)
WHERE fm.year IS NOT NULL
GROUP BY ALL ORDER BY 1
