package extract

import (
	"strings"
	"testing"

	"actas"
)

// TestBodyVariants checks that a network named with an inserted "Regional",
// "de la CRM" or "RCM" under the conference's heading is the body that met.
func TestBodyVariants(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ heading, body string }{
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nREUNIÓN DE LA RED REGIONAL DE FUNCIONARIOS DE ENLACE DE PROTECCIÓN CONSULAR\nSan José, Costa Rica, 10 de mayo de 2018", "rlcp"},
		{"REGIONAL CONFERENCE ON MIGRATION\nMeeting of the Regional Network of Liaison Officers for Consular Protection\nSan José, Costa Rica, May 10, 2018", "rlcp"},
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nReunión de la Red Regional de Funcionarios de Enlace para el Combate a la Trata de Personas y el Tráfico Ilícito de Migrantes de la CRM\nSan José, Costa Rica, 10 de mayo de 2018", "rltp"},
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nReunión de la Red de Funcionarios de Enlace de la CRM para la Protección Consular\nSan José, Costa Rica, 10 de mayo de 2018", "rlcp"},
		{"REGIONAL CONFERENCE ON MIGRATION\nMeeting of the RCM Regional Network of Liaison Officers to Combat Trafficking in Persons\nSan José, Costa Rica, May 10, 2018", "rltp"},
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nReunión Viceministerial\nSan José, Costa Rica, 10 de mayo de 2018", "vmm"},
		// a title re-wrapped onto the line of its place and date
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN REUNIÓN DEL GRUPO\nREGIONAL DE CONSULTA SOBRE MIGRACIÓN San José, Costa Rica,\n10 de mayo de 2018", "rcgm"},
		{"REGIONAL CONFERENCE ON MIGRATION MEETING OF THE REGIONAL\nCONSULTATION GROUP ON MIGRATION Panama City, Panama, 22-23\nNovember 2016", "rcgm"},
		{"Meeting of the Regional Consultation Group on Migra-\ntion San José, Costa Rica, May 10, 2018", "rcgm"},
		// the conference line above, the meeting line below a document title
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nPresidencia Pro Tempore de Panamá\nINFORME FINAL\nREUNIÓN DE LA RED DE FUNCIONARIOS DE ENLACE DE PROTECCIÓN CONSULAR\nPanamá, 10 de mayo de 2018", "rlcp"},
		{"Regional Conference on Migration\nPresidency Pro Tempore of Panama\nFinal Report\nMeeting of the Regional Consultation Group on Migration\nPanama City, Panama, May 10, 2018", "rcgm"},
		// the same heading with its line breaks lost
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN Presidencia Pro Tempore de Panamá INFORME FINAL REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN Ciudad de Panamá, 10 de mayo de 2018 I. ASISTENCIA", "rcgm"},
		// a body's name before its place on a re-wrapped line
		{"THE BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN\nPERSONS AND RELATED TRANSNATIONAL CRIME\n\nAd Hoc Group Senior Officials' Meeting Bangkok, Thailand,\n2-3 February 2016", "bali_ahg"},
		// a report addressed to a body names the body that wrote it above
		{"REGIONAL CONFERENCE ON MIGRATION\nLIAISON OFFICER NETWORK FOR CONSULAR PROTECTION\nREPORT TO THE REGIONAL CONSULTATION GROUP ON MIGRATION\nPanama City, Panama, May 10, 2018", "rlcp"},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(tt.heading + "\n\nACUERDAN:\n\n1. Aprobar el plan.\n")})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Meeting.BodyID != tt.body {
			t.Errorf("%q: body %q, want %q", tt.heading, rep.Meeting.BodyID, tt.body)
		}
	}
}

