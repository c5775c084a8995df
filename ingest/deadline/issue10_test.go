package deadline

import (
	"testing"

	"actas/ingest/gazetteer"
)

// TestIssue10Deadlines checks deadline phrases of issue 10 in wordings of
// our own: a year that names the product is no deadline, spans count from
// the meeting, parts of a year and years left unsaid.
func TestIssue10Deadlines(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, meeting, lang, want string }{
		{"presentar el plan de trabajo para 2013 en su reunión de noviembre de 2012", "2012-06-20", "es", "2012-11-30"},
		{"will submit the work plan for 2017 at its meeting of November 2016", "2016-06-10", "en", "2016-11-30"},
		{"en un plazo de 60 días", "2015-03-01", "es", "2015-04-30"},
		{"within three months of the meeting", "2016-06-15", "en", "2016-09-15"},
		{"durante el primer semestre de 2015", "2014-11-20", "es", "2015-06-30"},
		{"by the end of 2019", "2019-06-01", "en", "2019-12-31"},
		{"antes de finalizar el año", "2014-05-10", "es", "2014-12-31"},
		{"in the first quarter of 2016", "2015-11-10", "en", "2016-03-31"},
		{"en el transcurso de 2010", "2009-11-01", "es", "2010-12-31"},
		{"hasta el 31 de marzo", "2012-01-20", "es", "2012-03-31"},
		{"enviarán sus aportes para el plan de acción 2014-2015 antes del 30 de septiembre", "2013-06-10", "es", "2013-09-30"},
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
