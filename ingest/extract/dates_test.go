package extract

import (
	"reflect"
	"testing"

	"actas"
)

func TestFindDates(t *testing.T) {
	tests := []struct{ text, start, end, span string }{
		{"Tegucigalpa, del diecisiete al diecinueve de septiembre de dos mil doce", "2012-09-17", "2012-09-19", "diecisiete al diecinueve de septiembre de dos mil doce"},
		{"a los veintiséis días del mes de octubre de dos mil once.", "2011-10-26", "2011-10-26", "veintiséis días del mes de octubre de dos mil once"},
		{"el catorce de marzo de mil novecientos noventa y seis", "1996-03-14", "1996-03-14", "catorce de marzo de mil novecientos noventa y seis"},
		{"Sucre – , 22nd and 23rd November 2018", "2018-11-22", "2018-11-23", "22nd and 23rd November 2018"},
		{"on the 24th of March and for the plenary session held the 25th of March, 2022, have", "2022-03-24", "2022-03-25", "24th of March and for the plenary session held the 25th of March, 2022"},
		{"Los días 22 y 23 de marzo del año 2001 se celebró", "2001-03-22", "2001-03-23", "22 y 23 de marzo del año 2001"},
		{"on the twenty-first of June, two thousand and twelve", "2012-06-21", "2012-06-21", "twenty-first of June, two thousand and twelve"},
		{"on the twenty-second and twenty-third days of February, two thousand and eleven.", "2011-02-22", "2011-02-23", "twenty-second and twenty-third days of February, two thousand and eleven"},
		{"on the fourteenth and fifteenth of November 2019", "2019-11-14", "2019-11-15", "fourteenth and fifteenth of November 2019"},
		{"nineteen ninety-six: 3 May nineteen ninety-six", "1996-05-03", "1996-05-03", "3 May nineteen ninety-six"},
		{"17 al 19 de septiembre de 2012", "2012-09-17", "2012-09-19", "17 al 19 de septiembre de 2012"},
		{"30 de noviembre al 2 de diciembre de 2015", "2015-11-30", "2015-12-02", "30 de noviembre al 2 de diciembre de 2015"},
		{"on 13 March. The meeting of 14 March 1996", "1996-03-14", "1996-03-14", "14 March 1996"},
		{"İstanbul, 3 May 2019", "2019-05-03", "2019-05-03", "3 May 2019"},
		{"held in Antigua, Guatemala, on May 30-31\n, 2002, and brought", "2002-05-30", "2002-05-31", "May 30-31\n, 2002"},
		{"Senior Officials' Meeting, Warsaw, 11-12.III.2014", "2014-03-11", "2014-03-12", "11-12.III.2014"},
		{"Brasília, 21/X/2011", "2011-10-21", "2011-10-21", "21/X/2011"},
		{"Tegucigalpa, M.D.C., del 31 de marzo al 1° de abril de 2009", "2009-03-31", "2009-04-01", "31 de marzo al 1° de abril de 2009"},
		{"el 1° de junio de 2010", "2010-06-01", "2010-06-01", "1° de junio de 2010"},
		{"on the fourteenth day of the month of October of the year two thousand eight.", "2008-10-14", "2008-10-14", "fourteenth day of the month of October of the year two thousand eight"},
	}
	for _, tt := range tests {
		ds := findDates(tt.text)
		if len(ds) == 0 {
			t.Errorf("findDates(%q) found nothing", tt.text)
			continue
		}
		d := ds[0]
		got := tt.text[d.pos:d.stop]
		if d.start.Format("2006-01-02") != tt.start || d.end.Format("2006-01-02") != tt.end || got != tt.span {
			t.Errorf("findDates(%q) = %s..%s %q, want %s..%s %q", tt.text, d.start.Format("2006-01-02"), d.end.Format("2006-01-02"), got, tt.start, tt.end, tt.span)
		}
	}
}

// TestDocumentSymbolIsNoDay checks that the number closing a document's
// symbol is no day of the month on the line after it ("BG/98/3" / "June 1998").
func TestDocumentSymbolIsNoDay(t *testing.T) {
	text := "RESTRICTED                    BG/98/3\n                              June 1998"
	for _, d := range findDates(text) {
		if text[d.pos] == '3' {
			t.Errorf("findDates(%q) read %q as a day", text, text[d.pos:d.stop])
		}
	}
}

