package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"actas/ingest/gazetteer"
)

// withProcessRef is withProcess without the gate on body words: the
// reference TestWithProcessGate holds the gated version to.
func (x *Extractor) withProcessRef(words string, b gazetteer.Body) []gazetteer.Body {
	var out []gazetteer.Body
	for _, c := range []string{words + " of the " + b.NameEN, b.NameEN + " " + words, words + " del " + b.NameES, words + " de la " + b.NameES} {
		if o, s, e, ok := x.gaz.BodySpan(c); ok && s == 0 && e == len(c) && o.Family == b.Family {
			out = append(out, o)
		}
	}
	return out
}

// TestWithProcessGate checks that withProcess finds what withProcessRef
// finds for every run of two to five words of the test reports' first
// lines, and for every body's own aliases cut after the process's name.
func TestWithProcessGate(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var bodies []gazetteer.Body
	for id := range x.levels {
		if b, ok := x.gaz.BodyByID(id); ok && x.levels[id] == "ministerial" {
			bodies = append(bodies, b)
		}
	}
	files, _ := filepath.Glob("testdata/*/*.txt")
	var runs []string
	seen := map[string]bool{}
	for _, p := range files {
		s, _ := os.ReadFile(p)
		head := string(s[:min(len(s), 300)])
		ws := strings.Fields(head)
		for i := range ws {
			for n := 1; n <= 5 && i+n <= len(ws); n++ {
				if w := strings.Trim(strings.Join(ws[i:i+n], " "), ",;:.()"); !seen[w] {
					seen[w] = true
					runs = append(runs, w)
				}
			}
		}
	}
	for id := range x.levels {
		if b, ok := x.gaz.BodyByID(id); ok {
			for _, name := range []string{b.NameEN, b.NameES} {
				for _, cut := range []string{" of the ", " del ", " de la "} {
					if i := strings.Index(name, cut); i > 0 {
						runs = append(runs, name[:i])
					}
				}
			}
		}
	}
	found := 0
	for _, b := range bodies {
		for _, w := range runs {
			got, want := x.withProcess(w, b), x.withProcessRef(w, b)
			found += len(want)
			if len(got) != len(want) {
				t.Fatalf("withProcess(%q, %s) = %v, want %v", w, b.ID, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("withProcess(%q, %s) = %v, want %v", w, b.ID, got, want)
				}
			}
		}
	}
	if found == 0 {
		t.Error("no run names a body: the test tests nothing")
	}
	t.Logf("%d runs, %d bodies, %d found", len(runs), len(bodies), found)
}

// TestUnknownGroup names a group of a known process that the gazetteer
// does not know from its own title line, in English where the title gives
// both languages.
func TestUnknownGroup(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		body, lang string
		lines      []string
		want       string
	}{
		{"vmm", "en", []string{"Regional Conference on Migration (RCM)", "AD HOC WORKING GROUP ON LABOUR MOBILITY", "Grupo de Trabajo Ad Hoc sobre Movilidad Laboral"}, "Ad Hoc Working Group on Labour Mobility"},
		{"vmm", "es", []string{"CONFERENCIA REGIONAL SOBRE MIGRACIÓN", "Grupo de Trabajo sobre Movilidad Laboral"}, "Grupo de Trabajo sobre Movilidad Laboral"},
		{"budapest", "en", []string{"BUDAPEST PROCESS", "Working Group on the Black Sea Region"}, "Budapest Process Working Group on the Black Sea Region"},
	}
	for _, tt := range tests {
		b, ok := x.gaz.BodyByID(tt.body)
		if !ok {
			t.Fatalf("no body %s", tt.body)
		}
		if got, _ := x.unknownGroup(tt.lines, b, tt.lang); got != tt.want {
			t.Errorf("unknownGroup(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}
