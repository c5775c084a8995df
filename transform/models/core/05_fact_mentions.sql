-- One row per country or organisation mentioned in an agreement of a canonical meeting.
with final as (
    select
        x.agreement_id,
        a.meeting_id,
        m.body_id,
        m.year,
        x.entity_type,
        x.entity_id
    from agreement_mentions as x
    join agreements as a using (agreement_id)
    join meetings as m on m.meeting_id = a.meeting_id and m.is_canonical
)

select * from final
