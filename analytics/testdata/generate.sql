-- generate.sql fills the tables of schema.sql with getvariable('n') synthetic
-- meetings for the benchmark: 11 members attending most meetings, 8
-- agreements each, two commitments per meeting. Reference rows come from
-- fixture.sql's first statements, loaded before this file.
DELETE FROM meeting_participants; DELETE FROM agreement_actions; DELETE FROM agreement_mentions;
DELETE FROM commitments; DELETE FROM commitment_followups; DELETE FROM document_pages; DELETE FROM documents;
DELETE FROM agreements; DELETE FROM meetings;
INSERT INTO meetings (meeting_id, document_id, body_id, body_en, body_as_written, title, start_date, end_date, year, city,
  country_iso3, language) SELECT printf('%016x', i), printf('%016x', i),
  (['vmm','rcgm','lon_tip','lon_cp'])[1 + i % 4], 'Body', 'Body', 'Synthetic meeting ' || i,
  DATE '1996-01-01' + INTERVAL (i * 3) DAY, DATE '1996-01-02' + INTERVAL (i * 3) DAY, NULL,
  'City ' || (i % 50), (['GTM','MEX','SLV','HND','CRI','PAN'])[1 + i % 6], (['es','en'])[1 + i % 2]
  FROM range(getvariable('n')) t(i);
UPDATE meetings SET year = year(start_date);
INSERT INTO meeting_participants SELECT m.meeting_id, 'country', c.iso3, NULL
  FROM meetings m, countries c WHERE c.rcm_member AND hash(m.meeting_id || c.iso3) % 10 < 8;
INSERT INTO agreements SELECT m.meeting_id || printf('-%03d', s), m.meeting_id, s, s::VARCHAR, '',
  (['thank','take_note','approve','agree','request','recommend','entrust','commit'])[s],
  'Synthetic agreement ' || s || ' of meeting ' || m.meeting_id, 1, 0, 10
  FROM meetings m, range(1, 9) t(s);
INSERT INTO agreement_actions SELECT agreement_id, 1, action, NULL, text FROM agreements;
INSERT INTO agreement_mentions SELECT agreement_id, 'organisation', (['IOM','UNODC','TS'])[1 + seq % 3], NULL FROM agreements;
INSERT INTO commitments SELECT agreement_id || '-1', agreement_id, meeting_id, 1, action, 'organisation',
  (['IOM','UNODC','TS'])[1 + seq % 3], NULL, NULL, NULL, (['fulfilled','overdue','pending'])[1 + (hash(agreement_id) % 3)::BIGINT], NULL
  FROM agreements WHERE seq IN (5, 8);
INSERT INTO commitment_followups SELECT commitment_id, status, NULL, NULL, NULL, NULL FROM commitments;
INSERT INTO documents (document_id, path, file_name, sha256, format, pages, language, ingested_at, uncertain, warnings)
  SELECT meeting_id, 'x', 'x.txt', meeting_id, 'txt', 1, language, now(), false, '' FROM meetings;
INSERT INTO document_pages SELECT meeting_id, 1, 'Synthetic page text of meeting ' || meeting_id, 'text' FROM meetings;
