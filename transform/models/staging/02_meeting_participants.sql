-- Countries, organisations and groups that took part in each meeting, with
-- ids normalised (OIM -> IOM, mex -> MEX) and corrections (add/remove TYPE:ID)
-- applied; the last correction of an entity wins.
with ops as (
    select
        id as meeting_id,
        split_part(value, ':', 1) as entity_type,
        substr(value, strpos(value, ':') + 1) as entity_id,
        arg_max(column_name, line) as op
    from corrections
    where table_name = 'meeting_participants'
    group by all
),

raw as (
    select
        meeting_id,
        entity_type,
        case entity_type
            when 'country' then upper(trim(entity_id))
            when 'organisation' then coalesce(k.org_id, trim(entity_id))
            else trim(entity_id)
        end as entity_id
    from raw_participants as r
    left join stg_entity_ids as k on r.entity_type = 'organisation' and k.key = upper(trim(r.entity_id))
),

merged as (
    select meeting_id, entity_type, entity_id from raw
    union
    select meeting_id, entity_type, entity_id from ops
    where op = 'add' and meeting_id in (select meeting_id from raw_meetings)
),

final as (
    select m.meeting_id, m.entity_type, m.entity_id
    from merged as m
    anti join (select * from ops where op = 'remove') as r using (meeting_id, entity_type, entity_id)
)

select * from final
