-- The transform keeps one canonical meeting per meeting reported in several files.
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS canonical_meeting_id VARCHAR;
UPDATE meetings SET canonical_meeting_id = meeting_id WHERE canonical_meeting_id IS NULL;
-- derive.sql stands in for `actas transform`: years, facts and marts from the
-- core tables, with the columns of issue 5; facts count canonical meetings only.
CREATE OR REPLACE TABLE years AS
  SELECT range::INTEGER AS year FROM range((SELECT coalesce(min(year), 2000) FROM meetings),
    (SELECT coalesce(max(year), 2000) FROM meetings) + 1);

CREATE OR REPLACE VIEW canon AS SELECT * FROM meetings WHERE canonical_meeting_id = meeting_id;

CREATE OR REPLACE TABLE fact_participation AS
  SELECT m.meeting_id, m.body_id, m.year, c.iso3 AS country_iso3,
    EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.meeting_id
      AND p.entity_type = 'country' AND p.entity_id = c.iso3) AS attended
  FROM canon m JOIN bodies b USING (body_id) CROSS JOIN countries c WHERE c.rcm_member AND b.rcm
  UNION ALL
  SELECT DISTINCT m.meeting_id, m.body_id, m.year, p.entity_id, true
  FROM canon m JOIN meeting_participants p USING (meeting_id) JOIN countries c ON c.iso3 = p.entity_id
  LEFT JOIN bodies b USING (body_id)
  WHERE p.entity_type = 'country' AND NOT (c.rcm_member AND coalesce(b.rcm, false));

CREATE OR REPLACE TABLE fact_agreement_actions AS
  SELECT a.agreement_id, a.meeting_id, m.body_id, m.year, x.action
  FROM agreement_actions x JOIN agreements a USING (agreement_id) JOIN canon m USING (meeting_id);

CREATE OR REPLACE TABLE fact_mentions AS
  SELECT a.agreement_id, a.meeting_id, m.body_id, m.year, x.entity_type, x.entity_id
  FROM agreement_mentions x JOIN agreements a USING (agreement_id) JOIN canon m USING (meeting_id);

CREATE OR REPLACE TABLE fact_commitments AS
  SELECT c.commitment_id, c.meeting_id, m.body_id, m.year, c.responsible_type, c.responsible_id, c.due_end,
    c.status, f.meeting_id AS fulfilled_in_meeting_id, datediff('day', m.start_date, fm.start_date) AS days_to_fulfil
  FROM commitments c JOIN canon m USING (meeting_id)
  LEFT JOIN agreements f ON f.agreement_id = c.fulfilled_by_agreement_id
  LEFT JOIN meetings fm ON fm.meeting_id = f.meeting_id;

CREATE OR REPLACE TABLE participation_by_country_year AS
  SELECT country_iso3, year, body_id, count(*) AS meetings, count(*) FILTER (attended) AS attended,
    count(*) FILTER (attended) / count(*) AS attendance_rate
  FROM fact_participation GROUP BY ALL;

CREATE OR REPLACE TABLE agreements_by_action_year AS
  SELECT m.year, a.action, m.body_id, count(*) AS agreements
  FROM agreements a JOIN canon m USING (meeting_id) GROUP BY ALL;

CREATE OR REPLACE TABLE mentions_by_organisation_year AS
  SELECT entity_id AS org_id, year, body_id, count(DISTINCT agreement_id) AS agreements
  FROM fact_mentions WHERE entity_type = 'organisation' GROUP BY ALL;

CREATE OR REPLACE TABLE commitments_by_responsible_year AS
  SELECT responsible_type, responsible_id, year, body_id, count(*) AS made,
    count(*) FILTER (status = 'fulfilled') AS fulfilled, count(*) FILTER (status = 'overdue') AS overdue,
    count(*) FILTER (status = 'pending') AS pending,
    count(*) FILTER (status = 'fulfilled') / nullif(count(*) FILTER (status <> 'pending'), 0) AS follow_through_rate
  FROM fact_commitments GROUP BY ALL;

CREATE OR REPLACE TABLE follow_through_by_year AS
  SELECT year, body_id, count(*) AS made,
    count(*) FILTER (status = 'fulfilled') AS fulfilled, count(*) FILTER (status = 'overdue') AS overdue,
    count(*) FILTER (status = 'pending') AS pending,
    count(*) FILTER (status = 'fulfilled') / nullif(count(*) FILTER (status <> 'pending'), 0) AS follow_through_rate
  FROM fact_commitments GROUP BY ALL;
DROP VIEW canon;