// TestMeetingPlace checks the host read from a header whose lines were
// run together, and a city named inside a process's name.
func TestMeetingPlace(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, iso string }{
		{"heading run onto its place", "BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN PERSONS AND RELATED TRANSNATIONAL CRIME TASK FORCE ON PLANNING BANGKOK, , 27 JANUARY 2017 CO-CHAIRS' STATEMENT 1. The Task Force of the Bali Process met for the first time in Bangkok on 27 January 2017, co-chaired by Australia and Indonesia. 2. The Meeting recalled the Ministerial Conference (Bali, Indonesia, 23 March 2016). 3. The Meeting welcomed the report.", "THA"},
		{"in City on date", "REGIONAL CONSULTATION GROUP\n\nThe Group met for the first time in Panama City on 5 May 2015, with the delegations of Canada and Mexico.\n\n1. To approve the work plan.\n", "PAN"},
		{"place over a date line that opens its range", "IGAD REGIONAL CONSULTATIVE PROCESS ON MIGRATION\n\nEntebbe, Uganda\nFrom the 5th to the 7th of December, 2018\n\nThe meeting agreed:\n\n1. To adopt the report of its previous meeting, held in Djibouti in 2017.\n", "UGA"},
		{"place before a range a re-wrap ran onto its line", "IGAD REGIONAL CONSULTATIVE PROCESS ON MIGRATION\n\nEntebbe, Uganda From the 5th to the 7th of December, 2018\n\nThe meeting agreed:\n\n1. To adopt the report of its previous meeting, held in Djibouti in 2017.\n", "UGA"},
		{"place over a date line with its weekday", "REGIONAL CONFERENCE ON MIGRATION\nAd Hoc Working Group\n\nPanama City, Panama\nThursday, 14 April 2016\n\nThe meeting was held in Panama City, on 14 April 2016. Delegations of Canada, Costa Rica and El Salvador attended.\n\nThe Group agreed:\n\n1. To adopt its work plan.\n", "PAN"},
		{"lugar sobre la línea del rango de fechas", "RED DE FUNCIONARIOS DE ENLACE DE PROTECCIÓN CONSULAR\n\nTegucigalpa, Honduras\nDel 5 al 7 de diciembre de 2018\n\nLa Red acordó:\n\n1. Aprobar el acta de la reunión celebrada en Managua, Nicaragua.\n", "HND"},
		{"a running header's date before the title's place", "Budapest Process | Working Group | Shiraz, 18-19 May 2016\n\nBUDAPEST PROCESS\n\nMEETING OF THE WORKING GROUP\n\nShiraz, Islamic Republic of Iran\n18-19 May 2016\n\nThe meeting recalled the Istanbul Ministerial Declaration and agreed:\n\n1. To hold its next meeting in Istanbul in 2017.\n", "IRN"},
		{"a place whose country a re-wrap cut with a hyphen", "CONFERENCIA REGIONAL SOBRE MIGRACION\n\nSEGUNDA REUNION VICEMINISTERIAL Ciudad de Panamá, Repúbl-\nica de Panamá 13 y 14 de marzo de 1997\n\nLos Viceministros, reunidos en la Ciudad de Panamá con el propósito de dar continuidad al diálogo iniciado en Puebla, México, en marzo de 1996,\n\nACUERDAN:\n\n1. Solicitar a la OIM un informe.\n", "PAN"},
		{"a virtual meeting conducted from a city", "CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nReunión Viceministerial\n\nModalidad virtual, 9 de junio de 2021\n\nLos Viceministros, reunidos por videoconferencia el 9 de junio de 2021, bajo la Presidencia Pro Tempore de Costa Rica, que condujo la sesión desde San José;\n\nRecordando la reunión celebrada en Tegucigalpa, Honduras, en 2019;\n\nACUERDAN:\n\n1. Solicitar a la OIM un informe.\n", "CRI"},
		{"a known city with no country, before another City, Country", "COMUNICADO CONJUNTO\n\nLos Viceministros de Belice, Canadá y México, reunidos en esta fecha en la\nCiudad de Guatemala, bajo la Presidencia Pro Tempore de Guatemala;\n\nTras recibir el informe de la Secretaría Técnica, con sede en San José, Costa Rica;\n\nACUERDAN:\n\n1. Solicitar a la ST un informe.\n", "GTM"},
		{"a place before a list of delegations is no country's", "DECLARACIÓN DE SANTO DOMINGO\n\nLos Viceministros, reunidos de forma presencial en la ciudad de Santo Domingo de Guzmán, Distrito Nacional, los de Belice, Costa Rica y México;\n\nACUERDAN:\n\n1. Solicitar a la OIM un informe.\n\nDada en la ciudad de Santo Domingo de Guzmán, Distrito Nacional, República\nDominicana, a los dieciocho días del mes de noviembre del año dos mil veintiuno.\n", "DOM"},
		{"a city in a process's name is no place", "BALI PROCESS AD HOC GROUP\n\nSenior officials of the Bali Process met on 3 May 2018 in Colombo, Sri Lanka, with delegates of Indonesia.\n\n1. To approve the work plan.\n", "LKA"},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if rep.Meeting.CountryISO3 != tt.iso {
			t.Errorf("%s: country %q (%q), want %q", tt.name, rep.Meeting.CountryISO3, rep.Meeting.City, tt.iso)
		}
	}
}

