-- schema.sql creates the public tables the chart server reads, with the
-- contract's columns (docs/design.md, issue 5). Facts and marts come from derive.sql.
CREATE TABLE countries (iso3 VARCHAR PRIMARY KEY, name_en VARCHAR, name_es VARCHAR, rcm_member BOOLEAN);
CREATE TABLE organisations (org_id VARCHAR PRIMARY KEY, acronym_en VARCHAR, acronym_es VARCHAR, name_en VARCHAR, name_es VARCHAR,
  kind VARCHAR);
CREATE TABLE bodies (body_id VARCHAR PRIMARY KEY, name_en VARCHAR, name_es VARCHAR, org_id VARCHAR, level VARCHAR,
  rcm BOOLEAN);
CREATE TABLE documents (document_id VARCHAR PRIMARY KEY, path VARCHAR, file_name VARCHAR, sha256 VARCHAR,
  format VARCHAR, pages INTEGER, language VARCHAR, ingested_at TIMESTAMP, uncertain BOOLEAN, warnings VARCHAR);
CREATE TABLE document_pages (document_id VARCHAR, page INTEGER, text VARCHAR, method VARCHAR);
CREATE TABLE meetings (meeting_id VARCHAR PRIMARY KEY, document_id VARCHAR, body_id VARCHAR, body_en VARCHAR,
  body_as_written VARCHAR, title VARCHAR, start_date DATE, end_date DATE, year INTEGER, city VARCHAR,
  country_iso3 VARCHAR, language VARCHAR);
CREATE TABLE meeting_participants (meeting_id VARCHAR, entity_type VARCHAR, entity_id VARCHAR, surface VARCHAR);
CREATE TABLE agreements (agreement_id VARCHAR PRIMARY KEY, meeting_id VARCHAR, seq INTEGER, number VARCHAR,
  parent_number VARCHAR, action VARCHAR, text VARCHAR, page INTEGER, char_start INTEGER, char_end INTEGER);
CREATE TABLE agreement_actions (agreement_id VARCHAR, seq INTEGER, action VARCHAR, verb VARCHAR, text VARCHAR);
CREATE TABLE agreement_mentions (agreement_id VARCHAR, entity_type VARCHAR, entity_id VARCHAR, surface VARCHAR);
CREATE TABLE commitments (commitment_id VARCHAR PRIMARY KEY, agreement_id VARCHAR, meeting_id VARCHAR,
  clause_seq INTEGER, action VARCHAR, responsible_type VARCHAR, responsible_id VARCHAR, due_text VARCHAR,
  due_start DATE, due_end DATE, status VARCHAR, fulfilled_by_agreement_id VARCHAR);
CREATE TABLE commitment_followups (commitment_id VARCHAR, status VARCHAR, fulfilled_by_agreement_id VARCHAR,
  evidence VARCHAR, match_score DOUBLE, match_reason VARCHAR);
