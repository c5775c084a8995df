-- The calendar of years from the first to the last meeting in the archive.
with bounds as (
    select min(year) as first_year, max(year) as last_year
    from meetings
    where is_canonical
),

series as (
    select cast(unnest(generate_series(first_year, last_year)) as integer) as year
    from bounds
    where first_year is not null
),

final as (
    select
        s.year,
        make_date(s.year, 1, 1) as start_date,
        make_date(s.year, 12, 31) as end_date,
        (select count(*) from meetings as m where m.is_canonical and m.year = s.year) as meetings
    from series as s
)

select * from final
