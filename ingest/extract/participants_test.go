package extract

import (
	"strings"
	"testing"

	"actas"
)

// TestParticipants checks the participation cues, observers and excused
// countries of a header.
func TestParticipants(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"estuvieron representados", "Estuvieron representados en la reunión Costa Rica, El Salvador y Panamá.", "CRI SLV PAN"},
		{"se reunieron los funcionarios de", "En la Ciudad de Guatemala se reunieron los funcionarios de enlace de Belice, Honduras y México.", "GTM BLZ HND MEX"},
		{"met", "The officials of Belize, Canada and Mexico met in Ottawa.", "BLZ CAN MEX"},
		{"representatives responsible for ... of", "The Ministers and high-level representatives responsible for migration matters of Albania, Austria and the Czech Republic, meeting in Prague on 14 and 15 October 1997;", "ALB AUT CZE"},
		{"delegations narrate", "Delegations expressed concern over the situation of Venezuelan migrants in Colombia and Peru.", ""},
		{"observers participate", "The delegations of Bolivia and Peru took part. Chile and Argentina participated as observers.", "BOL PER CHL ARG"},
		{"a list a page cut after a comma", "BUDAPEST PROCESS\n\nWORKING GROUP ON THE SILK ROUTES\n\nEIGHTH MEETING\n\nAnkara, 3 May 2016\n\nCONCLUSIONS\n\nThe meeting was held in Ankara on 3 May 2016.\n\nDelegations from the following States took part: Afghanistan, Bangladesh,\n\nPage 1\n\fSILK ROUTES WORKING GROUP | ANKARA |\n\nBulgaria, Hungary and Iraq.\n\nThe meeting discussed the situation.\n\nPage 2\n\fSILK ROUTES WORKING GROUP | ANKARA |\n\nThe meeting closed.", "AFG BGD BGR HUN IRQ"},
		{"a list a page cut after a word", "MIGRATION DIALOGUE FOR SOUTHERN AFRICA\n\nTECHNICAL MEETING ON LABOUR MIGRATION\n\nWindhoek, 8 November 2005\n\nREPORT\n\nThe meeting was opened by the Permanent Secretary.\n\nSenior officials from the following countries took part: Angola, Botswana, Zambia\n\nPage 1\n\fMIGRATION DIALOGUE FOR SOUTHERN AFRICA\n\nand Zimbabwe. Seychelles sent apologies.\n\nThe meeting discussed labour migration.\n\nPage 2\n\fMIGRATION DIALOGUE FOR SOUTHERN AFRICA\n\nThe meeting closed.", "AGO BWA ZMB ZWE"},
		{"excused countries a page cut", "CONFERENCIA SURAMERICANA SOBRE MIGRACIONES\n\nXI REUNIÓN\n\nBrasilia, 20 de octubre de 2011\n\nDECLARACIÓN\n\nLa reunión fue inaugurada por el Ministro.\n\nParticiparon Argentina, Brasil y Chile. Los Gobiernos de la República Cooperativa de Guyana y de\n\nPage 1\n\fCONFERENCIA SURAMERICANA SOBRE MIGRACIONES\n\nla República de Suriname excusaron su asistencia.\n\nSe debatió la agenda.\n\nPage 2\n\fCONFERENCIA SURAMERICANA SOBRE MIGRACIONES\n\nSe levantó la sesión.", "ARG BRA CHL"},
		{"observers named after an aside", "Los Viceministros de Belice y Canadá se reunieron en Santo Domingo.\n\nCon la presencia, en calidad de Países Observadores, de Argentina, Colombia y Perú, y de los Organismos Observadores.", "BLZ CAN ARG COL PER"},
		{"members represented label", "ANNEX A - ATTENDANCE\n\nMembers represented: Australia, Fiji and Viet Nam.\n\nApologies: Nauru.", "AUS FJI VNM"},
		{"participation cue cut after its article", "La reunión se celebró en San José bajo la Presidencia Pro Tempore de Costa Rica. Asistieron las\ndelegaciones que se indican en el cuadro siguiente:\n\nPaís Delegación\n-----------\nBelice Sr. Kenrick Arnold, Departamento de Inmigración\nCanadá Sra. Julie Chartrand, Ciudadanía e Inmigración\nCanadá México Mtra. Ana Ávila, Instituto Nacional de\nMigración\n\nLa delegación de Panamá excusó su asistencia.", "BLZ CAN MEX"},
		{"no enviaron delegados", "Estuvieron presentes las siguientes delegaciones:\n\nCanadá: Departamento de Asuntos Exteriores.\nMéxico: Secretaría de Relaciones Exteriores.\n\nBelice y Panamá no enviaron delegados a esta reunión.", "CAN MEX"},
		{"dash entries country: institutions", "Participaron en la Conferencia las siguientes delegaciones:\n\n- Argentina: Dirección Nacional de Migraciones y Ministerio de Relaciones Exteriores.\n- Bolivia: Ministerio de Relaciones Exteriores y Dirección General de Migración.\n- Brasil: Ministerio de Justicia.\n\nGuyana excusó su asistencia.", "ARG BOL BRA"},
		{"excused in its table row", "Las delegaciones acreditadas fueron las siguientes:\n\n   PAÍS            DELEGADOS\n   Nicaragua       (no asistió)\n   Panamá          Ana B. Ríos\n   Perú            Luis M. Soto\n", "PAN PER"},
		{"excused between members and observers", "Los Viceministros de Belice, Canadá y Panamá, reunidos en Managua, con la excusa justificada de la República de Costa Rica, y con la presencia de las delegaciones observadoras de Colombia y el Perú;", "BLZ CAN PAN COL PER"},
		{"joined by videoconference", "Asistieron funcionarios de Canadá y México. La delegación de Belice se incorporó por videoconferencia durante la tarde.", "CAN MEX BLZ"},
		{"delegations connected online", "Delegations attending in person:\n   Costa Rica and Panama.\n\nDelegations connected online:\n   Canada and El Salvador.", "CRI PAN CAN SLV"},
		{"apologies in an aside", "The meeting was held with the participation of delegations from Belize, Canada, Mexico (with apologies from Nicaragua and Panama, which were unable to attend), the Dominican Republic and the United States of America.", "BLZ CAN MEX DOM USA"},
		{"excused, then those of others online", "Los Viceministros, reunidos en Managua los de Belice y México, con la excusa de Panamá, y los de Canadá conectados por videoconferencia;", "BLZ MEX CAN"},
		{"taking part were", "Taking part were: for Belize, Mr. A. Flowers, Director; for Canada, Ms. S. White, Deputy Director; and for Mexico, Mr. J. Castro.", "BLZ CAN MEX"},
		{"excused after cue", "Participaron Costa Rica y Guatemala. Se excusaron las delegaciones de Belice y República Dominicana.", "CRI GTM"},
		{"excused before cue", "The delegations of Bolivia and Peru took part in the meeting. Venezuela was excused.", "BOL PER"},
		{"excused in the participation sentence", "Participaron todos los Países Miembros de la CRM, con excepción de Belice.", "CAN CRI DOM GTM HND MEX NIC PAN SLV USA"},
		{"label with its adjective", "Países Miembros presentes: Canadá, Costa Rica y Honduras.\n\nAusentes con excusa: Belice y Nicaragua.", "CAN CRI HND"},
		{"member states present", "Member States present: Belize, Canada and Mexico.", "BLZ CAN MEX"},
		{"excused before the list's colon", "Participaron todos los Países Miembros de la CRM, con excepción de Belice: Canadá, Costa Rica, Honduras y México.", "CAN CRI HND MEX"},
		{"por country paragraphs", "ASISTENCIA\n\nPor Honduras asistió la licenciada Ana Reyes, de la Dirección de Migración.\n\nPor Panamá, el señor Luis Ortega, del Servicio Nacional de Migración.\n\nPor la República Dominicana, la doctora Carmen Díaz.\n\nEl Salvador excusó su asistencia.", "HND PAN DOM"},
		{"for country lines", "The following attended.\n\nFor Belize: Mr. Carl Young, Immigration Department.\n\nFor Mexico: Ms. Rosa Vidal, Ministry of Foreign Affairs.", "BLZ MEX"},
		{"apologies", "Colombia attended as an observer. The delegation of Jamaica sent its apologies.", "COL"},
		{"label es", "Países Miembros: Belice, Costa Rica y Panamá.\n\nObservadores: Argentina y Colombia.", "BLZ CRI PAN ARG COL"},
		{"label list on next lines", "Participants:\nArmenia, Georgia,\nSlova-\nkia and Turkey.", "ARM GEO SVK TUR"},
		{"label member states", "Member States: Hun-\ngary, Poland. Kazakhstan sent its apologies.", "HUN POL"},
		{"columns under a colon", "The following delegations were present:\n\n   Belize          Guatemala       Panama\n   Canada          Honduras\n   Costa Rica      Mexico\n\nNicaragua sent its regrets.", "BLZ GTM PAN CAN HND CRI MEX"},
		{"unable to attend after a list", "The following Member Countries participated:\n\n    Canada\n    Mexico\n\nBelize informed the Presidency Pro Tempore that it would be unable to attend.", "CAN MEX"},
		{"columns re-wrapped into text", "The following delegations were present:\n\nBelize El Salvador Nicaragua Canada Guatemala United\nStates Costa Rica Honduras Dominican Republic Mexico\n\nPanama sent its regrets.", "BLZ SLV NIC CAN GTM USA CRI HND DOM MEX"},
		{"excused after a list whose breaks were lost", "The following Member Countries took part: Canada Costa Rica Mexico Panama Belize informed the Presidency Pro Tempore that it would be unable to attend.", "CAN CRI MEX PAN"},
		{"excused subjects joined by and", "Participaron Costa Rica, Guatemala y México. El Salvador y Panamá enviaron sus disculpas.", "CRI GTM MEX"},
		{"justificó su ausencia", "Participaron Costa Rica y Panamá. Honduras justificó su ausencia.", "CRI PAN"},
		{"delegations headed, the next ones elliptic", "LA DELEGACIÓN DE BELICE ESTUVO PRESIDIDA POR EL DIRECTOR DE INMIGRACIÓN; LA DE CANADÁ, POR EL SUBMINISTRO ADJUNTO; LA DE MÉXICO, POR EL SUBSECRETARIO DE POBLACIÓN, Y LA DE PANAMÁ, POR EL VICEMINISTRO DE GOBIERNO.", "BLZ CAN MEX PAN"},
		{"headed by, that of", "The delegation of Kenya was headed by the Principal Secretary for Immigration; that of Uganda, by the Commissioner for Citizenship; and that of Somalia, by the Director of Immigration.", "KEN UGA SOM"},
		{"represented by, the next ones by country alone", "Belice estuvo representado por su Ministerio de Relaciones Exteriores; Canadá, por la Sección Consular de su Embajada; los Estados Unidos de América, por el Departamento de Estado; Honduras, por\nla Dirección de Protección; y la República Dominicana, por el Viceministerio de Asuntos Consulares.", "BLZ CAN USA HND DOM"},
		{"represented by, the next ones by country with no comma", "Belize was represented by the Ministry of Immigration. Canada was represented by its High Commission; Costa Rica by the Dirección General de Migración; and the Dominican Republic by the Dirección General de Migración.", "BLZ CAN CRI DOM"},
		{"no label", "Countries of origin such as Mexico and Guatemala face new challenges.", ""},
		{"bullets after a blank line", "The following participating States were represented:\n\n* Albania\n* Austria\n* Georgia\n* Turkey", "ALB AUT GEO TUR"},
		{"pipe table with long rows", "Participaron las siguientes delegaciones:\n\nPaís | Delegado | Cargo\nBelice | Sr. John Martínez | Oficial\nHonduras | Lic. María Fernanda López | Directora General de Migración y Extranjería del Instituto Nacional de Migración\nPanamá | Lic. Rosa Castillo | Directora", "BLZ HND PAN"},
		{"attendance heading over a status table", "Attendance\n\nCountry | Representative | Status\nEgypt | Mr. Ahmed Hassan | present\nEritrea | - | excused\nKenya | Mr. John Otieno | absent\nSudan | Mr. Omar Ali | present", "EGY SDN"},
		{"numbered heading over dashes, no blank line", "2. Delegaciones participantes\n- Guatemala\n- El Salvador\n- Honduras\n\n3. Desarrollo de la reunión", "GTM SLV HND"},
		{"dotted leaders before ministries, wrapped", "Asistieron a la reunión las siguientes delegaciones:\n\n   Belice ................. Departamento de Inmigración\n   Canadá (PPT) ........... Asuntos Exteriores Canadá;\n                            Ciudadanía e Inmigración\n   Costa Rica ............. Dirección General de Migración\n   República Dominicana ... Dirección General de Migración\n\nLa delegación de Nicaragua se excusó.", "BLZ CAN CRI DOM"},
		{"dotted leaders, line breaks lost, apologies after", "DELEGACIONES ASISTENTES Asistieron a la reunión las siguientes delegaciones: Belice ........ Departamento de Inmigración Canadá (PPT) ...... Ciudadanía e Inmigración; Asuntos Exteriores Costa Rica ...... Dirección General de Migración El Salvador ....... Ministerio de Relaciones Exteriores; Dirección General de Migración México ..... Secretaría de Relaciones Exteriores; Instituto Nacional de Migración Panamá ...... Dirección Nacional de Migración La delegación de Nicaragua se excusó de participar.", "BLZ CAN CRI SLV MEX PAN"},
		{"dotted leaders, names wrapped under a hanging indent", "The liaison officers listed below took part:\n\n  Belize ......... Ms. Ann Lee, Council against\n                   Trafficking in Persons\n  Honduras ....... Mr. Luis Paz, National Commission\n  Mexico ......... Ms. Eva Ruiz, Migration Institute", "BLZ HND MEX"},
		{"dotted leaders run together by a re-wrap", "The liaison officers listed below took part:\n\nBelize ............ Ms. Ann Lee, Council against Trafficking\nin Persons Canada ............ Mr. Paul Roy, Immigration\nCanada Honduras ...... Mr. Luis Paz, National Commission\n\nThe Network agreed to meet again.", "BLZ CAN HND"},
		{"a pipe table whose rows a re-wrap ran together, one excused", "The meeting brought together officials of the following Member States:\n\n| Member State | Institution | Status |\n|------|------|------|\n| Djibouti | Ministry of Interior | present | | Eritrea |\n- | apologies | | Ethiopia | Ministry of Labour\n| present | | Kenya | State Department | present |", "DJI ETH KEN"},
		{"a list ends at an agenda's colon", "La agenda aprobada fue la siguiente:\n\nPunto 1. Apertura.\nPunto 2. Informe. Costa Rica señaló que los flujos llegan a través de Ecuador.", ""},
		{"no envió delegación", "Participaron Belice, Costa Rica y Panamá. Nicaragua no envió delegación a esta reunión.", "BLZ CRI PAN"},
		{"heading with a word after the label", "Member States present\n\nBelize      Canada      Mexico\n\nObservers present\n\nArgentina   Colombia", "BLZ CAN MEX ARG COL"},
		{"migrants from, after the participants", "Participaron Belice, Costa Rica y México. Las delegaciones describieron los flujos de migrantes provenientes de Haití, Cuba y la India.", "BLZ CRI MEX"},
		{"delegation noun as narrative subject", "Participaron Belice y México. Delegations described the humanitarian situation in Venezuela and Nicaragua.", "BLZ MEX"},
		{"excused coordinated with of", "Participaron Belice y México. Las delegaciones de Canadá y de Nicaragua se excusaron de participar.", "BLZ MEX"},
		{"no accredited representatives", "Se reunieron los funcionarios de enlace de Canadá, Costa Rica y Panamá. Las delegaciones de Belice y Nicaragua no acreditaron representantes para esta reunión.", "CAN CRI PAN"},
		{"represented at the meeting were", "Members represented at the meeting were Bangladesh, Cambodia and Fiji, in addition to the Co-Chairs. Nepal and Mongolia sent their apologies.", "BGD KHM FJI"},
		{"excused coordinated, both named as republics", "Estuvieron representados los Gobiernos de la Argentina y del Brasil. Las delegaciones de la República Cooperativa de Guyana y de la República de Surinam no pudieron asistir.", "ARG BRA"},
		{"excused and of the", "Belize and Mexico attended. The delegations of Honduras and of the Dominican Republic could not attend.", "BLZ MEX"},
		{"delegate lines ending in their country", "The meeting was attended by the following delegates:\n\nMr. John Smith, Director, Immigration Department, Belize\nMs. Ana Pérez, Consul General, Ministry of Foreign Affairs, Costa Rica\nMr. Luis Mejía, Deputy Director, General Directorate of Migration, Honduras", "BLZ CRI HND"},
		{"persons with their country", "The meeting was attended by the following persons:\n\nJohn Smith (Belize)\nAna Pérez (Costa Rica)\nLuis Mejía (Honduras)\n\nThe delegation of Panama regretted not being able to attend.", "BLZ CRI HND"},
		{"justificó su inasistencia after a list", "Participaron las siguientes delegaciones:\n\n1. Belice\n2. Costa Rica\n\nLa delegación de Panamá justificó su inasistencia.", "BLZ CRI"},
		{"excused list under its own label", "Estados miembros presentes:\n\n- Belice\n- Canadá\n\nEstados miembros ausentes:\n\n- Panamá", "BLZ CAN"},
		{"status column absent", "Participants\n\nCountry | Name | Attendance\nBelize | John Smith | present\nPanama | - | absent\nCanada | Ann Lee | present", "BLZ CAN"},
		{"present and absent labels", "Present: Belize, Canada, Mexico.\n\nAbsent: Panama.", "BLZ CAN MEX"},
	}
	for _, tt := range tests {
		got := countryIDs(x.participants(tt.text, nil, strings.Contains(tt.text, "CRM")))
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, strings.Join(got, " "), tt.want)
		}
	}
	// observers named after the operative part
	text := "The RCM was held in Washington, DC, with the participation of Belize and Canada.\n\nThey agreed:\n\n1. To adopt the Plan.\n\nThe Vice-Ministers voiced their satisfaction at the attendance of observer delegations from Argentina and Peru."
	rep, err := x.Extract(&actas.Document{Pages: splitPages(text)})
	if err != nil {
		t.Fatal(err)
	}
	got := countryIDs(rep.Participants)
	if strings.Join(got, " ") != "BLZ CAN ARG PER" {
		t.Errorf("observers after the operative part: %q", got)
	}
}

