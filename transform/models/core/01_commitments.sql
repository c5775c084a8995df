-- Commitments with their follow-through (docs/follow-through.md). The link
-- comes from follow-up matching unless a person's correction sets, confirms
-- or rejects it; the status is measured at the newest later meeting of the
-- commitment's body or of its conference (status_as_of): fulfilled when a
-- later agreement records it, overdue when its due date passed before that
-- meeting, pending otherwise, and pending when no later meeting could record
-- it (assessable false). A person's status correction wins over all.
with corr as (
    select
        id as commitment_id,
        arg_max(value, line) filter (where column_name = 'status') as status,
        arg_max(note, line) filter (where column_name = 'status') as status_note,
        arg_max(value, line) filter (where column_name = 'fulfilled_by_agreement_id') as link,
        arg_max(note, line) filter (where column_name = 'fulfilled_by_agreement_id') as link_note
    from corrections
    where table_name = 'commitments'
        and (column_name <> 'fulfilled_by_agreement_id' or value = '' or value in (select agreement_id from agreements))
    group by id
),

conference as (
    -- the conference a body belongs to: the RCM for its bodies, else the body itself
    select body_id, case when rcm then 'RCM' else body_id end as conference_id
    from bodies
),

meeting_conf as (
    select m.meeting_id, m.body_id, m.start_date, coalesce(c.conference_id, m.body_id) as conference_id
    from meetings as m
    left join conference as c using (body_id)
),

newest as (
    -- the newest meeting of each body and of each conference: the newest later
    -- meeting of a commitment's body or conference, when later than its own
    select 'body' as kind, body_id as id, max(start_date) as newest
    from meeting_conf where body_id is not null group by body_id
    union all
    select 'conference', conference_id, max(start_date)
    from meeting_conf where conference_id is not null group by conference_id
),

as_of as (
    select
        s.commitment_id,
        case when greatest(b.newest, c.newest) > made.start_date then greatest(b.newest, c.newest) end
            as status_as_of
    from stg_commitments as s
    join meeting_conf as made on made.meeting_id = s.meeting_id
    left join newest as b on b.kind = 'body' and b.id = made.body_id
    left join newest as c on c.kind = 'conference' and c.id = made.conference_id
),

joined as (
    select
        s.*,
        f.fulfilled_by_agreement_id as followup_link,
        f.evidence as followup_evidence,
        f.evidence_agreement_id as followup_evidence_id,
        f.match_score,
        f.match_reason,
        c.status as corrected_status,
        c.status_note,
        c.link as corrected_link,
        c.link_note,
        a.status_as_of
    from stg_commitments as s
    left join commitment_followups as f using (commitment_id)
    left join corr as c using (commitment_id)
    left join as_of as a using (commitment_id)
),

decided as (
    select
        *,
        case when corrected_link is not null then nullif(corrected_link, '') else followup_link end as link,
        case when corrected_status is not null or corrected_link is not null then 'person' else 'rule' end
            as decided_by
    from joined
),

statused as (
    select
        *,
        case
            when corrected_status is not null then corrected_status
            when link is not null then 'fulfilled'
            when status_as_of is null then 'pending'
            when due_end < status_as_of then 'overdue'
            else 'pending'
        end as final_status
    from decided
),

described as (
    select
        s.*,
        coalesce(s.link, s.followup_evidence_id) as evidence_id,
        strftime(s.status_as_of, '%Y-%m') as checked,
        la.number as link_number,
        strftime(lm.start_date, '%Y-%m') as link_meeting,
        la.text as link_text
    from statused as s
    left join agreements as la on la.agreement_id = s.link
    left join meetings as lm on lm.meeting_id = la.meeting_id
),

final as (
    select
        commitment_id,
        agreement_id,
        meeting_id,
        clause_seq,
        action,
        responsible_type,
        responsible_id,
        due_text,
        due_start,
        due_end,
        final_status as status,
        case when final_status = 'fulfilled' then link end as fulfilled_by_agreement_id,
        case
            when final_status = 'fulfilled' and corrected_link is not null then link_text
            when final_status = 'fulfilled' and link is not null then coalesce(followup_evidence, link_text)
            when link is null and corrected_link is null then followup_evidence
        end as evidence,
        case
            when final_status = 'fulfilled' and link is not null then link
            when link is null and corrected_link is null then followup_evidence_id
        end as evidence_agreement_id,
        case when corrected_link is null then match_score end as match_score,
        case when corrected_link is null then match_reason end as match_reason,
        status_as_of,
        status_as_of is not null or final_status = 'fulfilled' as assessable,
        case
            when corrected_status is not null then
                'status set by a person' || coalesce(': ' || nullif(status_note, ''), '')
            when link is not null and corrected_link is not null then
                'a person linked it to point ' || coalesce(link_number, '?') || ' of the ' || coalesce(link_meeting, '?')
                || ' meeting' || coalesce(': ' || nullif(link_note, ''), '')
            when link is not null then
                'recorded done by point ' || coalesce(link_number, '?') || ' of the ' || coalesce(link_meeting, '?')
                || ' meeting (match score ' || printf('%.2f', match_score) || ')'
            when status_as_of is null then
                'no later meeting of its body or conference in the archive, so no report could record it yet'
            else
                case
                    when due_end is null then 'no due date'
                    when final_status = 'overdue' then 'due ' || strftime(due_end, '%Y-%m-%d')
                    else 'due ' || strftime(due_end, '%Y-%m-%d') || ', not passed at the last check'
                end
                || '; no later report records it'
                || case when corrected_link = '' then ' (a person decided there is no record'
                    || coalesce(': ' || nullif(link_note, ''), '') || ')' else '' end
                || '; last checked: ' || checked || ' meeting'
        end as status_reason,
        decided_by,
        due_end_source,
        corrected or corrected_status is not null or corrected_link is not null as corrected
    from described
)

select * from final
