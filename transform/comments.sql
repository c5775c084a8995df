-- COMMENT ON every public table and column: what it holds, its unit, an example.
-- docs/schema.md is generated from these (go test ./transform -run TestSchemaDoc -update).

comment on table documents is 'One row per source file content loaded (a report as txt, pdf, docx or html); written by ingest. Example: one row per report file.';
comment on column documents.document_id is 'First 16 hex digits of the file''s SHA-256, e.g. 3fa2c1d09e8b7a61; stable across re-ingest.';
comment on column documents.path is 'The first of the document''s paths (document_paths) in sort order, whichever copy was read first, e.g. /archive/2017/crm-rfepc-2017-11-27.es.pdf.';
comment on column documents.file_name is 'Base name of path, e.g. crm-rfepc-2017-11-27.es.pdf.';
comment on column documents.sha256 is 'SHA-256 of the file''s bytes, 64 lower-case hex digits.';
comment on column documents.format is 'Format detected from the content: txt, pdf, docx or html.';
comment on column documents.pages is 'Number of pages (a text file is one page), e.g. 4.';
comment on column documents.language is 'Language of the text, es or en.';
comment on column documents.ingested_at is 'When the ingest run that loaded the document started (UTC timestamp; one value per run, so the copies of a meeting loaded together are told apart by meeting_id, not by which finished first), e.g. 2026-01-02 03:04:05.';
comment on column documents.uncertain is 'True when the structure is less certain: text read by OCR with a mean word confidence under 75.';
comment on column documents.warnings is 'Warnings joined with ''; '', e.g. needs OCR; empty when none.';
comment on column documents.verdict is 'How well extraction understood the report: ok, degraded (a step failed), no_operative_part, no_agreements, unknown_body, no_date or needs_ocr; the first that applies (docs/extraction.md).';
comment on column documents.verdict_detail is 'What was not understood, every problem found, e.g. no date of the meeting found; empty when ok.';

comment on table document_paths is 'Every path under which a document''s content was seen (the same content under two names is one document).';
comment on column document_paths.document_id is 'documents.document_id, e.g. 3fa2c1d09e8b7a61.';
comment on column document_paths.path is 'A path the content was found at, e.g. /archive/copy/report.txt.';
comment on column document_paths.size is 'Size in bytes of the file at path when it was read (of the entry, for a zip entry), e.g. 48213; NULL when not recorded.';
comment on column document_paths.mtime is 'Modification time of the file at path when it was read (of the zip file, for a zip entry), UTC; a re-ingest counts a file with the same size and mtime as unchanged without reading it. NULL when not recorded.';

comment on table document_pages is 'The text of every page, after page furniture is removed; agreements point into it (page, char_start, char_end).';
comment on column document_pages.document_id is 'documents.document_id, e.g. 3fa2c1d09e8b7a61.';
comment on column document_pages.page is 'Page number from 1, e.g. 2.';
comment on column document_pages.text is 'Page text, UTF-8.';
comment on column document_pages.method is 'How the text was obtained: text, html, docx, pdf, pdf-repaired, pdftotext or ocr.';
comment on column document_pages.ocr_confidence is 'Mean tesseract word confidence of a page read by OCR, 0 to 100 weighted by word length, e.g. 91.4; NULL for other pages.';
comment on column document_pages.ocr_low_words is 'Words of an OCR page read with confidence under 60, space-separated; they stay in text. NULL for other pages.';

comment on table ingest_runs is 'One row per run of actas ingest, with its file counts.';
comment on column ingest_runs.run_id is 'Run number, increasing from 1.';
comment on column ingest_runs.started_at is 'When the run started (UTC timestamp).';
comment on column ingest_runs.finished_at is 'When the run finished (UTC timestamp); NULL while running or if it died.';
comment on column ingest_runs.files is 'Files seen by the run, e.g. 120.';
comment on column ingest_runs.loaded is 'Files loaded (new or changed), e.g. 100.';
comment on column ingest_runs.unchanged is 'Files skipped because their content was already loaded, e.g. 15.';
comment on column ingest_runs.failed is 'Files that failed (listed in ingest_errors), e.g. 5.';
comment on column ingest_runs.status is 'running, finished, interrupted (stopped by Ctrl-C or SIGTERM; what was done is kept) or aborted (the process died; marked by the next command).';
comment on column ingest_runs.skipped is 'Paths not read (listed in ingest_skipped), e.g. 3.';

