package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"actas"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// render describes a report in a compact, reviewable text form.
func render(rep *actas.Report) string {
	var b strings.Builder
	m := rep.Meeting
	fmt.Fprintf(&b, "meeting: %s | %s | %s..%s | %s, %s | %s\n", m.BodyID, m.BodyEN, day(m.StartDate),
		day(m.EndDate), m.City, m.CountryISO3, m.Language)
	var ps []string
	for _, p := range rep.Participants {
		ps = append(ps, p.ID)
	}
	fmt.Fprintf(&b, "participants: %s\n", strings.Join(ps, " "))
	for _, a := range rep.Agreements {
		var acts, ms, cs []string
		for _, c := range a.Clauses {
			acts = append(acts, fmt.Sprintf("%s(%s)", c.Action, c.Verb))
		}
		for _, e := range a.Mentions {
			ms = append(ms, e.ID)
		}
		for _, c := range a.Commitments {
			s := c.Responsible.ID
			if !c.DueEnd.IsZero() {
				s += "@" + day(c.DueEnd)
			}
			if c.DueNextMeetingOf != "" {
				s += "@next:" + c.DueNextMeetingOf
			}
			cs = append(cs, s)
		}
		fmt.Fprintf(&b, "%s [%s] %s\n  actions: %s\n  mentions: %s\n  commitments: %s\n", a.Number, a.ParentNumber,
			a.Action, strings.Join(acts, " "), strings.Join(ms, " "), strings.Join(cs, " "))
	}
	return b.String()
}

func day(t interface{ Format(string) string }) string { return t.Format("2006-01-02") }

// TestLayouts extracts one report per layout habit (roman numerals, bullets
// and private-use glyphs, inline numbering, sections that restart numbering,
// typos, page-break debris, ordinal words, unnumbered paragraphs, dotted
// numbers, a numbered narrative before the agreements) and compares the
// result with its golden file.
func TestLayouts(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/layouts/*.txt")
	if len(files) == 0 {
		t.Fatal("no layouts")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := x.Extract(&actas.Document{Pages: splitPages(string(src))})
			if err != nil {
				t.Fatal(err)
			}
			got := render(rep)
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// splitPages cuts a test text into pages at form feeds.
func splitPages(s string) []actas.Page {
	var ps []actas.Page
	for i, p := range strings.Split(s, "\f") {
		ps = append(ps, actas.Page{Number: i + 1, Text: p})
	}
	return ps
}
