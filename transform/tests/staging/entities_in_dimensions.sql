-- Every country, organisation, group and body id is found in its dimension.
with entities as (
    select 'meeting_participants' as source, meeting_id as key, entity_type, entity_id from meeting_participants
    union all
    select 'agreement_mentions', agreement_id, entity_type, entity_id from agreement_mentions
    union all
    select 'stg_commitments', commitment_id, responsible_type, responsible_id from stg_commitments
    union all
    select 'meetings.country_iso3', meeting_id, 'country', country_iso3 from meetings where country_iso3 is not null
    union all
    select 'meetings.body_id', meeting_id, 'body', body_id from meetings where body_id is not null
    union all
    select 'stg_commitments.due_next_meeting_of', commitment_id, 'body', due_next_meeting_of
    from stg_commitments where due_next_meeting_of not in ('', 'same')
)

select e.* from entities as e
where not case e.entity_type
    when 'country' then exists (select 1 from countries as c where c.iso3 = e.entity_id)
    when 'organisation' then exists (select 1 from organisations as o where o.org_id = e.entity_id)
    when 'group' then exists (select 1 from groups as g where g.group_id = e.entity_id)
    when 'body' then exists (select 1 from bodies as b where b.body_id = e.entity_id)
    else false
end
