-- Agreements of later meetings that name the commitment's responsible party
-- (any, for a group such as the member states): the ones a person may pick
-- as the record of the commitment. Parameters: commitment id, twice.
with c as (
    select c.responsible_type, c.responsible_id, m.start_date
    from commitments as c join meetings as m on m.meeting_id = c.meeting_id
    where c.commitment_id = ?
)
select a.agreement_id, strftime(m.start_date, '%Y-%m') as made, a.number, a.text
from agreements as a
join meetings as m using (meeting_id)
cross join c
where m.start_date > c.start_date
    and (c.responsible_type = 'group' or exists (
        select 1 from agreement_mentions as am
        where am.agreement_id = a.agreement_id and am.entity_id = c.responsible_id))
    and a.agreement_id not in (select fulfilled_by_agreement_id from commitments
        where commitment_id = ? and fulfilled_by_agreement_id is not null)
order by m.start_date, a.seq
limit 20
