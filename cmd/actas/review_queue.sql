-- The follow-through decisions of the rule with the least certainty: links
-- and nearest candidates whose match score lies closest to the 0.60 a link
-- needs. Parameter: how many.
select
    c.commitment_id,
    coalesce(c.responsible_id, '') as responsible_id,
    coalesce(a.number, '') as number,
    coalesce(strftime(m.start_date, '%Y-%m'), '?') as made,
    coalesce(m.body_en, '') as body_en,
    coalesce(x.text, a.text, '') as commitment_text,
    coalesce(c.due_end::varchar, '') as due_end,
    c.status,
    coalesce(c.status_reason, '') as status_reason,
    coalesce(c.fulfilled_by_agreement_id, '') as link,
    coalesce(c.evidence_agreement_id, '') as candidate_id,
    coalesce(ca.number, '') as candidate_number,
    coalesce(strftime(cm.start_date, '%Y-%m'), '') as candidate_made,
    coalesce(c.evidence, '') as candidate_text,
    coalesce(c.match_reason, '') as match_reason,
    c.match_score
from commitments as c
join agreements as a using (agreement_id)
join meetings as m on m.meeting_id = c.meeting_id
left join agreement_actions as x on x.agreement_id = c.agreement_id and x.seq = c.clause_seq
left join agreements as ca on ca.agreement_id = c.evidence_agreement_id
left join meetings as cm on cm.meeting_id = ca.meeting_id
where c.decided_by = 'rule' and c.match_score is not null
order by abs(c.match_score - 0.60), m.start_date, a.seq, c.commitment_id
limit ?
