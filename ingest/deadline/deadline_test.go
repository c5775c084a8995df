package deadline

import (
	"testing"
	"time"

	"actas/ingest/gazetteer"
)

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFind(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, meeting, lang string
		wantText, wantEnd         string // wantText "" = no deadline
		next                      string // NextMeetingOf for a relative deadline ("-" = not relative)
	}{
		{"end of year es", "Los Países Miembros enviarán sus insumos antes de finalizar el 2017.", "2017-11-27", "es", "antes de finalizar el 2017", "2017-12-31", "-"},
		{"end of year el año", "se compromete a hacer llegar, antes de finalizar el año 2005, el informe", "2004-11-26", "es", "antes de finalizar el año 2005", "2005-12-31", "-"},
		{"antes del day", "un informe de avance antes del 30 de septiembre de 2010.", "2010-05-19", "es", "antes del 30 de septiembre de 2010", "2010-09-30", "-"},
		{"a más tardar el", "que distribuya, a más tardar el 31 de julio de 2002, la versión final", "2002-05-31", "es", "a más tardar el 31 de julio de 2002", "2002-07-31", "-"},
		{"no later than mdy", "deliver it no later than March 31, 2015.", "2014-11-25", "en", "no later than March 31, 2015", "2015-03-31", "-"},
		{"by mdy", "to send their comments by December 15, 2014.", "2014-11-25", "en", "by December 15, 2014", "2014-12-15", "-"},
		{"by dmy", "to confirm to the TS, by 31 July 2016, the name", "2016-06-13", "en", "by 31 July 2016", "2016-07-31", "-"},
		{"en junio 2018", "presentará el informe en junio 2018", "2017-11-27", "es", "en junio 2018", "2018-06-30", "-"},
		{"before meeting of body in month", "enviarán su retroalimentación antes de la reunión del GRM en junio 2018.", "2017-11-27", "es", "antes de la reunión del GRM en junio 2018", "2018-06-30", "-"},
		{"en la reunión del GRM en junio", "para consideración de los mismos en la reunión del GRM en junio 2018.", "2017-11-27", "es", "en la reunión del GRM en junio 2018", "2018-06-30", "-"},
		{"before the RCGM meeting in June", "activities for 2016, before the RCGM meeting in June 2016.", "2015-11-10", "en", "before the RCGM meeting in June 2016", "2016-06-30", "-"},
		{"primer trimestre", "durante el primer trimestre de 2018", "2017-11-27", "es", "durante el primer trimestre de 2018", "2018-03-31", "-"},
		{"third quarter", "UNICEF commits to share, during the third quarter of 2015, its mapping", "2015-06-15", "en", "during the third quarter of 2015", "2015-09-30", "-"},
		{"in the third quarter", "to circulate the draft in the third quarter of 2016.", "2016-06-13", "en", "in the third quarter of 2016", "2016-09-30", "-"},
		{"segundo semestre", "Canadá se compromete a entregar, durante el segundo semestre de 2002, los resultados", "2002-05-31", "es", "durante el segundo semestre de 2002", "2002-12-31", "-"},
		{"second half", "IOM will organize a workshop during the second half of 2015.", "2015-06-15", "en", "during the second half of 2015", "2015-12-31", "-"},
		{"first half", "appoint, during the first half of 2015, a focal point", "2014-11-25", "en", "during the first half of 2015", "2015-06-30", "-"},
		{"primer semestre", "presenten sus conclusiones en el primer semestre de 2005.", "2004-11-26", "es", "en el primer semestre de 2005", "2005-06-30", "-"},
		{"primer semestre no year", "presentarán un informe en el primer semestre", "2004-11-26", "es", "en el primer semestre", "2005-06-30", "-"},
		{"end of month", "will send it before the end of January 2015.", "2014-11-25", "en", "before the end of January 2015", "2015-01-31", "-"},
		{"leap year", "to send the TS, by the end of February 2004, their data", "2003-12-03", "en", "by the end of February 2004", "2004-02-29", "-"},
		{"not leap year", "by the end of February 2003", "2002-12-03", "en", "by the end of February 2003", "2003-02-28", "-"},
		{"leap day", "a más tardar el 29 de febrero de 2016", "2015-11-10", "es", "a más tardar el 29 de febrero de 2016", "2016-02-29", "-"},
		{"invalid day", "a más tardar el 30 de febrero de 2016", "2015-11-10", "es", "", "", "-"},
		{"end of year en", "submit proposals for updating it before the end of 2000.", "2000-03-24", "en", "before the end of 2000", "2000-12-31", "-"},
		{"within 30 days of this meeting", "Members will nominate their focal points within 30 days of this meeting.", "2017-01-27", "en", "within 30 days", "2017-02-26", "-"},
		{"within 90 days of this Consultation", "will circulate, within 90 days of this Consultation, a draft work plan", "2014-11-27", "en", "within 90 days", "2015-02-25", "-"},
		{"within 30 days of the workshop", "would confirm its contact point to IOM within 30 days of the workshop;", "2001-11-28", "en", "within 30 days", "2001-12-28", "-"},
		{"an event to be held before a date", "To request IOM to organise a seminar on return, to be held before the end of the first half of 1999;", "1998-05-20", "en", "before the end of the first half of 1999", "1999-06-30", "-"},
		{"un evento que se realizará antes de una fecha", "Recomendar al Perú que comparta sus experiencias en un seminario virtual que se realizará antes de finalizar el primer trimestre de 2025.", "2024-09-19", "es", "antes de finalizar el primer trimestre de 2025", "2025-03-31", "-"},
		{"a numbered meeting by its acronym, dated in brackets", "Prepare a concept note for the first webinar. Before the XXIX VMM (June 2024)", "2023-11-16", "en", "Before the XXIX VMM (June 2024", "2024-06-30", "-"},
		{"a meeting on a range of days, month first", "Submit the directory before the next meeting of the Network, to be held in Mexico City on May 14-15, 2007.", "2005-11-14", "en", "before the next meeting of the Network, to be held in Mexico City on May 14-15, 2007", "2007-05-13", "-"},
		{"a named conference and its date", "Hold a consultation before the Sixth Regional Ministerial Conference in March 2016;", "2014-12-04", "en", "before the Sixth Regional Ministerial Conference in March 2016", "2016-03-31", "-"},
		{"at our next meeting in", "Report on national progress at our next meeting in November 2025.", "2024-11-20", "en", "at our next meeting in November 2025", "2025-11-30", "-"},
		{"en nuestra próxima reunión de", "presentaremos el informe en nuestra próxima reunión de junio de 2013", "2012-11-20", "es", "en nuestra próxima reunión de junio de 2013", "2013-06-30", "-"},
		{"within 30 days 2000", "will post the present Declaration on the Virtual Secretariat within 30 days.", "2000-03-24", "en", "within 30 days", "2000-04-23", "-"},
		{"dentro de los próximos", "dentro de los próximos 15 días", "2010-05-19", "es", "dentro de los próximos 15 días", "2010-06-03", "-"},
		{"en un plazo de treinta (30) días", "en un plazo de treinta (30) días", "2010-05-19", "es", "en un plazo de treinta (30) días", "2010-06-18", "-"},
		{"within two weeks", "within two weeks", "2015-06-15", "en", "within two weeks", "2015-06-29", "-"},
		{"within three months", "within three months", "2015-11-30", "en", "within three months", "2016-02-29", "-"},
		{"a finales de junio", "que la ST hará circular a finales de junio de 2010 para su examen", "2010-05-19", "es", "a finales de junio de 2010", "2010-06-30", "-"},
		{"a mediados de", "a mediados de 2011", "2010-05-19", "es", "a mediados de 2011", "2011-06-30", "-"},
		{"early 2016", "by early 2016", "2015-11-10", "en", "by early 2016", "2016-03-31", "-"},
		{"mid-March", "by mid-March 2016", "2015-11-10", "en", "by mid-March 2016", "2016-03-15", "-"},
		{"next meeting of GRCM", "deberá presentarse a más tardar en la próxima reunión del GRCM.", "2010-05-19", "es", "a más tardar en la próxima reunión del GRCM", "", "rcgm"},
		{"for its next meeting", "invited UNHCR to prepare a briefing note for the next meeting of the RCGM.", "2009-11-18", "en", "for the next meeting of the RCGM", "", "rcgm"},
		{"para la próxima reunión", "Solicitar a la OIM un informe para la próxima reunión del GRCM.", "2010-05-19", "es", "para la próxima reunión del GRCM", "", "rcgm"},
		{"for a product's year", "to prepare the work plan for 2013.", "2012-11-20", "en", "", "", "-"},
		{"antes de la próxima reunión del GRCM", "antes de la próxima reunión del GRCM", "2010-05-19", "es", "antes de la próxima reunión del GRCM", "", "rcgm"},
		{"before the next RCGM meeting", "to report before the next RCGM meeting.", "2015-06-15", "en", "before the next RCGM meeting", "", "rcgm"},
		{"by the next meeting", "to send comments by the next meeting.", "2015-06-15", "en", "by the next meeting", "", ""},
		{"next meeting of the Network", "at the next meeting of the Network", "2015-06-15", "en", "at the next meeting", "", ""},
		{"next Vice-Ministerial", "before the next Vice-Ministerial Meeting", "2015-06-15", "en", "before the next Vice-Ministerial Meeting", "", "vmm"},
		{"meeting, month", "to revise the plan before the Vice-Ministerial Meeting, June 2025.", "2025-02-20", "en", "before the Vice-Ministerial Meeting, June 2025", "2025-06-30", "-"},
		{"durante year", "durante 2018", "2017-11-27", "es", "durante 2018", "2018-12-31", "-"},
		{"in September at November meeting", "to hold the workshop in September", "2015-11-10", "en", "in September", "2016-09-30", "-"},
		{"in September at June meeting", "to hold the workshop in September", "2015-06-15", "en", "in September", "2015-09-30", "-"},
		{"month without year no meeting", "in September", "", "en", "", "", "-"},
		{"before sept 30", "to send the TS, before September 30, 2015, their national statistics", "2015-06-15", "en", "before September 30, 2015", "2015-09-30", "-"},
		{"before end of August", "will send the updated Directory to all the liaison officers before the end of August 2015.", "2015-06-15", "en", "before the end of August 2015", "2015-08-31", "-"},
		{"by the end of first quarter", "by the end of the first quarter of 2016, a practical guide", "2015-11-10", "en", "by the end of the first quarter of 2016", "2016-03-31", "-"},
		{"numeric date es", "antes del 31/07/2016", "2016-06-13", "es", "antes del 31/07/2016", "2016-07-31", "-"},
		{"numeric date en", "by 07/31/2016", "2016-06-13", "en", "by 07/31/2016", "2016-07-31", "-"},
		{"roman month", "to nominate national contact points by 30.IV.2014", "2014-03-11", "en", "by 30.IV.2014", "2014-04-30", "-"},
		{"hasta", "hasta el 15 de enero de 2004", "2003-12-03", "es", "hasta el 15 de enero de 2004", "2004-01-15", "-"},
		{"setiembre", "antes de setiembre de 2012", "2012-05-10", "es", "antes de setiembre de 2012", "2012-09-30", "-"},
		{"ordinal day", "by the 1st of March 2016", "2015-11-10", "en", "by the 1st of March 2016", "2016-03-01", "-"},
		// Issue 10 and 11 phrases.
		{"antes de finalizar year", "enviarán antes de finalizar 2011 el informe", "2011-05-10", "es", "antes de finalizar 2011", "2011-12-31", "-"},
		{"a finales de month year", "enviarán a finales de febrero de 2012 el informe", "2011-11-10", "es", "a finales de febrero de 2012", "2012-02-29", "-"},
		{"en su reunión de month", "presentará el informe en su reunión de noviembre de 2012.", "2011-11-10", "es", "en su reunión de noviembre de 2012", "2012-11-30", "-"},
		{"a más tardar en su reunión de", "que considere la adopción a más tardar en su reunión de noviembre de 2019.", "2019-06-20", "es", "a más tardar en su reunión de noviembre de 2019", "2019-11-30", "-"},
		{"at its meeting in", "to present it at its meeting in November 2012", "2012-05-10", "en", "at its meeting in November 2012", "2012-11-30", "-"},
		{"within 60 days of this meeting", "will nominate them within 60 days of this meeting", "2013-09-19", "en", "within 60 days", "2013-11-18", "-"},
		{"a más tardar el day month, meeting year", "presentará el informe a más tardar el 15 de marzo.", "2011-02-10", "es", "a más tardar el 15 de marzo", "2011-03-15", "-"},
		{"a más tardar el day month, next year", "presentará el informe a más tardar el 15 de marzo.", "2011-11-10", "es", "a más tardar el 15 de marzo", "2012-03-15", "-"},
		{"primera quincena", "durante la primera quincena de diciembre", "2011-11-10", "es", "durante la primera quincena de diciembre", "2011-12-15", "-"},
		{"segunda quincena", "en la segunda quincena de enero de 2012", "2011-11-10", "es", "en la segunda quincena de enero de 2012", "2012-01-31", "-"},
		{"first fortnight", "in the first fortnight of March", "2017-01-27", "en", "in the first fortnight of March", "2017-03-15", "-"},
		{"primeros tres meses", "durante los primeros tres meses del año 2000.", "1999-10-29", "es", "durante los primeros tres meses del año 2000", "2000-03-31", "-"},
		{"presente año", "antes de que concluya el presente año.", "2007-10-31", "es", "antes de que concluya el presente año", "2007-12-31", "-"},
		{"del presente año", "antes del 15 de marzo del presente año", "2017-01-27", "es", "antes del 15 de marzo del presente año", "2017-03-15", "-"},
		{"end of the year", "send comments before the end of the year", "2017-01-27", "en", "before the end of the year", "2017-12-31", "-"},
		{"end of next year", "by the end of next year", "2017-01-27", "en", "by the end of next year", "2018-12-31", "-"},
		{"day in words", "a más tardar el treinta de junio de 2012", "2012-05-10", "es", "a más tardar el treinta de junio de 2012", "2012-06-30", "-"},
		{"el mes de", "antes de que concluya el mes de agosto de 2018.", "2018-06-20", "es", "antes de que concluya el mes de agosto de 2018", "2018-08-31", "-"},
		{"within a period of", "within a period of two months", "2012-05-10", "en", "within a period of two months", "2012-07-10", "-"},
		{"entre is no skip far away", "la haga circular entre los Países Miembros durante el primer semestre de 2019.", "2018-11-27", "es", "durante el primer semestre de 2019", "2019-06-30", "-"},
		{"between adjacent", "the workshop will be held between 3 and 5 March 2016", "2015-11-10", "en", "", "", "-"},
		{"next meeting of a group in month", "to present its study at the next meeting of the Working Group in March 2025.", "2024-10-16", "en", "at the next meeting of the Working Group in March 2025", "2025-03-31", "-"},
		{"OCR capital I for l", "y su distribución antes de Ia reunión del GRCM de junio de 2014.", "2014-01-20", "es", "antes de Ia reunión del GRCM de junio de 2014", "2014-06-30", "-"},
		{"at its month year meeting", "to present it to the RCGM at its November 2016 meeting.", "2016-09-08", "en", "at its November 2016 meeting", "2016-11-30", "-"},
		{"body's month meeting", "and report back at the Network's March 2019 meeting", "2018-10-02", "en", "at the Network's March 2019 meeting", "2019-03-31", "-"},
		{"su reunión de month es", "que lo presente al GRCM en su reunión de junio de 2017.", "2017-02-08", "es", "al GRCM en su reunión de junio de 2017", "2017-06-30", "-"},
		{"con plazo común al", "Respecto al Plan de Acción, con plazo común al 30 de abril de 2008:", "2007-11-20", "es", "con plazo común al 30 de abril de 2008", "2008-04-30", "-"},
		{"fecha límite label", "Fecha límite: 15 de mayo de 2012", "2012-02-01", "es", "Fecha límite: 15 de mayo de 2012", "2012-05-15", "-"},
		{"deadline label", "Deadline: 30 June 2019", "2019-03-01", "en", "Deadline: 30 June 2019", "2019-06-30", "-"},
		{"meeting dated in a relative clause", "y la someta a nuestra consideración en la XV Reunión Viceministerial, que se celebrará en México durante el primer semestre de 2010.", "2009-11-05", "es", "en la XV Reunión Viceministerial, que se celebrará en México durante el primer semestre de 2010", "2010-06-30", "-"},
		{"meeting to be held in", "to report at the next RCGM meeting, to be held in Panama in November 2016.", "2016-06-10", "en", "at the next RCGM meeting, to be held in Panama in November 2016", "2016-11-30", "-"},
		{"past dated meeting", "as agreed at its November 2015 meeting", "2016-09-08", "en", "", "", "-"},
		{"earlier meeting of month", "lo acordado en su reunión de noviembre de 2011", "2012-05-10", "es", "", "", "-"},
		// Phrases that are no deadline.
		{"held in", "the workshop held in Thailand in January 2015", "2015-06-15", "en", "", "", "-"},
		{"took place", "the meeting which took place on July 10-11, 2014", "2014-11-25", "en", "", "", "-"},
		{"programado para", "el taller programado para diciembre de 2010", "2010-05-19", "es", "", "", "-"},
		{"tendrá lugar", "el seminario que tendrá lugar en la Ciudad de Panamá en agosto de 2010", "2010-05-19", "es", "", "", "-"},
		{"plan period", "Aprobar el Plan de Trabajo 2010-2011", "2010-05-19", "es", "", "", "-"},
		{"work plan for", "the Work Plan for 2015 – 2016", "2015-06-15", "en", "", "", "-"},
		{"year range with cue", "durante 2015-2016", "2015-06-15", "es", "", "", "-"},
		{"budget for", "Budget for 2015", "2014-11-25", "en", "", "", "-"},
		{"bare date", "el 31 de julio de 2002", "2002-05-31", "es", "", "", "-"},
		{"since", "since January 2015", "2015-06-15", "en", "", "", "-"},
		{"desde", "desde junio de 2015", "2015-06-15", "es", "", "", "-"},
		{"para el año", "como tema de la Conferencia para el año 2002", "2002-05-31", "es", "", "", "-"},
		{"may is a verb", "members may share it", "2015-06-15", "en", "", "", "-"},
		{"launching then during", "To thank IOM for launching, in March 2016, the online course, and to request IOM to open a second edition during the second half of 2016.", "2016-06-13", "en", "during the second half of 2016", "2016-12-31", "-"},
		{"empty", "", "2016-06-13", "en", "", "", "-"},
		{"next alone", "the next steps", "2016-06-13", "en", "", "", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := Find(tt.text, date(tt.meeting), tt.lang, g)
			if tt.wantText == "" {
				if ok {
					t.Fatalf("Find(%q) = %+v, want none", tt.text, d)
				}
				return
			}
			if !ok {
				t.Fatalf("Find(%q) found nothing, want %q", tt.text, tt.wantText)
			}
			if d.Text != tt.wantText || tt.text[d.Pos:d.PosEnd] != d.Text {
				t.Errorf("Text = %q (span %q), want %q", d.Text, tt.text[d.Pos:d.PosEnd], tt.wantText)
			}
			if !d.End.Equal(date(tt.wantEnd)) {
				t.Errorf("End = %s, want %s", d.End.Format("2006-01-02"), tt.wantEnd)
			}
			if rel := tt.next != "-"; d.Relative != rel || (rel && d.NextMeetingOf != tt.next) {
				t.Errorf("Relative = %v, NextMeetingOf = %q; want %v, %q", d.Relative, d.NextMeetingOf, rel, tt.next)
			}
		})
	}
}

