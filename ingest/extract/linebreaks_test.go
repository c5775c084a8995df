package extract

import (
	"strings"
	"testing"
)

// TestReadBreaks checks which lines open a paragraph with no blank line
// before them: only in a wrapped text that lost its blank lines, and only
// after a line that ended short of the width.
func TestReadBreaks(t *testing.T) {
	body := "The Network met in Guatemala City with the delegations of Belize, Canada,\n" +
		"Costa Rica, El Salvador, Guatemala, Honduras, Mexico and the United States.\n"
	agenda := "Agenda\n1. Opening of the meeting\n2. Reports of the delegations\n4. Other matters\n"
	lead := "The Network adopted the following agreements\n"
	points := "1. Approve the regional protocol for victim assistance and submit it to the\n" +
		"   Vice-Ministers for their endorsement.\n" +
		"2. Request the Technical Secretariat to compile the national reports and\n" +
		"   circulate them by 15 December 2018.\n"
	for _, c := range []struct {
		name, text string
		want       []string // the lines that open a paragraph
	}{
		{"no blank lines", body + agenda + lead + points, []string{"The Network adopted"}},
		{"blank lines kept", body + "\n" + agenda + "\n" + lead + "\n" + points, nil},
		{"one line", strings.ReplaceAll(body+agenda+lead+points, "\n", " "), nil},
		{"a paragraph per line", strings.Repeat("The Network agreed to ask the Technical Secretariat to compile the national reports and circulate them.\n", 9), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			br := readBreaks(c.text, splitLines(c.text))
			var got []string
			for _, ln := range splitLines(c.text) {
				if br.opensAt(ln.start) {
					got = append(got, c.text[ln.start:ln.end])
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("opens %q, want lines starting %q", got, c.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], c.want[i]) {
					t.Errorf("opens %q, want lines starting %q", got, c.want)
				}
			}
		})
	}
}