// TestBodyParts checks that a working group of a process named on a line
// of its own under the process is the body that met, and so is a senior
// officials' meeting named apart from its process, in either order, while a
// ministerial meeting of the process stays the process.
func TestBodyParts(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ heading, id, en string }{
		{"THE BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN PERSONS AND RELATED TRANSNATIONAL CRIME\n\nWORKING GROUP ON TRAFFICKING IN PERSONS\nSeventh Meeting\n\nBangkok, Thailand, 3-4 May 2021", "bali_wg_tip", "Bali Process Working Group on Trafficking in Persons"},
		{"THE BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN\nPERSONS AND RELATED TRANSNATIONAL CRIME\n\nWORKING GROUP ON TRAFFICKING IN PERSONS Seventh Meeting\n\nBangkok, Thailand, 3-4 May 2021", "bali_wg_tip", "Bali Process Working Group on Trafficking in Persons"},
		{"PROCESO DE BALI\nGrupo de Trabajo sobre la Trata de Personas\nBangkok, Tailandia, 3 y 4 de mayo de 2021", "bali_wg_tip", "Bali Process Working Group on Trafficking in Persons"},
		{"COLOMBO PROCESS\nSENIOR OFFICIALS' MEETING\nColombo, Sri Lanka, 3-4 December 2019", "colombo", "Colombo Process"},
		{"PROCESO DE BUDAPEST\nReunión de Altos Funcionarios\nEstambul, Turquía, 6 y 7 de noviembre de 2018", "budapest", "Budapest Process"},
		{"SENIOR OFFICIALS' MEETING\nBUDAPEST PROCESS\nIstanbul, Turkey, 6-7 November 2018", "budapest", "Budapest Process"},
		{"Abu Dhabi Dialogue (ADD) Senior Officials' Meeting\nDubai, United Arab Emirates, 16-17 October 2019", "add", "Abu Dhabi Dialogue"},
		{"Sixth Senior Officials Meeting of the Rabat Process\nDakar, Senegal, 3-4 May 2017", "rabat", "Rabat Process"},
		{"OUTCOME DOCUMENT\n\nThe Senior Officials' Meeting (SOM) of the Colombo Process was convened in Kathmandu on 12 and 13 March 2018.", "colombo", "Colombo Process"},
		{"CONCLUSIONS\n\nThe Budapest Process held its Senior Officials' Meeting in Istanbul, Turkey, on 6 and 7 November 2018.", "budapest", "Budapest Process"},
		{"CONCLUSIONES\n\nLa Reunión de Altos Funcionarios (RAF) del Proceso de Praga se celebró en Tiflis, Georgia, el 14 y 15 de mayo de 2018.", "prague", "Prague Process"},
		{"CONCLUSIONES\n\nEl Proceso de Praga celebró su Reunión de Altos Funcionarios en Tiflis, Georgia, el 14 y 15 de mayo de 2018.", "prague", "Prague Process"},
		{"BUDAPEST PROCESS\nIstanbul, Turkey, 20 February 2019\n\nThe Fifth Ministerial Conference of the Budapest Process, preceded by a Senior Officials' Meeting, was held in Istanbul on 20 February 2019.", "budapest", "Budapest Process"},
		{"BUDAPEST PROCESS\nMinisterial Conference\nIstanbul, Turkey, 20 February 2019", "budapest", "Budapest Process"},
		{"BALI PROCESS\nAD HOC GROUP\nSenior Officials' Meeting\nBangkok, Thailand, 2-3 February 2016", "bali_ahg", "Bali Process Ad Hoc Group"},
		{"COLOMBO PROCESS\nSixth Ministerial Consultation\nKathmandu, Nepal, 23-25 November 2018", "colombo", "Colombo Process"},
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nReunión Viceministerial\nSan José, Costa Rica, 10 de mayo de 2018", "vmm", "Vice-Ministerial Meeting"},
		// the group after "of the" on its line; groups the gazetteer does not know
		{"THE BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN PERSONS AND RELATED\nTRANSNATIONAL CRIME\n\nNINTH MEETING OF THE WORKING GROUP ON TRAFFICKING IN PERSONS\n\n15-16 November 2022 | Yogyakarta, Indonesia", "bali_wg_tip", "Bali Process Working Group on Trafficking in Persons"},
		{"BUDAPEST PROCESS\nWorking Group on the Caspian Region\n\nBaku, Azerbaijan, 3-4 May 2010", "", "Budapest Process Working Group on the Caspian Region"},
		// the same titles re-wrapped
		{"THE BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN\nPERSONS AND RELATED TRANSNATIONAL CRIME\n\nNINTH MEETING OF THE WORKING GROUP ON TRAFFICKING IN\nPERSONS\n\n15-16 November 2022 | Yogyakarta, Indonesia", "bali_wg_tip", "Bali Process Working Group on Trafficking in Persons"},
		{"BUDAPEST PROCESS Working Group on the Caspian Region\n\nBaku, Azerbaijan, 3-4 May 2010", "", "Budapest Process Working Group on the Caspian Region"},
		{"THE BALI PROCESS ON PEOPLE SMUGGLING, TRAFFICKING IN PERSONS AND RELATED TRANSNATIONAL CRIME WORKING GROUP ON TRAFFICKING IN PERSONS\nBangkok, Thailand, 14 March 2019", "bali_wg_tip", "Bali Process Working Group on Trafficking in Persons"},
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nGrupo de Trabajo sobre Movilidad Laboral\nSan José, Costa Rica, 10 de mayo de 2018", "", "Grupo de Trabajo sobre Movilidad Laboral"},
		{"ALMATY PROCESS ON REFUGEE PROTECTION AND INTERNATIONAL MIGRATION\n\nSenior Officials' Meeting\nBishkek, Kyrgyz Republic - 2 November 2017", "almaty", "Almaty Process on Refugee Protection and International Migration"},
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN (CRM)\n\nGRUPO AD HOC DE TRABAJO SOBRE MIGRACIÓN EXTRARREGIONAL\n\nSan José, Costa Rica, 22 y 23 de agosto de 2016", "rcm_wg_extraregional", "Ad Hoc Working Group on Extra-Regional Migration"},
		// a re-wrap cut the body's last word with a hyphen, and ran the place and date onto its line
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN (CRM)\n\nAYUDA MEMORIA\n\nPrimera Reunión del Grupo Ad Hoc sobre Migración Extrarr-\negional Ciudad de Panamá, 7 y 8 de abril de 2016", "rcm_wg_extraregional", "Ad Hoc Working Group on Extra-Regional Migration"},
		{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN Presidencia Pro Tempore de El Salvador 2005-2006 RED DE FUNCIONARIOS DE ENLACE DE PROTECCIÓN CONSULAR INFORME DE LA REUNIÓN San Salvador, El Salvador, 2 de mayo de 2006 I. PARTICIPANTES La reunión tuvo lugar en San Salvador en el marco de la XI Conferencia Regional sobre Migración.", "rlcp", "Liaison Officer Network for Consular Protection"},
		{"RCM - Liaison Officers Network on Migrant Smuggling and Trafficking in Persons     Santo Domingo, 15/11/2011\n\nREGIONAL CONFERENCE ON MIGRATION (RCM)\n\nMEETING OF THE NETWORK\n\nSanto Domingo, Dominican Republic\n15 November 2011", "rltp", "Liaison Officer Network to Combat Trafficking in Persons and Migrant Smuggling"},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(tt.heading + "\n\nThe meeting agreed:\n\n1. To approve the work plan.\n")})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Meeting.BodyID != tt.id || rep.Meeting.BodyEN != tt.en {
			t.Errorf("%q: body %q %q, want %q %q", tt.heading, rep.Meeting.BodyID, rep.Meeting.BodyEN, tt.id, tt.en)
		}
	}
}

