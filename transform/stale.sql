-- Corrections that match nothing: an unknown id, or a mention or participant
-- removed that is not there.
select line, table_name, id, column_name, value, 'no such meeting' as reason
from corrections
where table_name in ('meetings', 'meeting_participants')
    and id not in (select meeting_id from raw_meetings)
union all
select line, table_name, id, column_name, value, 'no such agreement'
from corrections
where table_name in ('agreements', 'agreement_mentions')
    and id not in (select agreement_id from raw_agreements)
union all
select line, table_name, id, column_name, value, 'no such commitment'
from corrections
where table_name = 'commitments'
    and id not in (select commitment_id from raw_commitments)
union all
select c.line, c.table_name, c.id, c.column_name, c.value, 'no such mention to remove'
from corrections as c
where c.table_name = 'agreement_mentions' and c.column_name = 'remove'
    and c.id in (select agreement_id from raw_agreements)
    and not exists (
        select 1 from raw_agreement_mentions as r
        left join stg_entity_ids as k on r.entity_type = 'organisation' and k.key = upper(trim(r.entity_id))
        where r.agreement_id = c.id and r.entity_type || ':' || case r.entity_type
            when 'country' then upper(trim(r.entity_id))
            when 'organisation' then coalesce(k.org_id, trim(r.entity_id))
            else trim(r.entity_id)
        end = c.value
    )
union all
select c.line, c.table_name, c.id, c.column_name, c.value, 'no such participant to remove'
from corrections as c
where c.table_name = 'meeting_participants' and c.column_name = 'remove'
    and c.id in (select meeting_id from raw_meetings)
    and not exists (
        select 1 from raw_participants as r
        left join stg_entity_ids as k on r.entity_type = 'organisation' and k.key = upper(trim(r.entity_id))
        where r.meeting_id = c.id and r.entity_type || ':' || case r.entity_type
            when 'country' then upper(trim(r.entity_id))
            when 'organisation' then coalesce(k.org_id, trim(r.entity_id))
            else trim(r.entity_id)
        end = c.value
    )
union all
select line, table_name, id, column_name, value, 'fulfilled_by_agreement_id names no agreement'
from corrections
where table_name = 'commitments' and column_name = 'fulfilled_by_agreement_id' and value <> ''
    and id in (select commitment_id from raw_commitments)
    and value not in (select agreement_id from raw_agreements)
order by line
