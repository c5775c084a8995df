package extract

import (
	"strings"
	"testing"

	"actas"
)

// The tests of this file are agreement-level cases of issue 10 in wordings
// of our own: a party named only by a heading or a lead-in, the chair as a
// party, verbs with clitics, passives and nouns.

// issue10Header dates a GRCM meeting so relative deadlines have an anchor.
const issue10Header = "REUNIÓN DEL GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN\nTegucigalpa, Honduras, 20 y 21 de junio de 2012\n\n"

// TestIssue10HeadingParty checks that sub-points inherit the party a
// heading or lead-in names ("En relación con la ST:").
func TestIssue10HeadingParty(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en relación con", "Los países acordaron:\n\n1. En relación con la ST:\n   a) Solicitar la actualización del directorio de enlaces.\n   b) Encomendar la preparación de un informe anual.\n",
			[]string{"1 none", "1.a request TS", "1.b entrust TS"}},
		{"with regard to", "The Vice-Ministers agreed:\n\n1. With regard to the Technical Secretariat:\n   a) To request an updated directory of focal points.\n   b) To instruct it to prepare a report on returns.\n",
			[]string{"1 none", "1.a request TS", "1.b entrust TS"}},
		{"al gobierno de, heading line", "Los países acordaron:\n\n1. Al Gobierno de Honduras:\n   a) Solicitar que presente el informe nacional.\n   b) Agradecer su hospitalidad.\n",
			[]string{"1 none", "1.a request HND", "1.b thank"}},
		{"responsable label", "Los países acordaron:\n\n1. Solicitar la elaboración de un directorio regional. Responsable: ST.\n2. Recomendar la difusión de la guía. Responsable: OIM\n",
			[]string{"1 request TS", "2 recommend IOM"}},
		{"topic heading lines between points", "The Member Countries agreed:\n\nWith regard to the Technical Secretariat\n\n1. To request an updated directory.\n2. To thank it for its report.\n\nWith regard to IOM\n\n3. To request a regional study.\n",
			[]string{"1 request TS", "2 thank", "3 request IOM"}},
		{"topic heading lines over bullets", "ACUERDOS\n\nAl Gobierno de Honduras:\n- Solicitar que presente el informe nacional.\n- Agradecer su hospitalidad.\n\nA la OIM:\n- Solicitar un estudio regional.\n",
			[]string{"1 request HND", "2 thank", "3 request IOM"}},
		{"respecto a", "Los países acordaron:\n\n1. Respecto a la OIM:\n   a) Solicitar apoyo técnico para el taller regional.\n   b) Agradecer el informe presentado.\n",
			[]string{"1 none", "1.a request IOM", "1.b thank"}},
	}
	for _, tt := range tests {
		if got := pointSummaries(t, x, tt.name, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestIssue10Chair checks the chair as a party: the Presidency Pro Tempore
// is the organisation PPT; a chair named by no name ("The Chair") is a role
// the tables cannot hold, no party.
func TestIssue10Chair(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the chair", "The meeting adopted the following recommendations:\n\n- The Chair to circulate a draft framework by June 2020.\n- IOM to prepare a mapping of recruitment costs.\n",
			[]string{"1 recommend", "2 recommend IOM"}},
		{"presidencia pro tempore", "Los países acordaron:\n\n1. La Presidencia Pro Tempore se compromete a convocar una reunión virtual.\n",
			[]string{"1 commit PPT"}},
		{"la PPT enviará", "Los países acordaron:\n\n1. La PPT enviará el informe final a los países miembros.\n",
			[]string{"1 commit PPT"}},
	}
	for _, tt := range tests {
		if got := pointSummaries(t, x, tt.name, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestIssue10VerbForms checks verbs with clitics, passives and action
// nouns: each keeps its action and finds the party asked.
func TestIssue10VerbForms(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"solicitarle", "Los países acordaron:\n\n1. Solicitarle a la OIM un informe sobre retornos.\n", []string{"1 request IOM"}},
		{"encomendándole", "Los países acordaron:\n\n1. Tomar nota del informe de la ST, encomendándole su difusión entre los países.\n", []string{"1 take_note TS"}},
		{"se le solicita", "Los países acordaron:\n\n1. Se le solicita a la OIM preparar un estudio regional.\n", []string{"1 request IOM"}},
		{"se encarga a", "Los países acordaron:\n\n1. Se encarga a la ST la actualización del directorio.\n", []string{"1 entrust TS"}},
		{"is requested to", "The Member Countries agreed:\n\n1. IOM is requested to prepare a mapping of return flows.\n", []string{"1 request IOM"}},
		{"are invited to", "The Member Countries agreed:\n\n1. Member Countries are invited to share their national plans.\n", []string{"1 request member_states"}},
		{"request to", "The Member Countries agreed:\n\n1. Request to IOM to prepare a regional study on returns.\n", []string{"1 request IOM"}},
		{"a la OIM se le solicita", "Los países acordaron:\n\n1. A la OIM se le solicita preparar un estudio regional.\n", []string{"1 request IOM"}},
		{"has been tasked", "The Member Countries agreed:\n\n1. The Technical Secretariat has been tasked with updating the directory.\n", []string{"1 entrust TS"}},
		{"chair named by apposition", "The Member Countries agreed:\n\n1. That the Chair, Belize, will report on the outcome of this meeting to the Council.\n", []string{"1 commit BLZ"}},
		{"countries named by apposition", "The Member Countries agreed:\n\n1. To request the two host countries, Mexico and Panama, to submit a joint evaluation.\n", []string{"1 request MEX PAN"}},
		{"subject with a relative clause", "Los países acordaron:\n\n1. Los Países Miembros que tengan informes pendientes se comprometen a enviarlos.\n", []string{"1 commit member_states"}},
		{"nominal instrucción", "Los países acordaron:\n\n1. Instrucción a la ST para que actualice el directorio regional.\n", []string{"1 entrust TS"}},
		{"nominal invitation", "The Member Countries agreed:\n\n1. Invitation to UNHCR to present its regional study at the next meeting.\n", []string{"1 request UNHCR"}},
		{"nominal recomendación", "Los países acordaron:\n\n1. Recomendación al GRCM de aprobar la guía regional.\n", []string{"1 recommend RCGM"}},
		{"exhortar", "Los países acordaron:\n\n1. Exhortar a los Países Miembros a ratificar los convenios de la OIT.\n", []string{"1 request member_states"}},
	}
	for _, tt := range tests {
		if got := pointSummaries(t, x, tt.name, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestIssue10Due checks deadlines at agreement level, anchored on the
// meeting of issue10Header (21 June 2012).
func TestIssue10Due(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text, want string }{
		{"plan for a year at a meeting", "Los países acordaron:\n\n1. Solicitar a la ST que presente el plan de trabajo para 2013 en su reunión de noviembre de 2012.\n", "1 TS 2012-11-30"},
		{"next meeting", "Los países acordaron:\n\n1. Solicitar a la OIM un informe a más tardar en la próxima reunión.\n", "1 IOM next:rcgm"},
		{"responsable and plazo labels", "Los países acordaron:\n\n1. Elaborar un directorio regional de enlaces.\nResponsable: OIM\nPlazo: 30 de septiembre de 2012\n", "1 IOM 2012-09-30"},
		{"next meeting with its month after a comma", "Los países acordaron:\n\n1. La ST presentará la versión final en la próxima reunión del GRCM, prevista para noviembre de 2012.\n", "1 TS 2012-11-30"},
		{"antes de finalizar el año", "Los países acordaron:\n\n1. La ST enviará el directorio antes de finalizar el año.\n", "1 TS 2012-12-31"},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(issue10Header + tt.text)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ag := range rep.Agreements {
			for _, c := range ag.Commitments {
				due := "-"
				if !c.DueEnd.IsZero() {
					due = c.DueEnd.Format("2006-01-02")
				} else if c.DueNextMeetingOf != "" {
					due = "next:" + c.DueNextMeetingOf
				}
				got = append(got, ag.Number+" "+c.Responsible.ID+" "+due)
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
