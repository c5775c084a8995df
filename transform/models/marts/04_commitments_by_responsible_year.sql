-- Commitments made per responsible party, year made and body, by status;
-- follow_through_rate is fulfilled / made.
with counted as (
    select
        responsible_type,
        responsible_id,
        year,
        body_id,
        cast(count(*) as integer) as made,
        cast(count(*) filter (where status = 'fulfilled') as integer) as fulfilled,
        cast(count(*) filter (where status = 'overdue') as integer) as overdue,
        cast(count(*) filter (where status = 'pending') as integer) as pending
    from fact_commitments
    group by responsible_type, responsible_id, year, body_id
),

final as (
    select
        responsible_type, responsible_id, year, made, fulfilled, overdue, pending,
        fulfilled / made as follow_through_rate,
        body_id
    from counted
)

select * from final
