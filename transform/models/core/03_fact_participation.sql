-- One row per canonical meeting of an RCM body and RCM member country
-- (attended or not), plus every other country that attended a canonical meeting.
with canonical as (
    select meeting_id, body_id, year from meetings where is_canonical
),

attended as (
    select distinct meeting_id, entity_id as country_iso3
    from meeting_participants
    where entity_type = 'country'
),

grid as (
    select m.meeting_id, m.body_id, m.year, c.iso3 as country_iso3
    from canonical as m
    join bodies as b on b.body_id = m.body_id and b.rcm
    cross join (select iso3 from countries where rcm_member) as c
    union
    select m.meeting_id, m.body_id, m.year, a.country_iso3
    from canonical as m
    join attended as a using (meeting_id)
),

final as (
    select
        g.meeting_id,
        g.body_id,
        g.year,
        g.country_iso3,
        a.country_iso3 is not null as attended
    from grid as g
    left join attended as a using (meeting_id, country_iso3)
)

select * from final
