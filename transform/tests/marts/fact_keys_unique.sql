-- Facts have unique keys.
select 'fact_participation' as fact, meeting_id || '/' || country_iso3 as key, count(*) as n
from fact_participation group by all having count(*) > 1
union all
select 'fact_agreement_actions', agreement_id || '/' || seq, count(*) from fact_agreement_actions
group by all having count(*) > 1
union all
select 'fact_mentions', agreement_id || '/' || entity_type || ':' || entity_id, count(*) from fact_mentions
group by all having count(*) > 1
union all
select 'fact_commitments', commitment_id, count(*) from fact_commitments group by all having count(*) > 1