// TestStatementParticipants checks a statement with no header: who
// chaired in its first paragraph, who attended in its second.
func TestStatementParticipants(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "CO-CHAIRS' STATEMENT 1. The meeting was held in Bangkok, Thailand, on 2 February 2016 and was co-chaired by Australia and Indonesia. 2. Senior officials from Bangladesh, Malaysia and Sri Lanka attended the meeting. 3. Officials agreed to establish a mechanism with Myanmar. 4. Officials requested IOM to report."
	rep, err := x.Extract(&actas.Document{Pages: splitPages(text)})
	if err != nil {
		t.Fatal(err)
	}
	got := countryIDs(rep.Participants)
	if g := strings.Join(got, " "); g != "THA AUS IDN BGD MYS LKA" {
		t.Errorf("statement participants %q, want THA AUS IDN BGD MYS LKA (the host counts)", g)
	}
}

// TestParticipantRole checks that the role an organisation plays is no
// second participant.
func TestParticipantRole(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Belize, Canada and Panama took part in the meeting, together with IOM in its capacity as Technical Secretariat.",
		"Participaron Belice, Canadá y Panamá, así como la OIM en su calidad de Secretaría Técnica.",
	} {
		var got []string
		for _, e := range x.participants(text, nil, true) {
			got = append(got, e.ID)
		}
		if g := strings.Join(got, " "); g != "BLZ CAN PAN IOM" {
			t.Errorf("%q: %q, want BLZ CAN PAN IOM", text, g)
		}
	}
}