// TestMeetingDateChoice checks which of a report's dates is the meeting's.
func TestMeetingDateChoice(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, start, end string }{
		{"signing day in heading, days in text", "XXI RCM\n\nNovember 18, 2016\n\nGathered for the XXI Vice-Ministerial Meeting in Omoa, Honduras, on November 17-18, 2016, the Vice-Ministers approved:\n", "2016-11-17", "2016-11-18"},
		{"letter date first", "29 March 1996\n\nLetter dated 27 March 1996 from the Permanent Representative\n\nOn 13 and 14 March 1996 a Regional Conference on Migration met in Puebla, Mexico.\n", "1996-03-13", "1996-03-14"},
		{"heading wins over an earlier meeting", "Managua, Nicaragua, 24-25 de noviembre de 2014\n\nEn seguimiento a la reunión anterior del GRCM celebrada los días 10 y 11 de junio de 2014, los países acordaron:\n", "2014-11-24", "2014-11-25"},
		{"year-less range under a dated title", "XII REUNIÓN DE LA RED DE FUNCIONARIOS DE ENLACE 2012\n\nTegucigalpa, Honduras, del 17 al 19 de septiembre\n\nACUERDAN:\n\n1. Solicitar a la OIM un informe.\n", "2012-09-17", "2012-09-19"},
		{"heading wins over an earlier meeting on a wrapped line", "CONFERENCIA REGIONAL SOBRE MIGRACIÓN\nXVI Reunión Viceministerial\n\nSanto Domingo, República Dominicana\n23 y 24 de junio de 2011\n\nLos Viceministros, reunidos en Santo Domingo,\n\nConsiderando que el Grupo Regional de Consulta sobre Migración (GRCM), en su reunión celebrada en\nSanto Domingo los días 21 y 22 de junio de 2011, sometió sus recomendaciones;\n\nACUERDAN:\n\n1. Solicitar a la OIM un informe.\n", "2011-06-23", "2011-06-24"},
		{"days in words cut by a hyphen", "COMISIÓN CENTROAMERICANA DE DIRECTORES DE MIGRACIÓN (OCAM)\n\nACTA DE LA XXVIII REUNIÓN ORDINARIA\n\nEn la ciudad de Managua, República de Nicaragua, a los vein-\nticinco y veintiséis días del mes de febrero del año dos\nmil nueve, se reunieron los Directores Generales de Migración.\n\nACUERDAN:\n\n1. Solicitar a la OIM un informe.\n", "2009-02-25", "2009-02-26"},
		{"heading wins over the outcomes of a session held the day before", "ABU DHABI DIALOGUE\n\nFourth Ministerial Consultation\nColombo, Sri Lanka, 24-25 January 2017\n\nCOLOMBO DECLARATION\n\nWe, the Ministers and Heads of Delegation of the Member States of the Abu Dhabi\nDialogue (ADD), having met in Colombo, Sri Lanka, on 24 and 25 January 2017 for the\nFourth Ministerial Consultation of the Dialogue, under the Chairmanship of Sri Lanka;\n\nTaking note of the outcomes of the joint session held on 23 January 2017 with the\nSenior Officials of the Colombo Process;\n\nHereby adopt the present Declaration.\n\n1. We request IOM to prepare a study.\n", "2017-01-24", "2017-01-25"},
		{"closing formula over another event held in the text", "LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION\n\nGranada, Nicaragua\n\nThe Liaison Officer Network for Consular Protection met in the city of Granada, within the\nframework of the second meeting of the year of the Regional Consultation Group on Migration.\nTaking part were the liaison officers of Belize, Canada, Costa Rica, El Salvador, Guatemala,\nHonduras, Mexico, Nicaragua, Panama and the United States of America, with the support of\nthe Technical Secretariat. The Chair welcomed the delegations and recalled the mandate of the\nNetwork, the work plan adopted at its previous meeting and the tasks it set for the year, in\nparticular the exchange of information on consular assistance to migrants in detention.\n\nIOM reported on the outcome of the regional workshop on consular protection of migrant\nworkers held in Managua on 25 and 26 September 2008, and the ICRC explained its work on\nrestoring family links in the region.\n\nThe Network agreed:\n\n1. To request IOM to circulate the workshop report.\n\nDone in the city of Granada, Republic of Nicaragua,\non the fourteenth day of the month of October of the year two thousand eight.\n", "2008-10-14", "2008-10-14"},
		{"closing formula over the next meeting's days", "RED DE FUNCIONARIOS DE ENLACE\n\nCiudad de Guatemala\n\nACUERDAN:\n\n1. Solicitar a la ST un informe antes de la próxima reunión del GRCM, convocada para los días 15 y 16 de noviembre de 2012.\n\nDada en la Ciudad de Guatemala, a los veintiún días\ndel mes de junio del año dos mil doce.\n", "2012-06-21", "2012-06-21"},
		{"closing formula", "RED DE FUNCIONARIOS DE ENLACE\n\nACUERDAN:\n\n1. Solicitar a la OIM un informe antes del 30 de junio de 2012.\n\nDada en la Ciudad de Guatemala, a los veintiséis días del mes de octubre de dos mil once.\n", "2011-10-26", "2011-10-26"},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		m := rep.Meeting
		if m.StartDate.Format("2006-01-02") != tt.start || m.EndDate.Format("2006-01-02") != tt.end {
			t.Errorf("%s: meeting %s..%s, want %s..%s", tt.name, m.StartDate.Format("2006-01-02"), m.EndDate.Format("2006-01-02"), tt.start, tt.end)
		}
	}
}

