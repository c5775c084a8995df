-- Meetings held and attended per country, year and body (sum over body_id for all bodies).
with counted as (
    select
        country_iso3,
        year,
        body_id,
        cast(count(*) as integer) as meetings,
        cast(count(*) filter (where attended) as integer) as attended,
        count(*) filter (where attended) / count(*) as attendance_rate
    from fact_participation
    group by country_iso3, year, body_id
),

final as (
    select country_iso3, year, meetings, attended, attendance_rate, body_id from counted
)

select * from final
