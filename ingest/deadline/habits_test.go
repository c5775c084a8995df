package deadline

import (
	"testing"

	"actas/ingest/gazetteer"
)

// TestFindHabits checks the deadline phrases issue 10 lists, each written
// again in wordings of our own (not taken from any report): the last day
// due, with the meeting's year where the text leaves it unsaid.
func TestFindHabits(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, meeting, lang, wantEnd string // wantEnd "" = no deadline
	}{
		// "antes de finalizar 2011"
		{"La ST circulará el documento antes de finalizar 2011.", "2011-06-10", "es", "2011-12-31"},
		{"enviarán sus comentarios antes de que finalice el año 2013", "2013-05-02", "es", "2013-12-31"},
		{"antes de concluir el 2016", "2016-03-01", "es", "2016-12-31"},
		// "a finales de febrero de 2012"
		{"presentará la propuesta a finales de febrero de 2012", "2011-11-20", "es", "2012-02-29"},
		{"a fines de marzo de 2014", "2013-11-20", "es", "2014-03-31"},
		{"a finales de octubre", "2014-06-20", "es", "2014-10-31"},
		// "en su reunión de noviembre de 2012"
		{"informará al GRCM en su reunión de noviembre de 2012", "2012-06-20", "es", "2012-11-30"},
		{"lo presentará al Grupo en su próxima reunión de junio de 2015", "2014-11-20", "es", "2015-06-30"},
		{"will report to the RCGM at its meeting of November 2013", "2013-06-20", "en", "2013-11-30"},
		// "within 60 days of this meeting"
		{"Members will send their focal points within 60 days of this meeting.", "2015-03-01", "en", "2015-04-30"},
		{"within sixty days of the meeting", "2015-03-01", "en", "2015-04-30"},
		{"en un plazo de 45 días a partir de esta reunión", "2015-03-01", "es", "2015-04-15"},
		// "a más tardar el 15 de marzo", the year of the meeting
		{"a más tardar el 15 de marzo", "2012-01-20", "es", "2012-03-15"},
		{"no later than 15 March", "2012-01-20", "en", "2012-03-15"},
		{"no later than April 30", "2012-01-20", "en", "2012-04-30"},
		// "durante la primera quincena de diciembre"
		{"durante la primera quincena de diciembre", "2010-06-01", "es", "2010-12-15"},
		{"en la segunda quincena de enero de 2014", "2013-11-20", "es", "2014-01-31"},
		// a week of a month
		{"a más tardar en la primera semana de marzo de 2016", "2015-11-20", "es", "2016-03-07"},
		{"en la segunda semana de febrero", "2015-11-20", "es", "2016-02-14"},
		{"during the last week of June 2016", "2016-01-10", "en", "2016-06-30"},
		// no deadline
		{"La reunión se celebró el 15 de marzo de 2012.", "2012-03-16", "es", ""},
	}
	for _, tt := range tests {
		d, ok := Find(tt.text, date(tt.meeting), tt.lang, g)
		got := ""
		if ok && !d.End.IsZero() {
			got = d.End.Format("2006-01-02")
		}
		if got != tt.wantEnd {
			t.Errorf("Find(%q, meeting %s) = %q (%q), want %q", tt.text, tt.meeting, got, d.Text, tt.wantEnd)
		}
	}
}
