-- Actions, entity types and languages are within their accepted values.
with actions(action) as (
    values ('thank'), ('congratulate'), ('take_note'), ('approve'), ('agree'), ('request'),
        ('recommend'), ('entrust'), ('commit'), ('offer'), ('other'), ('none')
),

types(entity_type) as (values ('country'), ('organisation'), ('group'))

select 'agreements.action' as field, agreement_id as key, action as value from agreements
where action is null or action not in (select action from actions)
union all
select 'agreement_actions.action', agreement_id || '/' || seq, action from agreement_actions
where action is null or action not in (select action from actions)
union all
select 'stg_commitments.action', commitment_id, action from stg_commitments
where action not in ('request', 'recommend', 'entrust', 'commit', 'offer') or action is null
union all
select 'stg_commitments.responsible_type', commitment_id, responsible_type from stg_commitments
where responsible_type is null or responsible_type not in (select entity_type from types)
union all
select 'agreement_mentions.entity_type', agreement_id, entity_type from agreement_mentions
where entity_type not in (select entity_type from types)
union all
select 'meeting_participants.entity_type', meeting_id, entity_type from meeting_participants
where entity_type not in (select entity_type from types)
union all
select 'meetings.language', meeting_id, language from meetings where language not in ('es', 'en')
