-- Commitments with their follow-through: status and link from follow-up
-- matching, where corrections of status or fulfilled_by_agreement_id win.
-- A correction that sets a link makes the commitment fulfilled; one that
-- clears it ('') makes it overdue or pending by its due date.
with corr as (
    select
        id as commitment_id,
        arg_max(value, line) filter (where column_name = 'status') as status,
        arg_max(value, line) filter (where column_name = 'fulfilled_by_agreement_id') as link
    from corrections
    where table_name = 'commitments'
        and (column_name <> 'fulfilled_by_agreement_id' or value = '' or value in (select agreement_id from agreements))
    group by id
),

newest as (
    select max(start_date) as newest_meeting from meetings
),

joined as (
    select
        s.*,
        f.status as followup_status,
        f.fulfilled_by_agreement_id as followup_link,
        f.evidence,
        f.match_score,
        f.match_reason,
        c.status as corrected_status,
        c.link as corrected_link
    from stg_commitments as s
    left join commitment_followups as f using (commitment_id)
    left join corr as c using (commitment_id)
),

decided as (
    select
        *,
        case
            when corrected_status is not null then corrected_status
            when corrected_link <> '' then 'fulfilled'
            when corrected_link = '' then
                case when due_end < (select newest_meeting from newest) then 'overdue' else 'pending' end
            else coalesce(followup_status, 'pending')
        end as final_status,
        case when corrected_link is not null then nullif(corrected_link, '') else followup_link end as final_link
    from joined
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
        case when final_status = 'fulfilled' then final_link end as fulfilled_by_agreement_id,
        case when final_status = 'fulfilled' and corrected_link is null then evidence end as evidence,
        case when final_status = 'fulfilled' and corrected_link is null then match_score end as match_score,
        case when final_status = 'fulfilled' and corrected_link is null then match_reason end as match_reason,
        due_end_source,
        corrected or corrected_status is not null or corrected_link is not null as corrected
    from decided
)

select * from final
