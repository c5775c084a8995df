package extract

import (
	"strings"
	"testing"
)

// The tests of this file check the language habits issue 10 lists, each in
// wordings of our own (none copied from a report): lead-in inheritance of
// action and party, misspelt and OCR-damaged verbs, participant cues, and
// dates in words and ranges. The deadline phrases are in
// ingest/deadline/testdata/ends.txt; agreement-level cases are in testdata/points.txt.

// TestHabitDamagedVerbs checks misspelt, OCR-damaged and split verbs.
func TestHabitDamagedVerbs(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, actions string }{
		{"Solisitar a la OIT un diagnóstico.", "request"},
		{"Agradecerr a Belice su hospitalidad.", "thank"},
		{"Encornendar a la PPT la convocatoria.", "entrust"},
		{"Recornendar al GRCM la aprobación del plan.", "recommend"},
		{"Felicitrar a Costa Rica por su gestión.", "congratulate"},
		{"Solici tar a la OIM un informe.", "request"},
		{"Recomen- dar a los países designar enlaces.", "recommend"},
		{"Tornar nota del informe de la ST.", "take_note"},
		{"Reqeust IOM to prepare a study.", "request"},
		{"Recommnd that the RCGM adopt the guide.", "recommend"},
		{"Guatemala presentó el informe.", ""},
		// praise of a party's effort is thanks
		{"Applaud the efforts of Guatemala in the fight against trafficking.", "thank"},
		{"Aplaudir los esfuerzos de Honduras en la protección de la niñez migrante.", "thank"},
	}
	for _, tt := range tests {
		a := newAnalysis(tt.text, x.rules, x.gaz)
		a.findClauses()
		var acts []string
		for _, c := range a.clauses {
			acts = append(acts, string(c.action))
		}
		if got := strings.Join(acts, " "); got != tt.actions {
			t.Errorf("%q: actions %q, want %q", tt.text, got, tt.actions)
		}
	}
}

// TestHabitParticipants checks participation cues, observers and excused
// countries in wordings of our own.
func TestHabitParticipants(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"estuvieron representados", "En la reunión estuvieron representados Belice, Honduras y Nicaragua.", "BLZ HND NIC"},
		{"se reunieron los funcionarios de", "Se reunieron los funcionarios de Guatemala, México y Panamá en la sede de la OIM.", "GTM MEX PAN"},
		{"observers are participants", "Asistieron las delegaciones de Costa Rica y El Salvador. Colombia y Ecuador asistieron en calidad de observadores.", "CRI SLV COL ECU"},
		{"excused are not", "The delegations of Canada, Mexico and Panama attended. The Dominican Republic sent its apologies.", "CAN MEX PAN"},
		{"excused in Spanish", "Participaron las delegaciones de Honduras y Nicaragua. Se excusó la delegación de Belice.", "HND NIC"},
		{"label countries represented", "Countries represented: Belize, Honduras, Panama.", "BLZ HND PAN"},
		{"tomaron parte", "Tomaron parte en la reunión los países de Centroamérica: Guatemala, Honduras, El Salvador y Nicaragua.", "GTM HND SLV NIC"},
		{"excused in a clause of its own", "Representatives of Ecuador and Peru participated as observers, while Venezuela excused itself.", "ECU PER"},
		{"cue cut by a line-end hyphen", "Participaron Honduras y Panamá. Asis-\ntieron en calidad de observadores Colombia y Perú.", "HND PAN COL PER"},
	}
	for _, tt := range tests {
		got := countryIDs(x.participants(tt.text, nil, false))
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, strings.Join(got, " "), tt.want)
		}
	}
}

// TestHabitDates checks meeting dates written in words and as ranges.
func TestHabitDates(t *testing.T) {
	tests := []struct{ text, start, end string }{
		{"del veinte al veintidós de junio de dos mil quince", "2015-06-20", "2015-06-22"},
		{"los días tres y cuatro de mayo de dos mil diez", "2010-05-03", "2010-05-04"},
		{"el primero de diciembre de dos mil nueve", "2009-12-01", "2009-12-01"},
		{"28 al 30 de abril de 2014", "2014-04-28", "2014-04-30"},
		{"31 de mayo al 1 de junio de 2016", "2016-05-31", "2016-06-01"},
		{"on the eleventh and twelfth of October 2018", "2018-10-11", "2018-10-12"},
		{"from 7 to 9 March 2017", "2017-03-07", "2017-03-09"},
		{"June 27-28, 2013", "2013-06-27", "2013-06-28"},
		{"from the 3rd to the 5th of May 2017", "2017-05-03", "2017-05-05"},
		{"entre el 12 y el 14 de agosto de 2014", "2014-08-12", "2014-08-14"},
	}
	for _, tt := range tests {
		ds := findDates(tt.text)
		if len(ds) == 0 {
			t.Errorf("findDates(%q) found nothing", tt.text)
			continue
		}
		d := ds[0]
		if d.start.Format("2006-01-02") != tt.start || d.end.Format("2006-01-02") != tt.end {
			t.Errorf("findDates(%q) = %s..%s, want %s..%s", tt.text, d.start.Format("2006-01-02"), d.end.Format("2006-01-02"), tt.start, tt.end)
		}
	}
}
