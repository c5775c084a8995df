-- fixture.sql fills the tables of schema.sql with eight meetings of realistic
-- content and one PDF copy of a report; meeting e5 plants script in a title,
-- a country label, an organisation name and an agreement text. 2017 mixes
-- conferences: a Bali Process meeting and two RCM meetings, one untitled
-- that Guatemala missed; 2004 holds only a South American Conference meeting.
INSERT INTO countries VALUES
 ('BLZ','Belize','Belice',true),('CAN','Canada','Canadá',true),('CRI','Costa Rica','Costa Rica',true),
 ('SLV','El Salvador','El Salvador',true),('USA','United States of America','Estados Unidos de América',true),
 ('GTM','Guatemala','Guatemala',true),('HND','Honduras','Honduras',true),('MEX','Mexico','México',true),
 ('NIC','Nicaragua','Nicaragua',true),('PAN','Panama','Panamá',true),('DOM','Dominican Republic','República Dominicana',true),
 ('COL','Colombia','Colombia',false),('BOL','Bolivia','Bolivia',false),('THA','Thailand','Tailandia',false),
 ('AUS','Australia','Australia',false),
 ('ZZX','</script><img src=x onerror="window.__pwned=2">','</script>',false);
INSERT INTO organisations VALUES
 ('IOM','IOM','OIM','International Organization for Migration','Organización Internacional para las Migraciones','intergovernmental'),
 ('UNODC','UNODC','UNODC','United Nations Office on Drugs and Crime','Oficina de las Naciones Unidas contra la Droga y el Delito','un_agency'),
 ('UNHCR','UNHCR','ACNUR','Office of the United Nations High Commissioner for Refugees','ACNUR','un_agency'),
 ('UNICEF',NULL,NULL,'United Nations Children''s Fund','Fondo de las Naciones Unidas para la Infancia','un_agency'),
 ('TS','TS','ST','Technical Secretariat of the RCM','Secretaría Técnica de la CRM','rcm_body'),
 ('RNCOM','RNCOM','RROCM','Regional Network of Civil Organizations for Migration','Red Regional de Organizaciones Civiles para las Migraciones','civil_society'),
 ('EVIL',NULL,NULL,'__f__function(){window.__pwned=3}__f__','__f__','other'),
 ('RCM','RCM','CRM','Regional Conference on Migration','Conferencia Regional sobre Migración','rcm_body'),
 ('CSM','SACM','CSM','South American Conference on Migration','Conferencia Sudamericana sobre Migraciones','process'),
 ('BALI','Bali Process','Proceso de Bali','Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime','Proceso de Bali','process');
INSERT INTO bodies VALUES
 ('vmm','Vice-Ministerial Meeting','Reunión Viceministerial','RCM','ministerial',true),
 ('rcgm','Regional Consultation Group on Migration','Grupo Regional de Consulta sobre Migración','RCGM','technical',true),
 ('lon_tip','Liaison Officer Network to Combat Trafficking in Persons and Migrant Smuggling','Red de Funcionarios de Enlace para el Combate a la Trata de Personas y el Tráfico Ilícito de Migrantes','RLTP','network',true),
 ('lon_cp','Liaison Officer Network for Consular Protection','Red de Funcionarios de Enlace de Protección Consular','RLCP','network',true),
 ('csm','South American Conference on Migration','Conferencia Sudamericana sobre Migraciones','CSM','ministerial',false),
 ('bali_tfpp','Bali Process Task Force on Planning and Preparedness','Grupo de Trabajo del Proceso de Bali sobre Planificación y Preparación','BALI','working_group',false);