comment on table schema_version is 'Internal: the layout versions of the tables written by ingest (component, version, applied_at), for upgrades.';

comment on table ingest_skipped is 'One row per path found or given that an ingest run did not read, with the reason: an extension that is not a report, a dotfile, or not a regular file (folder link, FIFO, socket, device, dangling or looping link).';
comment on column ingest_skipped.run_id is 'ingest_runs.run_id, e.g. 3.';
comment on column ingest_skipped.path is 'Path skipped (bytes that are not UTF-8 escaped as \xNN), e.g. /archive/notes.md.';
comment on column ingest_skipped.reason is 'Why it was not read, e.g. extension .md is not a report.';

comment on table ingest_errors is 'One row per file that failed in an ingest run, with the stage and reason.';
comment on column ingest_errors.run_id is 'ingest_runs.run_id, e.g. 3.';
comment on column ingest_errors.path is 'Path of the file that failed, e.g. /archive/broken.pdf.';
comment on column ingest_errors.stage is 'Stage that failed, e.g. sniff, extract or load.';
comment on column ingest_errors.reason is 'Why it failed, e.g. truncated PDF: no xref.';

comment on table countries is 'Every ISO 3166 country, from data/countries.csv.';
comment on column countries.iso3 is 'ISO 3166-1 alpha-3 code, e.g. MEX.';
comment on column countries.iso2 is 'ISO 3166-1 alpha-2 code, e.g. MX.';
comment on column countries.name_en is 'English name, e.g. Mexico.';
comment on column countries.name_es is 'Spanish name, e.g. México.';
comment on column countries.rcm_member is 'True for member states of the Regional Conference on Migration, e.g. true for MEX.';

comment on table country_aliases is 'Names and variants reports use for each country, from data/country_aliases.csv.';
comment on column country_aliases.iso3 is 'countries.iso3, e.g. USA.';
comment on column country_aliases.alias is 'A name as written, e.g. EE.UU.';
comment on column country_aliases.lang is 'Language of the alias, es or en.';

comment on table organisations is 'Organisations active on migration in the Americas, from data/organisations.csv.';
comment on column organisations.org_id is 'Organisation id, e.g. IOM.';
comment on column organisations.acronym_en is 'English acronym, e.g. IOM.';
comment on column organisations.acronym_es is 'Spanish acronym, e.g. OIM.';
comment on column organisations.name_en is 'English name, e.g. International Organization for Migration.';
comment on column organisations.name_es is 'Spanish name, e.g. Organización Internacional para las Migraciones.';
comment on column organisations.kind is 'Kind of organisation, e.g. intergovernmental, un_agency, civil_society, rcm_body.';

comment on table organisation_aliases is 'Names and acronyms reports use for each organisation, from data/organisation_aliases.csv.';
comment on column organisation_aliases.org_id is 'organisations.org_id, e.g. IOM.';
comment on column organisation_aliases.alias is 'A name as written, e.g. OIM.';
comment on column organisation_aliases.lang is 'Language of the alias, es or en.';
comment on column organisation_aliases.case_sensitive is 'True when the alias matches only with this case (acronyms), e.g. true for OIM.';
comment on column organisation_aliases.in_capitals is 'false for an acronym that is also a word (UN, the Spanish article un): it does not match beside words written in capitals; true otherwise.';

comment on table bodies is 'Bodies that meet and write reports (RCM bodies and others), from data/bodies.csv.';
comment on column bodies.body_id is 'Body id, e.g. rcgm.';
comment on column bodies.name_en is 'Canonical English name, e.g. Regional Consultation Group on Migration.';
comment on column bodies.name_es is 'Spanish name, e.g. Grupo Regional de Consulta sobre Migración.';
comment on column bodies.org_id is 'organisations.org_id of the organisation the body belongs to or is, e.g. RCGM.';
comment on column bodies.level is 'Level of the body, e.g. ministerial, technical, network, working_group.';
comment on column bodies.family is 'organisations.org_id of the conference or process the body belongs to, its conference family: RCM for the RCM''s Vice-Ministerial Meeting, RCGM, liaison officer networks and working groups; CSM, BALI, COLOMBO... for the others. Filter on it to narrow to one conference.';
comment on column bodies.rcm is 'True for bodies of the RCM (their organisation''s kind is rcm_body); only their meetings list absent member countries in fact_participation.';