// TestNoPanicDateBeyondHeader is the smallest input of issue 10 that cut
// the header at a date found later in the text.
func TestNoPanicDateBeyondHeader(t *testing.T) {
	x, _ := Default()
	in := "ACUERDAN:\n\n1. Aprobar el acta, celebrada en Guatemala los días 20 de junio de 2013."
	if _, err := x.Extract(&actas.Document{Pages: splitPages(in)}); err != nil {
		t.Fatal(err)
	}
}

// FuzzFindDates feeds arbitrary text to the date reader: no panic, spans
// inside the text, start no later than end.
func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"del diecisiete al diecinueve de septiembre de dos mil doce", "22nd and 23rd November 2018",
		"on the 24th of March and for the plenary session held the 25th of March, 2022", "İstanbul, 3 May 2019",
		"a los veintiséis días del mes de octubre de dos mil once", "17 al 19 de septiembre 2012", "mil mil mil 99 de mayo de 2012"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ds := range [][]dateRange{findDates(s), findYearless(s)} {
			for _, d := range ds {
				if d.pos < 0 || d.stop > len(s) || d.pos > d.stop || d.end.Before(d.start) {
					t.Fatalf("bad date %+v in %q", d, s)
				}
			}
		}
	})
}

func TestSignOff(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"La Paz, 26 de noviembre de 2004.", true},
		{"Dada en la Ciudad de Guatemala, a los veintiséis días del mes de octubre de dos mil once.", true},
		{"Done at Ottawa on 19 September 2013.", true},
		{"Dada en la ciudad de Santo Domingo de Guzmán, Distrito Nacional, República Dominicana, a los diez (10) días del mes de junio del año dos mil once (2011).", true},
		{"Adopted in Managua, Nicaragua, on June 27, 2014.", true},
		{"Dada de manera virtual, a los doce días del mes de noviembre del año dos mil veinte.", true},
		{"Adopted virtually on 9 June 2021.", true},
		{"Adoptada por consenso, en modalidad virtual, el veintiséis de noviembre de dos mil veinte.", true},
		{"Adopted by consensus in Panama City on 15 November 2023.", true},
		{"Solicitar a la OIM un informe antes del 30 de junio de 2012.", false},
		{"Adoptar el Plan de Acción.", false},
		{"Tapachula, Chiapas, México, 14 de marzo de 2008.", true},
		{"Quito, 21st November 2019", true},
		{"Asunción, 3rd of May, 2006.", true},
		{"San Pedro Sula, Cortés, Honduras, 3 de junio de 2016.", true},
		{"Adopted in Managua, Nicaragua, on June 27, 2014, within the XIX Vice-Ministerial Meeting, by the Vice Ministers of Belize and Canada.", true},
	} {
		if got := reSignOff.MatchString(tt.s); got != tt.want {
			t.Errorf("reSignOff(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPlaceDate checks the closing "Place, date" lines, and a date alone that
// a page break cut from its sentence, which names no place.
func TestPlaceDate(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Bali, 6 August 2018", true},
		{"Sucre, 23rd November 2018", true},
		{"Panamá, 5 de mayo de 2010 (sesión virtual)", true},
		{"June 30, 2005.", false},
		{"Deadline: September 15, 2015.", false}, // a label's value
		{"Plazo: 15 de marzo, 2014.", false},
		{"30 de junio, 2005.", false},
		{"Adopted on November 17, 2021.", true},
	} {
		if got := placeDate(tt.s); got != tt.want {
			t.Errorf("placeDate(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// findDatesWhole is findDates1 as first written, reading the whole text at
// once: the reference FuzzDateStretches holds the stretch by stretch reading to.
func findDatesWhole(text string) []dateRange {
	res := datesIn(text)
	if numeric := numericDates(text); len(numeric) > 0 {
		res = append(res, numeric...)
		sortRanges(res)
	}
	return res
}

// FuzzDateStretches checks that findDates1, which reads only the stretches
// between full stops and semicolons that name a month, finds the dates the
// whole text's reading does, on the test reports' paragraphs and tails and
// on any text.
func FuzzDateStretches(f *testing.F) {
	for _, b := range seedReportParagraphs(f) {
		f.Add(b[len(b)-min(len(b), 1500):])
	}
	for _, s := range []string{"del 17 al 19 de septiembre de 2012. 12/06/2019; on the 24th of March and, the 25th of March, 2022",
		"el día veinte. y uno de mayo de dos mil once; 3 de mayo.2010", "días del mes de; mayo de 2010", "1.5 de mayo de 2010", "13 and 14 March. 2015; March 15, 2016"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findDates1(s), findDatesWhole(s); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("findDates1(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestWrappedOn checks the lines of prose that go on below them, as a
// report typed them and as a re-wrap cut them shorter, against headings.
func TestWrappedOn(t *testing.T) {
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"El Grupo se reunió en la sede de la Secretaría Técnica, en su reunión celebrada en\n", true},
		{"dio lectura al acta de la reunión celebrada en San José,\n", true},
		{"Se dio lectura al acta de la reunión celebrada en\n", true},
		{"XXIV REUNIÓN ORDINARIA\n", false},
		{"Regional Consultation Group on Migration\n", false},
		{"REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN\n", false},
		{"Informe de la reunión.\n", false},
	} {
		if got := wrappedOn(tt.before); got != tt.want {
			t.Errorf("wrappedOn(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestMeetingDateHeadings checks the meeting's date read from headers whose
// blank lines were lost (a heading in title case above the date, and the
// day the document was circulated, run on into the sentence that dates the
// meeting), and from a re-wrapped header whose earlier meeting's date, in
// brackets, fell on a short line of its own.
func TestMeetingDateHeadings(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ header, start, end string }{
		{"REGIONAL CONFERENCE ON MIGRATION\n(Puebla Process)\nRegional Consultation Group on Migration\n" +
			"Vancouver, British Columbia, Canada – April 25 and 26, 2005\nSUMMARY OF CONCLUSIONS\n" +
			"Final version – distributed to Member Countries on May 6, 2005\n" +
			"The Regional Consultation Group on Migration (RCGM) met on April 25 and 26,\n2005, under the chairmanship of Canada.\n",
			"2005-04-25", "2005-04-26"},
		{"GRUPO REGIONAL DE CONSULTA SOBRE MIGRACION\n\nINFORME DE LA REUNION\n\nSan Salvador, El Salvador, 2 y 3 de junio de 1999\n\n" +
			"El Grupo se reunio en San Salvador los dias 2 y 3 de junio de 1999,\nsegun lo dispuesto por los Viceministros en\n" +
			"la IV Conferencia Regional sobre Migracion (El Salvador,\nEl Salvador, 27 y 28 de enero de 1999).\n",
			"1999-06-02", "1999-06-03"},
	} {
		d, _, ok := x.meetingDate(tt.header)
		if got, want := d.start.Format("2006-01-02")+".."+d.end.Format("2006-01-02"), tt.start+".."+tt.end; !ok || got != want {
			t.Errorf("meetingDate(%.40q) = %s, %v; want %s", tt.header, got, ok, want)
		}
	}
}

// TestVirtualHost checks the city a virtual meeting was run from, and the
// city one delegate joined from, which is none.
func TestVirtualHost(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"Los Viceministros, reunidos por medios virtuales el 26 de noviembre de 2020, en sesión convocada y transmitida por la Presidencia Pro Tempore desde la sede de la Cancillería, en la Ciudad de México;", "MEX"},
		{"Liaison officers attended in person; Canada's liaison officer took part by videoconference from Ottawa. Costa Rica was represented by officials.", ""},
	} {
		if _, iso := x.virtualHost(tt.text); iso != tt.want {
			t.Errorf("virtualHost(%q) = %q, want %q", tt.text, iso, tt.want)
		}
	}
}
