-- Commitments with corrections applied and deadlines relative to a body's next
-- meeting resolved: due_end is the day before the first meeting of that body
-- after this meeting's start ('' or 'same' means this meeting's body), when
-- that meeting lies within the body's usual interval (1.5 times the median gap
-- between its meetings; 400 days while fewer than two gaps are known):
-- otherwise meetings of the body are missing from the archive and no date is
-- given.
with corr as (
    select
        id as commitment_id,
        arg_max(value, line) filter (where column_name = 'action') as action,
        arg_max(value, line) filter (where column_name = 'responsible_type') as responsible_type,
        arg_max(value, line) filter (where column_name = 'responsible_id') as responsible_id,
        arg_max(value, line) filter (where column_name = 'due_text') as due_text,
        arg_max(value, line) filter (where column_name = 'due_start') as due_start,
        arg_max(value, line) filter (where column_name = 'due_end') as due_end
    from corrections
    where table_name = 'commitments'
    group by id
),

base as (
    select
        r.commitment_id,
        r.agreement_id,
        r.meeting_id,
        r.clause_seq,
        coalesce(c.action, r.action) as action,
        coalesce(c.responsible_type, r.responsible_type) as responsible_type,
        coalesce(c.responsible_id, case r.responsible_type
                when 'country' then upper(trim(r.responsible_id))
                when 'organisation' then coalesce(k.org_id, trim(r.responsible_id))
                else trim(r.responsible_id)
            end) as responsible_id,
        coalesce(c.due_text, nullif(r.due_text, '')) as due_text,
        case when c.due_start is null then r.due_start else cast(nullif(c.due_start, '') as date) end as due_start,
        r.due_end as raw_due_end,
        c.due_end as corrected_due_end,
        r.due_next_meeting_of,
        m.body_id,
        m.start_date as meeting_start_date,
        c.commitment_id is not null as corrected
    from raw_commitments as r
    left join stg_entity_ids as k on r.responsible_type = 'organisation' and k.key = upper(trim(r.responsible_id))
    left join corr as c using (commitment_id)
    left join meetings as m using (meeting_id)
),

usual_gap as (
    select body_id, case when count(*) >= 2 then 1.5 * median(gap) else 400 end as max_days
    from (
        select body_id, date_diff('day', lag(start_date) over (partition by body_id order by start_date), start_date) as gap
        from (select distinct body_id, start_date from meetings where start_date is not null)
    )
    where gap is not null
    group by body_id
),

next_meeting as (
    select b.commitment_id, n.start_date as next_start
    from (
        select
            commitment_id,
            meeting_start_date,
            case when due_next_meeting_of in ('', 'same') then body_id else due_next_meeting_of end as target_body
        from base
        where due_next_meeting_of is not null and raw_due_end is null and meeting_start_date is not null
    ) as b
    asof join (select body_id, start_date from meetings where start_date is not null) as n
        on b.target_body = n.body_id and b.meeting_start_date < n.start_date
    left join usual_gap as u on u.body_id = n.body_id
    where date_diff('day', b.meeting_start_date, n.start_date) <= coalesce(u.max_days, 400)
),

final as (
    select
        b.commitment_id,
        b.agreement_id,
        b.meeting_id,
        b.clause_seq,
        b.action,
        b.responsible_type,
        b.responsible_id,
        b.due_text,
        b.due_start,
        case
            when b.corrected_due_end is not null then cast(nullif(b.corrected_due_end, '') as date)
            when b.raw_due_end is not null then b.raw_due_end
            else cast(n.next_start - interval 1 day as date)
        end as due_end,
        case
            when b.corrected_due_end is not null then 'correction'
            when b.raw_due_end is not null then 'text'
            when n.next_start is not null then 'next_meeting'
        end as due_end_source,
        b.due_next_meeting_of,
        b.body_id,
        b.meeting_start_date,
        b.corrected
    from base as b
    left join next_meeting as n using (commitment_id)
)

select * from final
