-- Tables written by ingest/load. Idempotent: every statement may run on every open.
-- The extraction rows live in schema raw (raw.raw_meetings, ...); main holds
-- only what analysts query. No column has a sequence default: DuckDB 1.5 cannot
-- replay from its write-ahead log a COMMENT ON such a column (see docs/reliability.md).
create schema if not exists raw;

create table if not exists schema_version (
    component varchar not null,
    version integer not null,
    applied_at timestamp not null default current_timestamp
);

create table if not exists documents (
    document_id varchar not null,
    path varchar not null,
    file_name varchar not null,
    sha256 varchar not null,
    format varchar,
    pages integer,
    language varchar,
    ingested_at timestamp,
    uncertain boolean,
    warnings varchar,
    verdict varchar,
    verdict_detail varchar
);

-- Files made before extraction verdicts were kept.
alter table documents add column if not exists verdict varchar;
alter table documents add column if not exists verdict_detail varchar;

create table if not exists document_paths (
    document_id varchar not null,
    path varchar not null,
    size bigint,
    mtime timestamp
);

-- Files made before a re-ingest could skip unchanged files by their size and mtime.
alter table document_paths add column if not exists size bigint;
alter table document_paths add column if not exists mtime timestamp;

create table if not exists document_pages (
    document_id varchar not null,
    page integer not null,
    text varchar,
    method varchar,
    ocr_confidence double,
    ocr_low_words varchar
);

-- Files made before OCR confidences were kept.
alter table document_pages add column if not exists ocr_confidence double;
alter table document_pages add column if not exists ocr_low_words varchar;

create table if not exists ingest_runs (
    run_id bigint not null,
    started_at timestamp not null,
    finished_at timestamp,
    files integer,
    loaded integer,
    unchanged integer,
    failed integer,
    status varchar,
    skipped integer
);

create table if not exists ingest_errors (
    run_id bigint not null,
    path varchar,
    stage varchar,
    reason varchar
);

create table if not exists ingest_skipped (
    run_id bigint not null,
    path varchar,
    reason varchar
);

create table if not exists raw.raw_meetings (
    meeting_id varchar not null,
    document_id varchar not null,
    body_id varchar,
    body_en varchar,
    body_as_written varchar,
    title varchar,
    start_date date,
    end_date date,
    city varchar,
    country_iso3 varchar,
    language varchar,
    uncertain boolean
);

create table if not exists raw.raw_participants (
    meeting_id varchar not null,
    entity_type varchar not null,
    entity_id varchar not null,
    surface varchar
);

create table if not exists raw.raw_agreements (
    agreement_id varchar not null,
    meeting_id varchar not null,
    seq integer not null,
    number varchar,
    parent_number varchar,
    action varchar,
    text varchar,
    page integer,
    char_start integer,
    char_end integer,
    clause_count integer
);

create table if not exists raw.raw_agreement_actions (
    agreement_id varchar not null,
    seq integer not null,
    action varchar,
    verb varchar,
    text varchar
);

create table if not exists raw.raw_agreement_mentions (
    agreement_id varchar not null,
    entity_type varchar not null,
    entity_id varchar not null,
    surface varchar
);

create table if not exists raw.raw_commitments (
    commitment_id varchar not null,
    agreement_id varchar not null,
    meeting_id varchar not null,
    clause_seq integer,
    action varchar,
    responsible_type varchar,
    responsible_id varchar,
    due_text varchar,
    due_start date,
    due_end date,
    due_next_meeting_of varchar
);
