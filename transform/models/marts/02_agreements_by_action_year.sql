-- Agreements of canonical meetings per primary action (agreements.action), year and body.
with counted as (
    select
        m.year,
        a.action,
        m.body_id,
        cast(count(*) as integer) as agreements
    from agreements as a
    join meetings as m on m.meeting_id = a.meeting_id and m.is_canonical
    group by m.year, a.action, m.body_id
),

final as (
    select year, action, agreements, body_id from counted
)

select * from final
