-- Publishes the tables that count each meeting once: X_all keeps the rows of
-- every document (each copy of a meeting), X only those of canonical meetings
-- (meetings.is_canonical). Run by publish with build holding the new generation.
create table main.meetings_all as from build.meetings;
create table main.meetings as from build.meetings where is_canonical;
create table main.meeting_participants_all as from build.meeting_participants;
create table main.meeting_participants as
from build.meeting_participants semi join main.meetings using (meeting_id);
create table main.agreements_all as from build.agreements;
create table main.agreements as from build.agreements semi join main.meetings using (meeting_id);
create table main.agreement_actions_all as from build.agreement_actions;
create table main.agreement_actions as from build.agreement_actions semi join main.agreements using (agreement_id);
create table main.agreement_mentions_all as from build.agreement_mentions;
create table main.agreement_mentions as from build.agreement_mentions semi join main.agreements using (agreement_id);
create table main.commitments_all as
select
    c.*,
    a.number as agreement_number,
    a.text as agreement_text,
    m.start_date as meeting_date,
    m.body_id as meeting_body_id,
    m.title as meeting_title,
    a.page as source_page,
    d.path as source_path
from build.commitments as c
left join build.agreements as a using (agreement_id)
left join build.meetings as m on m.meeting_id = c.meeting_id
left join main.documents as d on d.document_id = m.document_id;
create table main.commitments as from main.commitments_all semi join main.meetings using (meeting_id);