// TestAnnexParticipants checks the countries read from a list of
// participants annexed to a report, as a table or one country per line.
func TestAnnexParticipants(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("Texto del informe sobre la reunión de la Red.\n", 8)
	tests := []struct{ name, text, want string }{
		{"table", body + "\nANEXO I. LISTA DE PARTICIPANTES\n\nPaís | Nombre | Cargo\nBelice | John Smith | Cónsul\nMéxico | Ana Ruiz | Directora\nOIM | Luis Paz | Oficial\n", "BLZ MEX IOM"},
		{"a comma list on one line", body + "ANNEX\nLIST OF DELEGATIONS\n\nMember Countries\n  Belize - Ministry of Immigration\n  Mexico - Ministry of Foreign Affairs\n\nObserver countries\n  Argentina, Colombia, Ecuador and Peru\n", "BLZ MEX ARG COL ECU PER"},
		{"lines", body + "Annex: List of participants\n\nGeorgia\nMr. John Smith, Consul\nArmenia  Ms. Ana Petrosyan  Director\nDelegate of Turkey\n", "GEO ARM"},
		{"next annex ends it", body + "Annex 1. List of participants\nCanada | Ann Lee\nANNEX 2. AGENDA\nMexico | Item 1\n", "CAN"},
		{"columns, abbreviated names, apologies", body + "Annex A - List of participants\n\nMembers\n   Australia                       Pakistan\n   Lao People's Democratic Rep.    Timor-Leste\n   New Zealand\n\nApologies were received from Fiji and Nepal.\n", "AUS PAK LAO TLS NZL"},
		{"a list whose line breaks were lost, apologies after it", body + "Annex A - List of participants\nMembers Australia Pakistan Bangladesh Philippines Observer countries Canada Apologies were received from Fiji and Nepal.\n", "AUS PAK BGD PHL CAN"},
		{"a list naming the annexes before them", body + "Anexo I    Lista de Participantes\nAnexo II   Agenda\n\nPor la Delegación de Argentina\n\n" + body + "ANEXO I\n\nLISTA DE PARTICIPANTES\n\nBOLIVIA\n   Dirección General de Migración\n\nPERÚ\n   Superintendencia Nacional de Migraciones\n\nANEXO II\n\nAGENDA\n\n1. Chile\n", "BOL PER"},
		{"participating delegations under the annex's number", body + "ANNEX I\n\nLIST OF PARTICIPATING DELEGATIONS\n\nMEMBER COUNTRIES\n\nBELIZE\n   Mr. Alvin Rhaburn, Director\n\nOBSERVER COUNTRIES\n\nJAMAICA\n   Mr. Desmond Richards, Deputy High Commissioner\n", "BLZ JAM"},
		{"participating member states, the process's acronym inside", body + "ANNEX 1: PARTICIPATING SADC MEMBER STATES\n\nAngola\nBotswana\nLesotho\n", "AGO BWA LSO"},
		{"participating member states and organisations, in columns", body + "ANNEX - PARTICIPATING MEMBER STATES AND ORGANISATIONS\n\nAngola                              Mozambique\nBotswana                            Namibia\n\nOrganisations: SADC Secretariat; IOM.\n", "AGO MOZ BWA NAM"},
		{"a heading of apologies over its names", body + "Annex A - List of participants\n\nMembers\n   Australia\n   Pakistan\n\nObservers\n   Canada\n\nApologies\n   Nauru\n   Vanuatu\n", "AUS PAK CAN"},
		{"no annex heading", body + "Se distribuyó la lista de participantes entre las delegaciones.\nBelice | John Smith\n", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.annexParticipants(tt.text, nil) {
			got = append(got, e.ID)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, strings.Join(got, " "), tt.want)
		}
	}
}

