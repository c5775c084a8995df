-- Rebuilds an ingest_runs of an older database without the sequence default
-- on run_id (a COMMENT ON such a column cannot be replayed from the WAL) and
-- with its status column; runs never finished become aborted.
create table ingest_runs_upgrade (
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
insert into ingest_runs_upgrade
select run_id, started_at, finished_at, files, loaded, unchanged, failed,
    case when finished_at is null then 'aborted' else 'finished' end, null
from ingest_runs;
drop table ingest_runs;
alter table ingest_runs_upgrade rename to ingest_runs;
drop sequence if exists ingest_run_ids;
