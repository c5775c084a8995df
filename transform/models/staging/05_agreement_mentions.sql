-- Countries and organisations named in each agreement, with corrections
-- (add/remove TYPE:ID) applied after ids are normalised (OIM -> IOM); the last
-- correction of an entity wins.
with ops as (
    select
        id as agreement_id,
        split_part(value, ':', 1) as entity_type,
        substr(value, strpos(value, ':') + 1) as entity_id,
        arg_max(column_name, line) as op
    from corrections
    where table_name = 'agreement_mentions'
    group by all
),

raw as (
    select
        agreement_id,
        entity_type,
        case entity_type
            when 'country' then upper(trim(entity_id))
            when 'organisation' then coalesce(k.org_id, trim(entity_id))
            else trim(entity_id)
        end as entity_id,
        surface
    from raw_agreement_mentions as r
    left join stg_entity_ids as k on r.entity_type = 'organisation' and k.key = upper(trim(r.entity_id))
),

merged as (
    select agreement_id, entity_type, entity_id, any_value(surface) as surface
    from raw
    group by all
    union all
    select o.agreement_id, o.entity_type, o.entity_id, null as surface
    from ops as o
    where o.op = 'add'
        and o.agreement_id in (select agreement_id from raw_agreements)
        and not exists (
            select 1 from raw as r
            where r.agreement_id = o.agreement_id and r.entity_type = o.entity_type and r.entity_id = o.entity_id
        )
),

final as (
    select m.agreement_id, m.entity_type, m.entity_id, m.surface
    from merged as m
    anti join (select * from ops where op = 'remove') as r using (agreement_id, entity_type, entity_id)
)

select * from final
