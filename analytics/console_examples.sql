-- Tables and views in the database
SHOW TABLES;

-- Meetings per body and year
SELECT body_id, year(start_date) AS year, count(*) AS meetings FROM meetings GROUP BY ALL ORDER BY year, body_id;

-- Countries by attendance rate
SELECT country_iso3, sum(attended) AS attended, sum(meetings) AS meetings, round(sum(attended) / sum(meetings), 2) AS rate
FROM participation_by_country_year GROUP BY country_iso3 ORDER BY rate DESC;

-- Agreements by primary action
SELECT action, sum(agreements) AS agreements FROM agreements_by_action_year GROUP BY action ORDER BY agreements DESC;

-- Who is asked to act, and how often they do
SELECT responsible_type, responsible_id, sum(made) AS made, sum(fulfilled) AS fulfilled, sum(overdue) AS overdue
FROM commitments_by_responsible_year GROUP BY ALL ORDER BY made DESC LIMIT 20;

-- Overdue commitments with their agreement text
SELECT c.commitment_id, c.responsible_id, c.due_text, a.text FROM commitments c JOIN agreements a USING (agreement_id)
WHERE c.status = 'overdue' ORDER BY c.commitment_id LIMIT 50;