// TestBodyReadings holds body, which reads a region's equal readings once,
// to the reading of every region three ways on the headers of every test report and its
// perturbations, cut at two places, with and without the date's sentence;
// and on OCR-damaged and optional-word variants of the titles.
func TestBodyReadings(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := reportsAndVariants(t)
	texts = append(texts, "REUNIÓN DE LA RED REGIONAL DE FUNCIONARIOS DE ENLACE PARA EL COMBATE A LA TRATA DE PERSONAS Y EL TRÁFICO ILÍCITO DE MIGRANTES DE LA CRM\nGuatemala, 3 de junio de 2013\n",
		"V1CEMIN1STROS de la C0NFERENCIA REGI0NAL S0BRE MIGRACI0N\nPanamá, 2 de junio de 2016\n", "")
	n := 0
	for _, s := range texts {
		rl := relineate(s, x.rules)
		for _, cut := range []int{len(rl.text), len(rl.text) / 3} {
			h := newHeader(rl.text, cut, coverMemoEnd(rl.text[:min(len(rl.text), 4000)]))
			title := x.title(h)
			sentences := []string{""}
			if ds := findDates(h.text); len(ds) > 0 {
				sentences = append(sentences, sentenceAt(h.text, ds[0].pos, ds[0].stop))
			}
			for _, sen := range sentences {
				got, want := actas.Meeting{Title: title}, actas.Meeting{Title: title}
				x.body(h, sen, &got)
				x.readBody(h, sen, &want, false) // each region read as written, without optional words and with OCR damage mended, whatever those give
				if got != want {
					t.Fatalf("body(%.80q, %.60q) = %+v, want %+v", h.text, sen, got, want)
				}
				n++
			}
		}
	}
	t.Logf("%d headers", n)
}

