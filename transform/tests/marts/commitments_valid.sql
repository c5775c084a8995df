-- Commitments have a known status; fulfilled ones link to an agreement of a
-- later meeting, others link to none.
select c.commitment_id, c.status, c.fulfilled_by_agreement_id, 'bad status' as problem
from commitments as c
where c.status is null or c.status not in ('pending', 'fulfilled', 'overdue')
union all
select c.commitment_id, c.status, c.fulfilled_by_agreement_id, 'link without fulfilled status'
from commitments as c
where c.status <> 'fulfilled' and c.fulfilled_by_agreement_id is not null
union all
select c.commitment_id, c.status, c.fulfilled_by_agreement_id, 'link to no agreement'
from commitments as c
left join agreements as a on a.agreement_id = c.fulfilled_by_agreement_id
where c.fulfilled_by_agreement_id is not null and a.agreement_id is null
union all
select c.commitment_id, c.status, c.fulfilled_by_agreement_id, 'link to an earlier meeting'
from commitments as c
join meetings as m on m.meeting_id = c.meeting_id
join agreements as a on a.agreement_id = c.fulfilled_by_agreement_id
join meetings as fm on fm.meeting_id = a.meeting_id
where fm.start_date < m.start_date
union all
select c.commitment_id, c.status, null, 'count differs from stg_commitments'
from (select count(*) as n from commitments) as x, (select count(*) as n from stg_commitments) as y,
    (select 'commitments' as commitment_id, 'n/a' as status) as c
where x.n <> y.n
