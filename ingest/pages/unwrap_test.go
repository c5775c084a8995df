package pages

import (
	"os"
	"strings"
	"testing"

	"actas"
)

// TestUnwrap rejoins words that a monospaced print cut at its right margin
// and joins a full line to the next with a space where the sentence goes
// on, never gluing two words.
func TestUnwrap(t *testing.T) {
	tests := []struct {
		file      string
		want, not []string
	}{
		{"testdata/mono-crm-vii.txt",
			[]string{"Antigua Guatemala, Guatemala", "Los Viceministros", "Por su parte el Gobierno", "Estados Unidos de América"},
			[]string{"Gua\ntemala", "parteel"}},
		{"testdata/mono-bali.txt",
			[]string{"TASK FORCE", "People Smuggling", "Sri Lanka", "brought together"},
			[]string{"TA\nSK", "S\nri"}},
		{"testdata/mono-crm-vi.txt",
			[]string{"Migración (CRM), con", "30 de junio de 2001."},
			[]string{"(CRM\n)", "200\n1."}},
		// a text wrapped at 68 columns printed at 60: each full line is
		// followed by the rest the column cut off, and the wrapped text's own
		// short lines look word-wrapped; words known to the reference data
		// (septiembre, Organización) are rejoined
		{"testdata/mono-double-wrap.txt",
			[]string{"Guatemala,", "América", "Trabajo", "septiembre", "laboral", "Gobierno", "Regional", "Gobierno de"},
			[]string{"Guatem\nala", "septiemb re", "Tra bajo", "Regi onal"}},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		got := Unwrap([]actas.Page{{Number: 1, Text: string(b)}})[0].Text
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing", tt.file, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: %q still there", tt.file, w)
			}
		}
	}
	// ordinary text, with lines of many widths, is left alone
	plain := "1. Agradecer a la OIM.\n2. Solicitar a la ST un informe sobre\nel taller.\n"
	if got := Unwrap([]actas.Page{{Text: plain}})[0].Text; got != plain {
		t.Errorf("plain text changed: %q", got)
	}
}

// TestUnwrapWordWrapped leaves alone a text re-wrapped at word boundaries,
// many of whose lines reach the width: no word was cut, so no line joins.
func TestUnwrapWordWrapped(t *testing.T) {
	b, err := os.ReadFile("testdata/rewrapped-58.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := Unwrap([]actas.Page{{Number: 1, Text: string(b)}})[0].Text; got != string(b) {
		t.Errorf("word-wrapped text changed:\n%s", got)
	}
}

// TestUnwrapWordWrappedCapitals checks a short re-wrapped text whose short
// lines mostly end before a capitalised word ("a la Secretaría" / "Técnica
// que ..."): it is no print cut at a column, and "primera" / "quincena"
// stay two words.
func TestUnwrapWordWrappedCapitals(t *testing.T) {
	b, err := os.ReadFile("testdata/rewrapped-capitals.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := Unwrap([]actas.Page{{Number: 1, Text: string(b)}})[0].Text; got != string(b) {
		t.Errorf("word-wrapped text changed:\n%s", got)
	}
}

// TestUnwrapKeepsFooters keeps a footer's rule, its page line and the line
// after it apart in a print cut at their width: no sentence goes on there.
func TestUnwrapKeepsFooters(t *testing.T) {
	b, err := os.ReadFile("testdata/mono-crm-vi.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	rule := strings.Repeat("_", 93)
	page := "Red de Funcionarios de Enlace – Trata y Tráfico" + strings.Repeat(" ", 37) + "Página 2"
	footer := []string{rule, page, "CRM / GRCM – Panamá, febrero de 2008"}
	text := strings.Join(append(append(lines[:12:12], footer...), lines[12:]...), "\n")
	out := Clean([]actas.Page{{Number: 1, Text: text, Method: "pdf"}})[0].Text
	if !strings.Contains(out, rule+"\n"+page+"\n") {
		t.Errorf("footer joined to its neighbours:\n%s", out)
	}
}
