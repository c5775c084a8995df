package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"actas"
)

// TestOperativeReports scores the reports written for how the operative
// part is found and bounded (testdata/operative: numbered opening sections
// before the decisions, bullets under topic headings, "X to do Y" bullets,
// sub-points ending with ";"), in their plain text and in every
// perturbation of it, against their gold files; testdata/operative-heldout
// was written before the rules and is held to a lower bar.
func TestOperativeReports(t *testing.T) {
	for _, tc := range []struct {
		dir string
		bar float64
	}{{"testdata/operative", 1.0}, {"testdata/operative-heldout", 0.85}} {
		variants := append([]struct {
			name string
			fn   func(string) string
		}{{"plain", func(s string) string { return s }}}, perturbations...)
		for _, v := range variants {
			dir := perturbedCopy(t, tc.dir, v.fn)
			sc, misses := corpusScores(t, dir)
			for _, m := range misses {
				t.Log(tc.dir, v.name, m)
			}
			atBar(t, tc.dir+" "+v.name, sc, func(k string) float64 {
				switch {
				case k == "meeting":
					return -1 // the meeting is meeting.go's, with tests of its own
				case v.name != "plain":
					// the body read from a title whose breaks were lost
					// (meeting.go) decides which mention is the report's own
					return min(tc.bar, 0.93)
				}
				return tc.bar
			})
		}
	}
}

// perturbedCopy writes every report of dir, mangled by fn, with its gold
// file into a fresh directory.
func perturbedCopy(t *testing.T, dir string, fn func(string) string) string {
	t.Helper()
	out := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if filepath.Ext(f) == ".txt" {
			s = fn(s)
		}
		if err := os.WriteFile(filepath.Join(out, filepath.Base(f)), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestPartyInfinitive checks "X to do Y" points: the party must act, with
// the lead-in's action where it asks or recommends, else as a commitment.
func TestPartyInfinitive(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lead, text, action, party string
	}{
		{"recommend", "IOM to prepare a mapping of recruitment costs.", "recommend", "IOM"},
		{"recommend", "Member States to share their agreements by March 2020.", "recommend", "member_states"},
		{"agree", "Sri Lanka to host a technical workshop in 2020.", "commit", "LKA"},
		{"", "The Government of Fiji to host the next conference.", "commit", "FJI"},
		{"request", "UNHCR and UNICEF to expand their assistance.", "request", "UNHCR+UNICEF"},
		{"recommend", "Encourage Member States to ratify the conventions.", "request", "member_states"},
		{"recommend", "To strengthen the exchange of information.", "recommend", ""},
		{"recommend", "IOM, in coordination with UNHCR, to prepare a guide by June 2020.", "recommend", "IOM"},
	} {
		a := newAnalysis(tc.text, x.rules, x.gaz)
		a.lead = lead{action: actas.Action(tc.lead), colon: true}
		a.findClauses()
		if len(a.clauses) == 0 {
			t.Errorf("%q: no clause", tc.text)
			continue
		}
		c := a.clauses[0]
		var prev []actas.Entity
		ps := x.parties(a, c, &prev, nil)
		var ids []string
		for _, e := range ps {
			ids = append(ids, e.ID)
		}
		party := strings.Join(ids, "+")
		if string(c.action) != tc.action || party != tc.party {
			t.Errorf("%q under %q: %s %q, want %s %q", tc.text, tc.lead, c.action, party, tc.action, tc.party)
		}
	}
}

// TestSectionTitle checks which numbered lines open a section title: a
// sentence with its subject, wrapped before a name, opens none.
func TestSectionTitle(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		body, next string
		want       bool
	}{
		{"Next meeting", "The Group will meet in 2019.", true},
		{"Inauguración de la reunión", "La Presidencia dio la bienvenida.", true},
		{"The meeting agreed that the next Senior Officials'", "Meeting will be held in Jakarta.", false},
		{"La Reunión acordó que el próximo Grupo", "Regional se reunirá en 2019.", false},
		{"Ethiopia undertook to share its Overseas Employment", "Proclamation and the related implementing directives with", false},
		{"Costa Rica ofreció compartir su Protocolo", "Binacional con Panamá.", false},
		{"The Sixth Meeting of the IGAD Regional Consultative", "Process on Migration (IGAD-RCP) was held in Nairobi,", false},
		{"La reunión de la Red de Funcionarios de", "Enlace se celebró en San José.", false},
		{"The way forward", "Delegations agreed to meet again.", true},
		{"Estuvieron representados en la XVI Conferencia Suramericana sobre", "Migraciones (CSM) los Gobiernos de la República Argentina,", false},
		{"Closing The Presidency Pro Tempore thanked Guatemala for", "hosting the meeting and closed the session.", true},
	}
	for _, tt := range tests {
		p := &parser{rules: x.rules}
		if _, got := p.sectionTitle(tt.body, tt.next); got != tt.want {
			t.Errorf("sectionTitle(%q, %q) = %v, want %v", tt.body, tt.next, got, tt.want)
		}
	}
}
