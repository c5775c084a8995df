package extract

import (
	"strings"
	"testing"

	"actas"
)

// The tests of this file check the language habits issue 10 lists, each in
// wordings of our own (none copied from a report): lead-in inheritance of
// action and party, misspelt and OCR-damaged verbs, participant cues, and
// dates in words and ranges. The deadline phrases are in
// ingest/deadline/habits_test.go.

// TestHabitLeadIn checks that a point with no cue verb, or none at all,
// takes its lead-in's action and party.
func TestHabitLeadIn(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string // per agreement: number action parties
	}{
		{"acordaron: non-cue verbs", "Los gobiernos acordaron:\n\n1. Establecer una mesa técnica sobre retorno.\n2. Desarrollar un protocolo común.\n",
			[]string{"1 agree", "2 agree"}},
		{"decide: English, cue keeps its own action", "The Member Countries decide:\n\n1. To create a regional fund.\n2. To thank Panama for hosting the meeting.\n",
			[]string{"1 agree", "2 thank"}},
		{"recomiendan: verbless", "Los funcionarios recomiendan:\n\n- Un mecanismo de consulta permanente.\n- Elaborar una guía regional.\n",
			[]string{"1 recommend", "2 recommend"}},
		// a point whose verb's only object is the party that acts in its
		// sub-points only introduces them (ANNOTATION: action none); the
		// party and the action are handed down
		{"party in the lead-in point", "ACUERDAN:\n\n1. Encomendar a la Secretaría Técnica:\n   a) Actualizar el directorio.\n   b) Un informe anual.\n",
			[]string{"1 none", "1.a entrust TS", "1.b entrust TS"}},
		{"party in the lead-in point, English", "The Vice-Ministers agreed to:\n\n1. Request UNHCR:\n   a) To map protection needs.\n   b) A short report by June 2020.\n",
			[]string{"1 none", "1.a request UNHCR", "1.b request UNHCR"}},
		{"commit lead-in hands its party down", "The Member Countries undertake to:\n\n1. Exchange data on returns.\n2. Designate a focal point.\n",
			[]string{"1 commit member_states", "2 commit member_states"}},
		{"no action named", "DECLARAN:\n\n1. Impulsar la cooperación regional.\n",
			[]string{"1 other"}},
		{"a point that commits its sub-points", "The delegations agreed:\n\n1. The Member Countries undertake to:\n   a) Share their statistics with the TS.\n   b) Designate a focal point.\n",
			[]string{"1 none", "1.a commit member_states", "1.b commit member_states"}},
		{"a point that commits its sub-points, Spanish", "Las delegaciones acordaron:\n\n1. México y Guatemala se comprometen a:\n   a) Compartir sus protocolos.\n   b) Presentar un informe conjunto.\n",
			[]string{"1 none", "1.a commit MEX GTM", "1.b commit MEX GTM"}},
		{"list announced to a party", "ACUERDAN:\n\n1. Encomendar a la Secretaría Técnica lo siguiente:\n   a) Preparar el presupuesto.\n   b) Actualizar el sitio web.\n",
			[]string{"1 none", "1.a entrust TS", "1.b entrust TS"}},
		{"a point that decides, then introduces", "ACUERDAN:\n\n1. Tomar nota del informe de la OIM y, al respecto:\n   a) Solicitarle una versión final.\n   b) Agradecer su apoyo.\n",
			[]string{"1 take_note", "1.a request IOM", "1.b thank"}},
	}
	for _, tt := range tests {
		if got := pointSummaries(t, x, tt.name, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

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
		var got []string
		for _, e := range x.participants(tt.text, nil, false) {
			if e.Type == actas.EntityCountry {
				got = append(got, e.ID)
			}
		}
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

// pointSummaries extracts text and gives each agreement as its number, its
// action and the parties of its commitments ("1.a commit member_states").
func pointSummaries(t *testing.T, x *Extractor, name, text string) []string {
	t.Helper()
	rep, err := x.Extract(&actas.Document{Pages: splitPages(text)})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var got []string
	for _, ag := range rep.Agreements {
		s := ag.Number + " " + string(ag.Action)
		for _, c := range ag.Commitments {
			s += " " + c.Responsible.ID
		}
		got = append(got, s)
	}
	return got
}
