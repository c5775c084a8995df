-- Maps the ids extraction may write for an organisation (org_id, English or
-- Spanish acronym, any case) to organisations.org_id, e.g. OIM -> IOM.
with keys as (
    select upper(org_id) as key, org_id, 1 as priority from organisations
    union all
    select upper(acronym_en), org_id, 2 from organisations where acronym_en is not null
    union all
    select upper(acronym_es), org_id, 3 from organisations where acronym_es is not null
),

final as (
    select key, arg_min(org_id, priority) as org_id
    from keys
    group by key
)

select * from final
