-- One row per commitment made at a canonical meeting, with the canonical
-- meeting that recorded it fulfilled and the days it took, whether any later
-- meeting could record it (assessable) and who decided its status.
with final as (
    select
        c.commitment_id,
        c.meeting_id,
        m.body_id,
        m.year,
        c.responsible_type,
        c.responsible_id,
        c.due_end,
        c.status,
        fm.canonical_meeting_id as fulfilled_in_meeting_id,
        cast(date_diff('day', m.start_date, fm.start_date) as integer) as days_to_fulfil,
        c.status_as_of,
        c.assessable,
        c.decided_by
    from commitments as c
    join meetings as m on m.meeting_id = c.meeting_id and m.is_canonical
    left join agreements as fa on fa.agreement_id = c.fulfilled_by_agreement_id
    left join meetings as fm on fm.meeting_id = fa.meeting_id
)

select * from final
