package deadline

import (
	"testing"

	"actas/ingest/gazetteer"
)

// TestIssue10MoreDeadlines checks a second set of deadline phrases in
// wordings of our own: days counted after the meeting, the meeting's year
// or half left unsaid, and phrases that set no date.
func TestIssue10MoreDeadlines(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, meeting, lang, want string }{
		{"a más tardar 30 días después de la reunión", "2015-03-01", "es", "2015-03-31"},
		{"within 45 days after the meeting", "2015-03-01", "en", "2015-04-15"},
		{"en el curso del presente año", "2014-05-10", "es", "2014-12-31"},
		{"antes de que finalice el primer semestre", "2014-03-10", "es", "2014-06-30"},
		{"a la brevedad posible", "2014-03-10", "es", ""},
		{"de manera permanente", "2014-03-10", "es", ""},
		{"by the next RCGM meeting in November 2016", "2016-06-10", "en", "2016-11-30"},
		{"durante el segundo semestre del presente año", "2014-03-10", "es", "2014-12-31"},
	}
	for _, tt := range tests {
		d, ok := Find(tt.text, date(tt.meeting), tt.lang, g)
		got := ""
		if ok && !d.End.IsZero() {
			got = d.End.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("Find(%q, %s) = %q (%q), want %q", tt.text, tt.meeting, got, d.Text, tt.want)
		}
	}
}
