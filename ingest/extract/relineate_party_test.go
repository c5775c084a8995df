package extract

import "testing"

// TestPartyClause checks the sentences that open as a named party that
// acts, which open a paragraph of a declaration whose breaks were lost.
func TestPartyClause(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Philippines offered to lead a pilot project.", true},
		{"El Gobierno de México se compromete a compartir su guía.", true},
		{"The Government of the United Arab Emirates, as host of the Permanent Secretariat, will convene a meeting.", true},
		{"El Gobierno de Panamá, en su calidad de Presidencia Pro Tempore, se compromete a circular el informe.", true},
		{"The Government of the United Arab Emirates, as host of the Permanent Secretariat, presented its report.", false},
		{"The Ministers requested IOM to prepare a study.", false},
	}
	for _, tt := range tests {
		if got := partyClause(tt.text); got != tt.want {
			t.Errorf("partyClause(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