// countryIDs gives the codes of the countries among es, in order.
func countryIDs(es []actas.Entity) []string {
	var ids []string
	for _, e := range es {
		if e.Type == actas.EntityCountry {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

// TestExcusedNotes checks that a footnote saying a delegation did not take
// part excuses its country, and that a note without such a cue does not.
func TestExcusedNotes(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"We, the Ministers of Afghanistan*, Bangladesh and Nepal, met.\n\n* The delegation of Afghanistan was unable to attend the Consultation.\n", "AFG"},
		{"Los Viceministros de Belice¹ y México se reunieron.\n\n¹ La delegación de Belice excusó su participación.\n", "BLZ"},
		{"We, the Ministers of Afghanistan*, Bangladesh and Nepal, met.\n\n* Afghanistan joined by video link.\n", ""},
	}
	for _, tt := range tests {
		var got []string
		for id := range x.excusedNotes(tt.text) {
			got = append(got, id)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: excused %v, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSentencesKeepRanks does not end a sentence at the abbreviated rank
// or title before a name ("Cmdte. Eduardo Cuadra", "Abog. Rosa María").
func TestSentencesKeepRanks(t *testing.T) {
	for _, s := range []string{
		"Por Nicaragua: Cmdte. Eduardo Cuadra Ruiz, Director General.",
		"Por Honduras: Abog. Rosa María Flores, Directora General.",
		"Por Guatemala: Cnel. Mario Castillo, Subdirector General.",
	} {
		if got := sentences(s); len(got) != 1 {
			t.Errorf("sentences(%q) = %q, want one sentence", s, got)
		}
	}
}
