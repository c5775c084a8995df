package extract

import (
	"strings"
	"testing"
)

// TestIssue10MoreParties checks a second set of parties in wordings of our
// own: roles, chairs, impersonal and subjunctive forms.
func TestIssue10MoreParties(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"country in its role", "Los países acordaron:\n\n1. Honduras, en su calidad de PPT, se compromete a circular la agenda.\n", []string{"1 commit HND"}},
		{"ask the chair", "The Member Countries agreed:\n\n1. To ask the Chair to circulate the revised draft.\n", []string{"1 request"}},
		{"outgoing presidency", "Los países acordaron:\n\n1. Solicitar a la Presidencia Pro Tempore saliente un informe de gestión.\n", []string{"1 request PPT"}},
		{"se instruye", "Los países acordaron:\n\n1. Se instruye a la Secretaría Técnica elaborar una nota conceptual.\n", []string{"1 entrust TS"}},
		{"decided that X will", "The Member Countries agreed:\n\n1. The meeting decided that the Technical Secretariat will prepare a concept note.\n", []string{"1 agree TS"}},
		{"two parties asked", "Los países acordaron:\n\n1. Encomendar a la PPT y a la ST la preparación de la agenda.\n", []string{"1 entrust PPT TS"}},
		{"a future only noted", "Los países acordaron:\n\n1. Tomar nota de que la PPT circulará el proyecto de agenda en abril.\n", []string{"1 take_note"}},
		{"a commitment noted", "Los países acordaron:\n\n1. Tomar nota de que el Gobierno de Belice se compromete a presentar un informe.\n", []string{"1 take_note BLZ"}},
		{"misspelt verb with a pronoun", "Los países acordaron:\n\n1. Solisitarle a la OIM un informe.\n", []string{"1 request IOM"}},
		{"inverted commitment", "Los países acordaron:\n\n1. Queda encargada la ST de preparar un estudio.\n", []string{"1 commit TS"}},
		{"inverted reflexive commitment", "Los países acordaron:\n\n1. Se compromete la OIM a preparar un estudio.\n", []string{"1 commit IOM"}},
		{"passive with an adverb", "The Member Countries agreed:\n\n1. The TS is hereby instructed to prepare a study.\n", []string{"1 entrust TS"}},
		{"helper is no party", "Los países acordaron:\n\n1. Solicitar a la ST, con el apoyo de la OIM, un mapeo regional.\n", []string{"1 request TS"}},
	}
	for _, tt := range tests {
		if got := pointSummaries(t, x, tt.name, tt.text); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
