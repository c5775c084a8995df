-- Commitments made per responsible party, year made and body, by status;
-- follow_through_rate is fulfilled / assessable (docs/follow-through.md), NULL
-- when none is assessable.
with counted as (
    select
        responsible_type,
        responsible_id,
        year,
        body_id,
        cast(count(*) as integer) as made,
        cast(count(*) filter (where assessable) as integer) as assessable,
        cast(count(*) filter (where status = 'fulfilled') as integer) as fulfilled,
        cast(count(*) filter (where status = 'overdue') as integer) as overdue,
        cast(count(*) filter (where status = 'pending') as integer) as pending,
        cast(count(*) filter (where decided_by = 'person') as integer) as decided_by_person
    from fact_commitments
    group by responsible_type, responsible_id, year, body_id
),

final as (
    select
        responsible_type, responsible_id, year, made, fulfilled, overdue, pending,
        fulfilled / nullif(assessable, 0) as follow_through_rate,
        body_id, assessable, decided_by_person
    from counted
)

select * from final
