-- Every meeting's canonical meeting exists and is canonical itself.
select m.meeting_id, m.canonical_meeting_id
from meetings as m
left join meetings as c on c.meeting_id = m.canonical_meeting_id
where c.meeting_id is null or not c.is_canonical