comment on table body_aliases is 'Names reports use for each body, from data/body_aliases.csv.';
comment on column body_aliases.body_id is 'bodies.body_id, e.g. vmm.';
comment on column body_aliases.alias is 'A name as written, e.g. Vice-Ministerial Conference.';
comment on column body_aliases.lang is 'Language of the alias, es or en.';

comment on table groups is 'Groups of parties that act together (member_states) and the words that name them, from data/groups.csv.';
comment on column groups.group_id is 'Group id, e.g. member_states.';
comment on column groups.alias is 'A name as written, e.g. Países Miembros.';
comment on column groups.lang is 'Language of the alias, es or en.';

comment on table corrections is 'Analysts'' corrections loaded from the corrections CSV (table,id,column,value,note); applied by the transform on every rebuild.';
comment on column corrections.line is 'Line of the CSV file, e.g. 3.';
comment on column corrections.table_name is 'Table corrected: meetings, meeting_participants, agreements, agreement_mentions or commitments.';
comment on column corrections.id is 'Id of the corrected row, e.g. 3fa2c1d09e8b7a61-007.';
comment on column corrections.column_name is 'Column set, or add/remove for mentions and participants, e.g. action.';
comment on column corrections.value is 'New value, or TYPE:ID for add/remove, e.g. recommend or organisation:IOM; '''' clears a value.';
comment on column corrections.note is 'Why, free text, e.g. misread verb.';

comment on table meetings is 'One row per meeting, each counted once: where several documents record the same meeting (a PDF and a DOCX, copies), only the canonical one; every copy is in meetings_all. Corrections applied.';
comment on column meetings.meeting_id is 'Meeting id: equals the document_id of the report that records it, e.g. 3fa2c1d09e8b7a61.';
comment on column meetings.document_id is 'documents.document_id of the report, e.g. 3fa2c1d09e8b7a61.';
comment on column meetings.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';
comment on column meetings.body_en is 'Canonical English name of the body, e.g. Regional Consultation Group on Migration.';
comment on column meetings.body_as_written is 'The body''s name as the report writes it, e.g. Grupo Regional de Consulta sobre Migración.';
comment on column meetings.title is 'Title of the report, e.g. Reunión de la Red de Funcionarios de Enlace de Protección Consular; when the report has none, made from body, city and month, e.g. Vice-Ministerial Meeting, Antigua, May 2002.';
comment on column meetings.start_date is 'First day of the meeting (DATE), e.g. 2017-11-27; NULL when unknown.';
comment on column meetings.end_date is 'Last day of the meeting (DATE), e.g. 2017-11-28; NULL when unknown.';
comment on column meetings.city is 'Host city, e.g. San Salvador.';
comment on column meetings.country_iso3 is 'Host country, ISO 3166-1 alpha-3, e.g. SLV.';
comment on column meetings.language is 'Language of the report, es or en.';
comment on column meetings.year is 'Calendar year of the meeting''s start date, e.g. 2017; NULL when the date is unknown.';
comment on column meetings.canonical_meeting_id is 'meeting_id of the document chosen to stand for this meeting (same body and start date, or same start date and city when the body is unknown; txt/docx/html before pdf, then earliest ingested).';
comment on column meetings.format is 'Format of the report''s document: txt, pdf, docx or html.';
comment on column meetings.uncertain is 'True when the structure is less certain: text read by OCR with a mean word confidence under 75.';
comment on column meetings.corrected is 'True when a correction changed this row.';
comment on column meetings.is_canonical is 'True for the row that stands for the meeting, i.e. meeting_id = canonical_meeting_id (always true in meetings; false for the other copies in meetings_all).';

comment on table meeting_participants is 'Countries, organisations and groups that took part in each canonical meeting, corrections applied.';
comment on column meeting_participants.meeting_id is 'meetings.meeting_id, e.g. 3fa2c1d09e8b7a61.';
comment on column meeting_participants.entity_type is 'Kind of entity: country, organisation or group.';
comment on column meeting_participants.entity_id is 'Entity id: ISO 3166-1 alpha-3 for a country (MEX), organisations.org_id for an organisation (IOM), groups.group_id for a group (member_states).';

comment on table agreements is 'Every agreement (numbered point or sub-point of the operative part) of every canonical meeting, in document order, corrections applied.';
comment on column agreements.agreement_id is 'Agreement id: <meeting_id>-<seq>, seq zero-padded to 3 digits, e.g. 3fa2c1d09e8b7a61-007.';
comment on column agreements.meeting_id is 'meetings.meeting_id, e.g. 3fa2c1d09e8b7a61.';
comment on column agreements.seq is 'Position in the report from 1, document order, e.g. 7.';
comment on column agreements.number is 'Number as printed, levels joined with a dot, e.g. 2.d or iv.b.';
comment on column agreements.parent_number is 'Number of the parent point, e.g. 2 for 2.d; empty at top level.';
comment on column agreements.action is 'Action of the first clause (the agreement''s primary action). Action: thank, congratulate, take_note, approve, agree, request, recommend, entrust, commit, offer, other or none.';
comment on column agreements.text is 'Full text of the agreement, continuation paragraphs joined.';
comment on column agreements.page is 'Page (document_pages.page) where the agreement starts, e.g. 3.';
comment on column agreements.char_start is 'Byte offset of the start of the agreement in that page''s text, e.g. 1024.';
comment on column agreements.char_end is 'Byte offset just past its end in that page''s text, e.g. 1388.';
comment on column agreements.clause_count is 'Number of deciding clauses, e.g. 2.';
comment on column agreements.corrected is 'True when a correction changed this row.';

comment on table agreement_actions is 'Every deciding clause of each agreement of a canonical meeting, with its action.';
comment on column agreement_actions.agreement_id is 'agreements.agreement_id, e.g. 3fa2c1d09e8b7a61-007.';
comment on column agreement_actions.seq is 'Clause number within the agreement from 1, e.g. 2.';
comment on column agreement_actions.action is 'Action: thank, congratulate, take_note, approve, agree, request, recommend, entrust, commit, offer, other or none.';
comment on column agreement_actions.verb is 'The deciding verb as written, e.g. Solicitar.';
comment on column agreement_actions.text is 'Text of the clause.';

comment on table agreement_mentions is 'Countries and organisations named in each agreement of a canonical meeting, each once, corrections applied.';
comment on column agreement_mentions.agreement_id is 'agreements.agreement_id, e.g. 3fa2c1d09e8b7a61-007.';
comment on column agreement_mentions.entity_type is 'Kind of entity: country, organisation or group.';
comment on column agreement_mentions.entity_id is 'Entity id: ISO 3166-1 alpha-3 for a country (MEX), organisations.org_id for an organisation (IOM), groups.group_id for a group (member_states).';
comment on column agreement_mentions.surface is 'The words that named it, e.g. la OIM; NULL when added by a correction.';

comment on table commitments is 'Every party that must act on a request, recommendation, entrustment, commitment or offer made at a canonical meeting, with its deadline, follow-through, and the agreement, meeting and source page it comes from.';
comment on column commitments.commitment_id is 'Commitment id: <agreement_id>-<n>, n from 1 within the agreement, e.g. 3fa2c1d09e8b7a61-007-1.';
comment on column commitments.agreement_id is 'agreements.agreement_id of the clause''s agreement, e.g. 3fa2c1d09e8b7a61-007.';
comment on column commitments.meeting_id is 'meetings.meeting_id where it was made, e.g. 3fa2c1d09e8b7a61.';
comment on column commitments.clause_seq is 'agreement_actions.seq of the clause it comes from, e.g. 1.';
comment on column commitments.action is 'Action of the clause: request, recommend, entrust, commit or offer.';
comment on column commitments.responsible_type is 'Kind of responsible party: country, organisation or group.';
comment on column commitments.responsible_id is 'Responsible party''s id, e.g. IOM, PAN or member_states.';
comment on column commitments.due_text is 'Deadline as written, e.g. antes de finalizar el 2017; NULL when none.';
comment on column commitments.due_start is 'First day of the deadline range (DATE), e.g. 2017-01-01; NULL when none.';
comment on column commitments.due_end is 'Last day by which it is due (DATE), e.g. 2017-12-31; for ''by the next meeting'' the day before that body''s next meeting in the archive; NULL when none or not yet known.';
comment on column commitments.status is 'Follow-through status as of status_as_of: fulfilled (a later agreement records it), overdue (due date passed before status_as_of, no record) or pending (anything else, and every commitment that is not assessable).';
comment on column commitments.fulfilled_by_agreement_id is 'agreements.agreement_id of the later agreement that records it done, e.g. 9b1e0c2d3a4f5e6d-002; NULL unless fulfilled.';
comment on column commitments.evidence is 'Text of the later agreement that records it done; for a pending or overdue one, the nearest later agreement that does not (see match_reason); NULL when none.';
comment on column commitments.match_score is 'Score of the follow-up match (a link needs 0.60), e.g. 0.82; for a pending or overdue one the score of the nearest later agreement; NULL when none or set by a person.';
comment on column commitments.match_reason is 'Why the match was made, e.g. party IOM; terms: difundir~difusion, estudio; later action thank; for a pending or overdue one, why the nearest later agreement is no record (nearest: ...; not a record: a reminder ...).';
comment on column commitments.due_end_source is 'Where due_end comes from: text, next_meeting or correction; NULL when none.';
comment on column commitments.corrected is 'True when a correction changed this row.';
comment on column commitments.evidence_agreement_id is 'agreements.agreement_id the evidence text comes from, e.g. 9b1e0c2d3a4f5e6d-002; NULL when no evidence.';
comment on column commitments.status_as_of is 'Start (DATE) of the meeting the status is measured at: the newest later meeting in the archive of the commitment''s body or of its conference (the RCM for its bodies), e.g. 2019-06-10; NULL when there is none.';
comment on column commitments.assessable is 'True when a later meeting of its body or conference is in the archive, so a report could have recorded it; the denominator of follow_through_rate.';
comment on column commitments.status_reason is 'Why the status, readable, e.g. due 2018-06-30; no later report records it; last checked: 2019-06 meeting.';
comment on column commitments.decided_by is 'Who decided the link and status: rule (follow-up matching) or person (a line of corrections.csv, e.g. from actas review).';
comment on column commitments.agreement_number is 'Number of the agreement as printed (agreements.number), e.g. 2.d.';
comment on column commitments.agreement_text is 'Full text of the agreement (agreements.text).';
comment on column commitments.meeting_date is 'First day of the meeting where it was made (meetings.start_date), e.g. 2017-11-27.';
comment on column commitments.meeting_body_id is 'Body of that meeting (meetings.body_id), e.g. rcgm.';
comment on column commitments.meeting_title is 'Title of that meeting (meetings.title).';
comment on column commitments.source_page is 'Page of the report where the agreement starts (agreements.page), e.g. 3.';
comment on column commitments.source_path is 'Path of the report (documents.path), e.g. /archive/2017/crm-2017.pdf.';

comment on table years is 'Calendar of years from the first to the last meeting in the archive.';
comment on column years.year is 'Calendar year, e.g. 2017.';
comment on column years.start_date is '1 January of the year (DATE), e.g. 2017-01-01.';
comment on column years.end_date is '31 December of the year (DATE), e.g. 2017-12-31.';
comment on column years.meetings is 'Canonical meetings that started in the year, e.g. 4.';

comment on table fact_participation is 'One row per canonical meeting of an RCM body and RCM member country (attended or not), plus every other country that attended a canonical meeting.';
comment on column fact_participation.meeting_id is 'meetings.meeting_id (canonical), e.g. 3fa2c1d09e8b7a61.';
comment on column fact_participation.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';
comment on column fact_participation.year is 'Calendar year of the meeting''s start date, e.g. 2017; NULL when the date is unknown.';
comment on column fact_participation.country_iso3 is 'Country, ISO 3166-1 alpha-3, e.g. MEX.';
comment on column fact_participation.attended is 'True when the country''s delegation took part.';

comment on table fact_agreement_actions is 'One row per clause action of the agreements of canonical meetings.';
comment on column fact_agreement_actions.agreement_id is 'agreements.agreement_id, e.g. 3fa2c1d09e8b7a61-007.';
comment on column fact_agreement_actions.meeting_id is 'meetings.meeting_id (canonical), e.g. 3fa2c1d09e8b7a61.';
comment on column fact_agreement_actions.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';
comment on column fact_agreement_actions.year is 'Calendar year of the meeting''s start date, e.g. 2017; NULL when the date is unknown.';
comment on column fact_agreement_actions.seq is 'Clause number within the agreement, e.g. 1.';
comment on column fact_agreement_actions.action is 'Action: thank, congratulate, take_note, approve, agree, request, recommend, entrust, commit, offer, other or none.';

comment on table fact_mentions is 'One row per country or organisation mentioned in an agreement of a canonical meeting.';
comment on column fact_mentions.agreement_id is 'agreements.agreement_id, e.g. 3fa2c1d09e8b7a61-007.';
comment on column fact_mentions.meeting_id is 'meetings.meeting_id (canonical), e.g. 3fa2c1d09e8b7a61.';
comment on column fact_mentions.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';
comment on column fact_mentions.year is 'Calendar year of the meeting''s start date, e.g. 2017; NULL when the date is unknown.';
comment on column fact_mentions.entity_type is 'Kind of entity: country, organisation or group.';
comment on column fact_mentions.entity_id is 'Entity id: ISO 3166-1 alpha-3 for a country (MEX), organisations.org_id for an organisation (IOM), groups.group_id for a group (member_states).';

comment on table fact_commitments is 'One row per commitment made at a canonical meeting, with its status and when it was fulfilled.';
comment on column fact_commitments.commitment_id is 'Commitment id: <agreement_id>-<n>, n from 1 within the agreement, e.g. 3fa2c1d09e8b7a61-007-1.';
comment on column fact_commitments.meeting_id is 'meetings.meeting_id (canonical) where it was made, e.g. 3fa2c1d09e8b7a61.';
comment on column fact_commitments.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';
comment on column fact_commitments.year is 'Year the commitment was made (its meeting''s start), e.g. 2017.';
comment on column fact_commitments.responsible_type is 'Kind of responsible party: country, organisation or group.';
comment on column fact_commitments.responsible_id is 'Responsible party''s id, e.g. IOM.';
comment on column fact_commitments.due_end is 'Last day by which it is due (DATE), e.g. 2017-12-31; NULL when none.';
comment on column fact_commitments.status is 'fulfilled, overdue or pending.';
comment on column fact_commitments.fulfilled_in_meeting_id is 'Canonical meeting whose report records it done, e.g. 9b1e0c2d3a4f5e6d; NULL unless fulfilled with a link.';
comment on column fact_commitments.days_to_fulfil is 'Days from the meeting that made it to the meeting that records it done, e.g. 180.';
comment on column fact_commitments.status_as_of is 'Start (DATE) of the meeting the status is measured at, e.g. 2019-06-10; NULL when not assessable.';
comment on column fact_commitments.assessable is 'True when a later meeting of its body or conference could record it.';
comment on column fact_commitments.decided_by is 'rule or person (a correction).';

comment on table participation_by_country_year is 'Meetings held and attended per country, year and body; one row per (country_iso3, year, body_id): sum over body_id for all bodies. Sums to fact_participation.';
comment on column participation_by_country_year.country_iso3 is 'Country, ISO 3166-1 alpha-3, e.g. MEX.';
comment on column participation_by_country_year.year is 'Calendar year of the meeting''s start date, e.g. 2017; NULL when the date is unknown.';
comment on column participation_by_country_year.meetings is 'Meetings of the body in the year counted for the country (count of fact_participation rows), e.g. 3.';
comment on column participation_by_country_year.attended is 'Of those, meetings the country attended, e.g. 2.';
comment on column participation_by_country_year.attendance_rate is 'attended / meetings, a fraction from 0 to 1, e.g. 0.67.';
comment on column participation_by_country_year.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';

comment on table agreements_by_action_year is 'Agreements of canonical meetings per primary action (agreements.action), year and body; one row per (year, action, body_id): sum over body_id for all bodies.';
comment on column agreements_by_action_year.year is 'Calendar year of the meeting''s start date, e.g. 2017; NULL when the date is unknown.';
comment on column agreements_by_action_year.action is 'Primary action of the agreements. Action: thank, congratulate, take_note, approve, agree, request, recommend, entrust, commit, offer, other or none.';
comment on column agreements_by_action_year.agreements is 'Number of agreements, e.g. 12.';
comment on column agreements_by_action_year.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';

comment on table mentions_by_organisation_year is 'Agreements of canonical meetings that mention each organisation, per year and body; one row per (org_id, year, body_id): sum over body_id for all bodies.';
comment on column mentions_by_organisation_year.org_id is 'organisations.org_id, e.g. IOM.';
comment on column mentions_by_organisation_year.year is 'Calendar year of the meeting''s start date, e.g. 2017; NULL when the date is unknown.';
comment on column mentions_by_organisation_year.agreements is 'Number of agreements that mention it, e.g. 5.';
comment on column mentions_by_organisation_year.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';

comment on table commitments_by_responsible_year is 'Commitments made per responsible party, year made and body, by status; one row per (responsible_type, responsible_id, year, body_id): sum over body_id for all bodies. Sums to fact_commitments.';
comment on column commitments_by_responsible_year.responsible_type is 'Kind of responsible party: country, organisation or group.';
comment on column commitments_by_responsible_year.responsible_id is 'Responsible party''s id, e.g. IOM.';
comment on column commitments_by_responsible_year.year is 'Year the commitments were made, e.g. 2017.';
comment on column commitments_by_responsible_year.made is 'Commitments made, e.g. 4.';
comment on column commitments_by_responsible_year.fulfilled is 'Of those, fulfilled, e.g. 2.';
comment on column commitments_by_responsible_year.overdue is 'Of those, overdue, e.g. 1.';
comment on column commitments_by_responsible_year.pending is 'Of those, pending, e.g. 1.';
comment on column commitments_by_responsible_year.follow_through_rate is 'fulfilled / assessable, a fraction from 0 to 1, e.g. 0.5; NULL when no commitment is assessable. The one follow-through rate of actas (docs/follow-through.md).';
comment on column commitments_by_responsible_year.assessable is 'Of those made, assessable (a later meeting could record them), e.g. 3.';
comment on column commitments_by_responsible_year.decided_by_person is 'Of those made, whose status a person decided (corrections), e.g. 1.';
comment on column commitments_by_responsible_year.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';

comment on table follow_through_by_year is 'Commitments made per year and body, by status; one row per (year, body_id): sum over body_id for all bodies. Sums to fact_commitments.';
comment on column follow_through_by_year.year is 'Year the commitments were made, e.g. 2017.';
comment on column follow_through_by_year.made is 'Commitments made, e.g. 20.';
comment on column follow_through_by_year.fulfilled is 'Of those, fulfilled, e.g. 12.';
comment on column follow_through_by_year.overdue is 'Of those, overdue, e.g. 5.';
comment on column follow_through_by_year.pending is 'Of those, pending, e.g. 3.';
comment on column follow_through_by_year.follow_through_rate is 'fulfilled / assessable, a fraction from 0 to 1, e.g. 0.5; NULL when no commitment is assessable. The one follow-through rate of actas (docs/follow-through.md).';
comment on column follow_through_by_year.assessable is 'Of those made, assessable (a later meeting could record them), e.g. 3.';
comment on column follow_through_by_year.decided_by_person is 'Of those made, whose status a person decided (corrections), e.g. 1.';
comment on column follow_through_by_year.body_id is 'Body that met (bodies.body_id), e.g. rcgm; NULL when unknown. Filter on it to narrow to one body.';
