-- Keys of the public core and reference tables are unique and not null.
select 'meetings' as table_name, meeting_id as key, count(*) as n from meetings group by all having n > 1 or key is null
union all
select 'agreements', agreement_id, count(*) from agreements group by all having count(*) > 1 or agreement_id is null
union all
select 'agreement_actions', agreement_id || '/' || seq, count(*) from agreement_actions group by all
    having count(*) > 1 or agreement_id is null or seq is null
union all
select 'agreement_mentions', agreement_id || '/' || entity_type || ':' || entity_id, count(*)
    from agreement_mentions group by all having count(*) > 1 or agreement_id is null or entity_id is null
union all
select 'meeting_participants', meeting_id || '/' || entity_type || ':' || entity_id, count(*)
    from meeting_participants group by all having count(*) > 1 or meeting_id is null or entity_id is null
union all
select 'stg_commitments', commitment_id, count(*) from stg_commitments group by all having count(*) > 1 or commitment_id is null
union all
select 'countries', iso3, count(*) from countries group by all having count(*) > 1 or iso3 is null
union all
select 'organisations', org_id, count(*) from organisations group by all having count(*) > 1 or org_id is null
union all
select 'bodies', body_id, count(*) from bodies group by all having count(*) > 1 or body_id is null
