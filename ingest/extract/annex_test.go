package extract

import (
	"strings"
	"testing"
)

// TestDecisionsAnnex checks which annexes a sentence before them names as
// holding the meeting's decisions.
func TestDecisionsAnnex(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, before, annex string
		want                bool
	}{
		{"communique reproduced in the annex", "At the final session the Vice-Ministers adopted the Joint Communique reproduced in Annex A.\n\n", "ANNEX A", true},
		{"hyphenated across lines", "the Vice-Ministers adopted the Joint Comm-\nunique reproduced in Annex A.\n\n", "ANNEX A", true},
		{"bare annex named without a number", "adoptaron las resoluciones CRM-XIV-01 a CRM-XIV-07, cuyo texto figura en el Anexo del presente Comunicado.\n\n", "ANEXO", true},
		{"communique after the annex's name", "together with the observer organizations listed in Annex II. The Vice-Ministers issued the following\nJoint Communique:\n\n", "ANNEX II", false},
		{"the communique's own annexes", "Canada undertakes to distribute the present Joint Communique and its annexes.\n\n", "ANNEX", false},
	}
	for _, tt := range tests {
		text := tt.before + tt.annex + "\n\n1. Text.\n"
		if got := decisionsAnnex(text, strings.Index(text, tt.annex), x.rules); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