INSERT INTO meetings VALUES
 ('a1b2c3d4e5f60001','a1b2c3d4e5f60001','vmm','Vice-Ministerial Meeting','VII Conferencia Regional sobre Migración',
  'VII Conferencia Regional sobre Migración: Comunicado Conjunto','2002-05-29','2002-05-31',2002,'Antigua Guatemala','GTM','es'),
 ('a1b2c3d4e5f60002','a1b2c3d4e5f60002','rcgm','Regional Consultation Group on Migration','Regional Consultation Group on Migration',
  'Meeting of the Regional Consultation Group on Migration','2003-12-04','2003-12-05',2003,'San Salvador','SLV','en'),
 ('a1b2c3d4e5f60003','a1b2c3d4e5f60003','lon_tip','Liaison Officer Network to Combat Trafficking in Persons and Migrant Smuggling',
  'Liaison Officer Network to Combat Trafficking in Persons and Migrant Smuggling',
  'Report of the meeting of the Liaison Officer Network to Combat Trafficking in Persons and Migrant Smuggling','2015-06-15','2015-06-15',2015,'Guatemala City','GTM','en'),
 ('a1b2c3d4e5f60004','a1b2c3d4e5f60004','lon_tip','Liaison Officer Network to Combat Trafficking in Persons and Migrant Smuggling',
  'Liaison Officer Network to Combat Trafficking in Persons and Migrant Smuggling',
  'Report of the meeting of the Liaison Officer Network (second semester)','2015-11-09','2015-11-10',2015,'Tegucigalpa','HND','en'),
 ('a1b2c3d4e5f600e5','a1b2c3d4e5f600e5','lon_cp','Liaison Officer Network for Consular Protection',
  'Red de Funcionarios de Enlace de Protección Consular',
  '<script>window.__pwned=1</script>Reunión de la Red __f__function(){window.__pwned=4}__f__','2017-11-27','2017-11-28',2017,'Panamá','PAN','es'),
 ('a1b2c3d4e5f60006','a1b2c3d4e5f60006','bali_tfpp','Bali Process Task Force on Planning and Preparedness',
  'Bali Process Task Force on Planning and Preparedness','Co-Chairs'' Statement of the Task Force on Planning and Preparedness',
  '2017-01-20','2017-01-20',2017,'Bangkok','THA','en'),
 ('a1b2c3d4e5f60007','a1b2c3d4e5f60007','vmm','Vice-Ministerial Meeting','Reunión Viceministerial','',
  '2017-06-20','2017-06-21',2017,'San José','CRI','es'),
 ('a1b2c3d4e5f60008','a1b2c3d4e5f60008','csm','South American Conference on Migration','Conferencia Sudamericana sobre Migraciones',
  'V Conferencia Sudamericana sobre Migraciones','2004-11-25','2004-11-26',2004,'La Paz','BOL','es');

