package followup

import (
	"context"
	"testing"
)

// TestSeriesDev runs the gold series-dev (three meetings of the trafficking
// network, rows built from the gold) and checks the scorer's two figures.
func TestSeriesDev(t *testing.T) {
	for _, s := range readSeries(t, "series-dev.json") {
		db := openDB(t)
		s.load(t, db)
		if err := Run(context.Background(), db); err != nil {
			t.Fatal(err)
		}
		got := followups(t, db)
		statusOK, tp, fp, fn := 0, 0, 0, 0
		for _, w := range s.Want {
			g, ok := got[w.Commitment]
			if !ok {
				t.Errorf("%s: no row", w.Commitment)
				continue
			}
			if g.Status == w.Status {
				statusOK++
			} else {
				t.Logf("%s: status %s, want %s (by %s; %s)", w.Commitment, g.Status, w.Status, g.By, g.Reason)
			}
			switch {
			case w.By != "" && g.By == w.By:
				tp++
			case w.By != "" && g.By != "":
				fp++
				fn++
				t.Logf("%s: linked %s, want %s (%s)", w.Commitment, g.By, w.By, g.Reason)
			case w.By != "":
				fn++
			case g.By != "":
				fp++
				t.Logf("%s: extra link %s (%s)", w.Commitment, g.By, g.Reason)
			}
		}
		if len(got) != len(s.Commits) {
			t.Errorf("%d rows, want one per commitment (%d)", len(got), len(s.Commits))
		}
		acc := float64(statusOK) / float64(len(s.Want))
		f1 := 2 * float64(tp) / float64(2*tp+fp+fn)
		t.Logf("status accuracy %.3f, link F1 %.3f (tp %d fp %d fn %d)", acc, f1, tp, fp, fn)
		if acc < 0.90 || f1 < 0.85 {
			t.Errorf("status accuracy %.3f (want ≥ 0.90), link F1 %.3f (want ≥ 0.85)", acc, f1)
		}
	}
}
