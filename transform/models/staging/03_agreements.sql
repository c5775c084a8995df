-- Agreements (numbered points of the operative part) with corrections applied.
with corr as (
    select
        id as agreement_id,
        arg_max(value, line) filter (where column_name = 'action') as action,
        arg_max(value, line) filter (where column_name = 'number') as number,
        arg_max(value, line) filter (where column_name = 'parent_number') as parent_number,
        arg_max(value, line) filter (where column_name = 'text') as text
    from corrections
    where table_name = 'agreements'
    group by id
),

final as (
    select
        r.agreement_id,
        r.meeting_id,
        r.seq,
        coalesce(c.number, r.number) as number,
        coalesce(c.parent_number, r.parent_number) as parent_number,
        coalesce(c.action, r.action) as action,
        coalesce(c.text, r.text) as text,
        r.page,
        r.char_start,
        r.char_end,
        r.clause_count,
        c.agreement_id is not null as corrected
    from raw_agreements as r
    left join corr as c using (agreement_id)
)

select * from final
