-- Every deciding clause of each agreement; a correction of an agreement's
-- action also sets the action of its first clause.
with corr as (
    select id as agreement_id, arg_max(value, line) as action
    from corrections
    where table_name = 'agreements' and column_name = 'action'
    group by id
),

final as (
    select
        r.agreement_id,
        r.seq,
        case when r.seq = 1 and c.action is not null then c.action else r.action end as action,
        r.verb,
        r.text
    from raw_agreement_actions as r
    left join corr as c using (agreement_id)
)

select * from final
