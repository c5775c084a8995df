package extract

import "testing"

// TestParticipantReports scores the short reports written for the ways
// reports list participants (testdata/participants/dev: bullets, bar tables
// with long rows or a status column, dash lists under a numbered heading,
// delegate lines that end with their country, excused countries and
// countries migrants come from) on every aspect, and the reports held out
// while those rules were written (testdata/participants/heldout, heldout2,
// heldout3) on
// participants and meeting.
func TestParticipantReports(t *testing.T) {
	for _, tc := range []struct {
		dir  string
		bar  float64
		only bool
	}{{"testdata/participants/dev", 1.0, false}, {"testdata/participants/heldout", 0.90, true}, {"testdata/participants/heldout2", 0.90, true}, {"testdata/participants/heldout3", 0.90, true}} {
		sc, misses := corpusScores(t, tc.dir)
		for _, m := range misses {
			t.Log(tc.dir, m)
		}
		atBar(t, tc.dir, sc, func(k string) float64 {
			if tc.only && k != "participants" && k != "meeting" {
				return -1
			}
			return tc.bar
		})
	}
}
