-- Tables written by ingest/load. Idempotent: every statement may run on every open.
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
    warnings varchar
);

create table if not exists document_paths (
    document_id varchar not null,
    path varchar not null
);

create table if not exists document_pages (
    document_id varchar not null,
    page integer not null,
    text varchar,
    method varchar
);

create sequence if not exists ingest_run_ids start 1;

create table if not exists ingest_runs (
    run_id bigint not null default nextval('ingest_run_ids'),
    started_at timestamp not null,
    finished_at timestamp,
    files integer,
    loaded integer,
    unchanged integer,
    failed integer
);

create table if not exists ingest_errors (
    run_id bigint not null,
    path varchar,
    stage varchar,
    reason varchar
);

create table if not exists raw_meetings (
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

create table if not exists raw_participants (
    meeting_id varchar not null,
    entity_type varchar not null,
    entity_id varchar not null,
    surface varchar
);

create table if not exists raw_agreements (
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

create table if not exists raw_agreement_actions (
    agreement_id varchar not null,
    seq integer not null,
    action varchar,
    verb varchar,
    text varchar
);

create table if not exists raw_agreement_mentions (
    agreement_id varchar not null,
    entity_type varchar not null,
    entity_id varchar not null,
    surface varchar
);

create table if not exists raw_commitments (
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
