package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"actas"
)

// TestPointCases extracts each case of testdata/points.txt and compares its
// agreements ("-> ") or its commitments' due dates ("due-> ") with the
// summary the case gives.
func TestPointCases(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := readPointCases("testdata/points.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(c.text)})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		got := pointSummaries(rep)
		if c.due {
			got = dueSummaries(rep)
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("points.txt:%d %s: got %q, want %q", c.line, c.name, g, c.want)
		}
	}
}

// pointCase is one case of testdata/points.txt.
type pointCase struct {
	name, text, want string
	due              bool
	line             int
}

// readPointCases reads the cases of a points file: "== name", text lines,
// then a "-> " or "due-> " line with the summary.
func readPointCases(path string) ([]pointCase, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []pointCase
	var cur *pointCase
	var text []string
	for n, line := range strings.Split(string(b), "\n") {
		switch {
		case cur == nil && (line == "" || strings.HasPrefix(line, "#")):
		case strings.HasPrefix(line, "== "):
			cur, text = &pointCase{name: line[3:], line: n + 1}, nil
		case cur != nil && (strings.HasPrefix(line, "-> ") || strings.HasPrefix(line, "due-> ")):
			cur.due = strings.HasPrefix(line, "due")
			cur.want = line[strings.Index(line, "> ")+2:]
			cur.text = strings.Join(text, "\n") + "\n"
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			text = append(text, line)
		default:
			return nil, fmt.Errorf("%s:%d: want '== name' before a case's text", path, n+1)
		}
	}
	return out, nil
}

// pointSummaries gives each agreement of rep as its number, its action and
// the parties of its commitments ("1.a commit member_states").
func pointSummaries(rep *actas.Report) []string {
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

// dueSummaries gives each commitment of rep as its agreement's number, its
// party and its due end ("next:rcgm" for the next meeting of a body).
func dueSummaries(rep *actas.Report) []string {
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
	return got
}
