-- Agreements that mention each organisation, per year and body.
with counted as (
    select
        entity_id as org_id,
        year,
        body_id,
        cast(count(distinct agreement_id) as integer) as agreements
    from fact_mentions
    where entity_type = 'organisation'
    group by entity_id, year, body_id
),

final as (
    select org_id, year, agreements, body_id from counted
)

select * from final