INSERT INTO meeting_participants
 SELECT 'a1b2c3d4e5f60001', 'country', unnest(['BLZ','CAN','CRI','SLV','USA','GTM','HND','MEX','NIC','PAN','DOM']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60002', 'country', unnest(['CAN','CRI','SLV','USA','GTM','HND','MEX','NIC']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60003', 'country', unnest(['BLZ','CAN','CRI','SLV','USA','GTM','HND','MEX','PAN','DOM']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60004', 'country', unnest(['CRI','SLV','GTM','HND','MEX','PAN','COL']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f600e5', 'country', unnest(['CRI','GTM','MEX','PAN','ZZX']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60003', 'organisation', unnest(['IOM','UNODC','UNHCR','UNICEF','TS','RNCOM']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f600e5', 'organisation', unnest(['IOM','EVIL']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60006', 'country', unnest(['THA','AUS']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60007', 'country', unnest(['BLZ','CAN','CRI','SLV','USA','HND','MEX','NIC','PAN','DOM']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60007', 'organisation', unnest(['IOM','UNHCR']), NULL
 UNION ALL SELECT 'a1b2c3d4e5f60008', 'country', unnest(['BOL','COL']), NULL;

INSERT INTO agreements (agreement_id, meeting_id, seq, number, parent_number, action, text, page) VALUES
 ('a1b2c3d4e5f60001-001','a1b2c3d4e5f60001',1,'1','','thank','Agradecer al Gobierno de Guatemala por la hospitalidad brindada a las delegaciones.',1),
 ('a1b2c3d4e5f60001-002','a1b2c3d4e5f60001',2,'2','','approve','Aprobar el Plan de Acción de la Conferencia Regional sobre Migración para el período 2002–2003.',1),
 ('a1b2c3d4e5f60001-003','a1b2c3d4e5f60001',3,'3','','request','Solicitar a la OIM que continúe brindando apoyo a la Secretaría Técnica.',1),
 ('a1b2c3d4e5f60002-001','a1b2c3d4e5f60002',1,'1','','take_note','To take note of the report of the Technical Secretariat on the Virtual Secretariat.',1),
 ('a1b2c3d4e5f60002-002','a1b2c3d4e5f60002',2,'2','','recommend','To recommend to the Vice-Ministers the adoption of the regional guidelines on the return of migrants.',1),
 ('a1b2c3d4e5f60003-001','a1b2c3d4e5f60003',1,'1','','thank','To thank the Government of Guatemala for hosting the meeting and for the courtesies extended to all delegations.',1),
 ('a1b2c3d4e5f60003-002','a1b2c3d4e5f60003',2,'3','','none','With respect to the Directory of Liaison Officers of the Network:',1),
 ('a1b2c3d4e5f60003-003','a1b2c3d4e5f60003',3,'3.a','3','take_note','To take note of the draft Directory presented by the TS, which still lacks the contact details of two Member Countries.',1),
 ('a1b2c3d4e5f60003-004','a1b2c3d4e5f60003',4,'3.b','3','commit','The TS will send the updated Directory to all the liaison officers before the end of August 2015.',1),
 ('a1b2c3d4e5f60003-005','a1b2c3d4e5f60003',5,'4','','commit','UNODC undertakes to deliver the final version of the study on migrant smuggling to the liaison officers no later than October 31, 2015.',1),
 ('a1b2c3d4e5f60003-006','a1b2c3d4e5f60003',6,'5','','request','To request the Member Countries to send to the TS, before September 30, 2015, their national statistics on victims of trafficking.',1),
 ('a1b2c3d4e5f60003-007','a1b2c3d4e5f60003',7,'6','','commit','IOM will organize a regional workshop on the investigation of migrant smuggling cases during the second half of 2015.',1),
 ('a1b2c3d4e5f60004-001','a1b2c3d4e5f60004',1,'1','','thank','To thank the Government of Honduras for hosting the meeting.',1),
 ('a1b2c3d4e5f60004-002','a1b2c3d4e5f60004',2,'2','','take_note','To take note of the updated Directory of Liaison Officers sent by the TS in August 2015.',1),
 ('a1b2c3d4e5f60004-003','a1b2c3d4e5f60004',3,'3','','thank','To thank UNODC for delivering the final version of the study on migrant smuggling.',1),
 ('a1b2c3d4e5f600e5-001','a1b2c3d4e5f600e5',1,'1','','thank','Agradecer a Panamá y a la OIM <script>window.__pwned=5</script></script><img src=x onerror="window.__pwned=6"> __f__function(){window.__pwned=7}__f__',1),
 ('a1b2c3d4e5f600e5-002','a1b2c3d4e5f600e5',2,'2','','entrust','Encomendar a la Secretaría Técnica la actualización del directorio de protección consular antes de la próxima reunión.',1),
 ('a1b2c3d4e5f60006-001','a1b2c3d4e5f60006',1,'1','','agree','To agree on a regional plan of action on the disembarkation of irregular maritime arrivals.',1),
 ('a1b2c3d4e5f60007-001','a1b2c3d4e5f60007',1,'1','','congratulate','Felicitar al Gobierno de Costa Rica por la organización de la reunión.',1),
 ('a1b2c3d4e5f60007-002','a1b2c3d4e5f60007',2,'2','','offer','México ofrece acoger con beneplácito el taller regional sobre refugiados en el segundo semestre de 2017.',1),
 ('a1b2c3d4e5f60008-001','a1b2c3d4e5f60008',1,'1','','approve','Aprobar el Plan Sudamericano de Desarrollo Humano de las Migraciones.',1);

INSERT INTO agreement_actions
 SELECT agreement_id, 1, action, NULL, text FROM agreements WHERE action <> 'none'
 UNION ALL SELECT 'a1b2c3d4e5f60003-001', 2, 'other', 'reaffirm', 'reaffirm';

INSERT INTO agreement_mentions VALUES
 ('a1b2c3d4e5f60001-001','country','GTM','Guatemala'),('a1b2c3d4e5f60001-003','organisation','IOM','OIM'),
 ('a1b2c3d4e5f60001-003','organisation','TS','Secretaría Técnica'),('a1b2c3d4e5f60002-001','organisation','TS','Technical Secretariat'),
 ('a1b2c3d4e5f60003-001','country','GTM','Guatemala'),('a1b2c3d4e5f60003-003','organisation','TS','TS'),
 ('a1b2c3d4e5f60003-004','organisation','TS','TS'),('a1b2c3d4e5f60003-005','organisation','UNODC','UNODC'),
 ('a1b2c3d4e5f60003-006','organisation','TS','TS'),('a1b2c3d4e5f60003-007','organisation','IOM','IOM'),
 ('a1b2c3d4e5f60004-001','country','HND','Honduras'),('a1b2c3d4e5f60004-002','organisation','TS','TS'),
 ('a1b2c3d4e5f60004-003','organisation','UNODC','UNODC'),('a1b2c3d4e5f600e5-001','country','PAN','Panamá'),
 ('a1b2c3d4e5f600e5-001','country','ZZX','<script>'),('a1b2c3d4e5f600e5-001','organisation','EVIL','__f__'),
 ('a1b2c3d4e5f600e5-002','organisation','TS','Secretaría Técnica');

INSERT INTO commitments VALUES
 ('a1b2c3d4e5f60001-003-1','a1b2c3d4e5f60001-003','a1b2c3d4e5f60001',1,'request','organisation','IOM',NULL,NULL,NULL,'overdue',NULL),
 ('a1b2c3d4e5f60002-002-1','a1b2c3d4e5f60002-002','a1b2c3d4e5f60002',1,'recommend','group','member_states',NULL,NULL,NULL,'overdue',NULL),
 ('a1b2c3d4e5f60003-004-1','a1b2c3d4e5f60003-004','a1b2c3d4e5f60003',1,'commit','organisation','TS','before the end of August 2015','2015-06-15','2015-08-31','fulfilled','a1b2c3d4e5f60004-002'),
 ('a1b2c3d4e5f60003-005-1','a1b2c3d4e5f60003-005','a1b2c3d4e5f60003',1,'commit','organisation','UNODC','no later than October 31, 2015','2015-06-15','2015-10-31','fulfilled','a1b2c3d4e5f60004-003'),
 ('a1b2c3d4e5f60003-006-1','a1b2c3d4e5f60003-006','a1b2c3d4e5f60003',1,'request','group','member_states','before September 30, 2015','2015-06-15','2015-09-30','overdue',NULL),
 ('a1b2c3d4e5f60003-007-1','a1b2c3d4e5f60003-007','a1b2c3d4e5f60003',1,'commit','organisation','IOM','during the second half of 2015','2015-07-01','2015-12-31','overdue',NULL),
 ('a1b2c3d4e5f600e5-001-1','a1b2c3d4e5f600e5-001','a1b2c3d4e5f600e5',1,'request','country','ZZX',NULL,NULL,NULL,'pending',NULL),
 ('a1b2c3d4e5f600e5-001-2','a1b2c3d4e5f600e5-001','a1b2c3d4e5f600e5',1,'request','organisation','EVIL',NULL,NULL,NULL,'pending',NULL),
 ('a1b2c3d4e5f600e5-002-1','a1b2c3d4e5f600e5-002','a1b2c3d4e5f600e5',1,'entrust','organisation','TS','antes de la próxima reunión',NULL,NULL,'pending',NULL),
 ('a1b2c3d4e5f60007-002-1','a1b2c3d4e5f60007-002','a1b2c3d4e5f60007',1,'offer','country','MEX','en el segundo semestre de 2017','2017-07-01','2017-12-31','pending',NULL);

INSERT INTO commitment_followups SELECT commitment_id, status, fulfilled_by_agreement_id,
  CASE WHEN fulfilled_by_agreement_id IS NOT NULL THEN 'later agreement records it: <b>"' || fulfilled_by_agreement_id || '"</b>' END,
  CASE WHEN fulfilled_by_agreement_id IS NOT NULL THEN 0.9 END, NULL FROM commitments;

-- One page per report: a heading and the agreements as printed, so the
-- agreements' byte offsets point into real page text.
INSERT INTO documents SELECT meeting_id, 'reports/' || meeting_id || '.txt', meeting_id || '.txt', meeting_id || '000000000000000000000000000000000000000000000000',
  'txt', 1, language, TIMESTAMP '2026-01-01 00:00:00', false, '' FROM meetings;
INSERT INTO document_pages SELECT m.meeting_id, 1,
  upper(m.body_as_written) || chr(10) || m.city || chr(10) || chr(10) ||
  string_agg(a.number || '. ' || a.text, chr(10) ORDER BY a.seq), 'text'
  FROM meetings m JOIN agreements a USING (meeting_id) GROUP BY m.meeting_id, m.body_as_written, m.city;
UPDATE agreements a SET char_start = strlen(left(p.text, strpos(p.text, a.text) - 1)),
  char_end = strlen(left(p.text, strpos(p.text, a.text) - 1)) + strlen(a.text)
  FROM document_pages p WHERE p.document_id = a.meeting_id AND p.page = a.page;

-- A PDF copy of the 2015-06 network report, two real pages (agreements 1 to
-- 3.b on the first, 4 to 6 on the second); the text copy stays canonical.
ALTER TABLE meetings ADD COLUMN canonical_meeting_id VARCHAR;
INSERT INTO meetings SELECT 'a1b2c3d4e5f6f003', 'a1b2c3d4e5f6f003', body_id, body_en, body_as_written, title, start_date,
  end_date, year, city, country_iso3, language, 'a1b2c3d4e5f60003' FROM meetings WHERE meeting_id = 'a1b2c3d4e5f60003';
INSERT INTO agreements SELECT 'a1b2c3d4e5f6f003' || substr(agreement_id, 17), 'a1b2c3d4e5f6f003', seq, number, parent_number,
  action, text, CASE WHEN seq <= 4 THEN 1 ELSE 2 END, NULL, NULL FROM agreements WHERE meeting_id = 'a1b2c3d4e5f60003';
INSERT INTO documents VALUES ('a1b2c3d4e5f6f003', 'reports/a1b2c3d4e5f6f003.pdf', 'rcm-trafficking-network-2015-06.en.pdf',
  'a1b2c3d4e5f6f003000000000000000000000000000000000000000000000000', 'pdf', 2, 'en', TIMESTAMP '2026-01-01 00:00:00', false, '');
INSERT INTO document_pages SELECT 'a1b2c3d4e5f6f003', a.page,
  CASE WHEN a.page = 1 THEN 'REPORT OF THE MEETING' || chr(10) || chr(10) ELSE 'Page ' || a.page || chr(10) || chr(10) END ||
  string_agg(a.number || '. ' || a.text, chr(10) ORDER BY a.seq), 'pdf'
  FROM agreements a WHERE a.meeting_id = 'a1b2c3d4e5f6f003' GROUP BY a.page;
UPDATE agreements a SET char_start = strlen(left(p.text, strpos(p.text, a.text) - 1)),
  char_end = strlen(left(p.text, strpos(p.text, a.text) - 1)) + strlen(a.text)
  FROM document_pages p WHERE p.document_id = a.meeting_id AND p.page = a.page AND a.meeting_id = 'a1b2c3d4e5f6f003';

-- Extraction verdicts: the South American report lacks an operative part.
ALTER TABLE documents ADD COLUMN verdict VARCHAR;
UPDATE documents SET verdict = CASE document_id WHEN 'a1b2c3d4e5f60008' THEN 'no_operative_part' ELSE 'ok' END;