// TestCapsUnhyphen joins a word in capitals that a hyphen cut at a line's
// end, and nothing else.
func TestCapsUnhyphen(t *testing.T) {
	for in, want := range map[string]string{
		"REUNIÓN DE LA RED DE PROTE-\nCCIÓN CONSULAR": "REUNIÓN DE LA RED DE PROTECCIÓN CONSULAR",
		"RED DE PROTECC-\n  IÓN CONSULAR\nAcuerdos":   "RED DE PROTECCIÓN CONSULAR\nAcuerdos",
		"Conferencia Extrarr-\negional":               "Conferencia Extrarr-\negional",
		"REUNIÓN 2015-\n2016":                         "REUNIÓN 2015-\n2016",
		"SIN CORTE":                                   "SIN CORTE",
	} {
		if got := capsUnhyphen(in); got != want {
			t.Errorf("capsUnhyphen(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestClosingFormulaLine reads the closing formula with the line before its
// date where the formula opens there with its place ("Dada en la ciudad
// de ..., a" / "los doce días del mes de ..."), so the place is read too.
func TestClosingFormulaLine(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"ACUERDAN:\n\n1. Solicitar a la OIM un informe.\n\nDada en la ciudad de Santo Domingo de Guzmán, Distrito Nacional, República Dominicana, a\nlos doce días del mes de marzo del año dos mil quince.\n", "Santo Domingo"},
		{"The meeting agreed:\n\n1. To request a report.\n\nDone at Bridgetown, Barbados, on 4 May 2012.\n", "Bridgetown"},
	}
	for _, tt := range tests {
		_, line, ok := x.closingDate(tt.text)
		if !ok || !strings.Contains(line, tt.want) {
			t.Errorf("%q: closing line %q (%v), want one with %q", tt.text, line, ok, tt.want)
		}
	}
}
