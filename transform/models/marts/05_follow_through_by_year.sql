-- Commitments made per year and body, by status; follow_through_rate is fulfilled / made.
with counted as (
    select
        year,
        body_id,
        cast(count(*) as integer) as made,
        cast(count(*) filter (where status = 'fulfilled') as integer) as fulfilled,
        cast(count(*) filter (where status = 'overdue') as integer) as overdue,
        cast(count(*) filter (where status = 'pending') as integer) as pending
    from fact_commitments
    group by year, body_id
),

final as (
    select year, made, fulfilled, overdue, pending, fulfilled / made as follow_through_rate, body_id from counted
)

select * from final
