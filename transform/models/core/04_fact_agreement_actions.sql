-- One row per clause action of the agreements of canonical meetings.
with final as (
    select
        x.agreement_id,
        a.meeting_id,
        m.body_id,
        m.year,
        x.seq,
        x.action
    from agreement_actions as x
    join agreements as a using (agreement_id)
    join meetings as m on m.meeting_id = a.meeting_id and m.is_canonical
)

select * from final