func TestFindCell(t *testing.T) {
	m := time.Date(2008, 4, 11, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, lang, want string }{
		{"30 de junio", "es", "2008-06-30"},
		{"15 de mayo de 2008", "es", "2008-05-15"},
		{"agosto de 2008", "es", "2008-08-31"},
		{"segundo semestre de 2008", "es", "2008-12-31"},
		{"antes de finalizar 2008", "es", "2008-12-31"},
		{"31 March 2009", "en", "2009-03-31"},
		{"September 2009", "en", "2009-09-30"},
		{"by the end of June", "en", "2008-06-30"},
		{"Q4 2008", "en", "2008-12-31"},
		{"Second half of 2009", "en", "2009-12-31"},
		{"First half of\n2009", "en", "2009-06-30"},
		{"By the end of Q1 2009", "en", "2009-03-31"},
		{"July-December\n2008", "en", "2008-12-31"},
		{"de septiembre a diciembre de 2008", "es", "2008-12-31"},
		{"November–February 2009", "en", "2009-02-28"},
		{"July to 15 December 2008", "en", "2008-07-31"},
		{"permanente", "es", ""},
		{"30 días antes de la XXII CSM", "es", ""},
		{"30 days before the Ministerial Consultation", "en", ""},
		{"", "es", ""},
	}
	for _, tt := range tests {
		d, ok := FindCell(tt.text, m, tt.lang, nil)
		got := ""
		if ok {
			got = d.End.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("FindCell(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAnnounces(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, body string
		ok         bool
	}{
		{"La próxima reunión del GRCM se celebrará en la Ciudad de México los días 5 y 6 de octubre de 2008.", "rcgm", true},
		{"Members agreed that the Working Group would hold its sixth meeting in Bangkok, Thailand, on 4-5 June 2019.", "", true},
		{"El GRCM celebrará su próxima reunión en Tegucigalpa en octubre de 2012.", "rcgm", true},
		{"El GRCM celebró su reunión en Tegucigalpa.", "", false},
		{"The next Senior Officials' Meeting of the Colombo Process will be held in Colombo on 21 October 2019.", "colombo", true},
		{"La próxima reunión tendrá lugar en Tegucigalpa.", "", true},
		{"Acordar que la próxima reunión del GRCM se celebre en la Ciudad de México los días 23 y 24 de marzo de 2010.", "rcgm", true},
		{"The Group agreed that the next meeting of the RCGM be held in Panama City on June 19-20, 2012.", "rcgm", true},
		{"Enviar el informe antes de la próxima reunión del GRCM, 15 de agosto de 2013.", "", false},
		{"Panamá agradece la reunión.", "", false},
		{"To hold the next meeting of the RCGM in Belmopan on 22 and 23 April 2010.", "rcgm", true},
		{"Celebrar su próxima reunión en modalidad virtual el 9 de marzo de 2021.", "", true},
		{"Agradecer a Panamá la organización de la reunión.", "", false},
		{"Participants were informed that the fifth meeting of the IGAD-RCP will be held in Kampala, Uganda, on 12 and 13 May 2015.", "igad_rcp", true},
		{"The 7th RCGM meeting will take place in Ottawa in June 2003.", "rcgm", true},
		{"La XXV Reunión Viceministerial de la CRM se celebrará en Panamá en junio de 2020.", "vmm", true},
		{"The fifth meeting of the IGAD-RCP was held in Kampala in May 2015.", "", false},
		{"Enviar antes de la próxima reunión de la Red\t\n3\tRemitir a la ST los datos de repatriaciones del primer semestre de 2013 y los informes nacionales. La reunión se realizará en mayo.", "", false},
	}
	for _, tt := range tests {
		a, ok := Announces(tt.text, g)
		if ok != tt.ok || a.BodyID != tt.body {
			t.Errorf("Announces(%q) = %q %v, want %q %v", tt.text, a.BodyID, ok, tt.body, tt.ok)
		}
	}
}

// TestFindAfter counts a span from a date the agreement names before the
// clause ("... by 31 March 2017. ... one month after that date"), and gives
// no deadline where no such date is written.
func TestFindAfter(t *testing.T) {
	meeting := time.Date(2016, 12, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct{ before, text, lang, want string }{
		{"Sri Lanka undertook to circulate a draft strategy by 31 March 2017. ", "Member States will send their comments no later than one month after that date.", "en", "2017-04-30"},
		{"La ST circulará el borrador a más tardar el 15 de febrero de 2017. ", "Los Países Miembros enviarán sus comentarios dentro de los 30 días siguientes a esa fecha.", "es", "2017-03-17"},
		{"", "Member States will send their comments no later than one month after that date.", "en", ""},
		{"The Chair will circulate the draft in 2017. ", "Member States will reply within two weeks after that date.", "en", ""},
	}
	for _, tt := range tests {
		d, ok := FindAfter(tt.before, tt.text, meeting, tt.lang, nil)
		got := ""
		if ok {
			got = d.End.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("FindAfter(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestMeetingDates checks the dates a report gives meetings named by their
// number, which a bare "en la XI Conferencia" elsewhere is due by, and that
// such a bare reference is relative to them.
func TestMeetingDates(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Encomendar a la ST unos lineamientos que deberán presentarse antes de la XI Conferencia, prevista en El Salvador en mayo de 2006. La VIII Conferencia, celebrada en mayo de 2003, aprobó el Plan."
	got := MeetingDates(text, date("2005-04-29"), "es", g)
	if d, ok := got[11]; !ok || !d.End.Equal(date("2006-05-31")) {
		t.Errorf("MeetingDates: XI = %+v, want due 2006-05-31", got[11])
	}
	if d, ok := MeetingDates("Chile será sede de la Tercera Conferencia en 2002.", date("2001-04-20"), "es", g)[3]; ok {
		t.Errorf("MeetingDates: a conference dated by its year only = %+v, want none", d)
	}
	if _, ok := got[8]; ok {
		t.Errorf("MeetingDates: VIII, a past conference, = %+v, want none", got[8])
	}
	d, ok := Find("Solicitar a la OEA que presente, en la XI Conferencia, un estudio.", date("2005-04-29"), "es", g)
	if !ok || !d.Relative || d.Ordinal != 11 {
		t.Errorf("Find: %+v, want relative to meeting XI", d)
	}
}
