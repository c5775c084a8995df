package followup

import (
	"context"
	"slices"
	"testing"
)

// TestRunDeterministic checks the rows, scores included to the last bit, do
// not depend on the order of the input rows nor on Go's map order: the same
// archive loaded forwards and backwards, run three times each, gives one result.
func TestRunDeterministic(t *testing.T) {
	s := synthetic(40, 6)
	back := s
	back.Meetings = slices.Clone(s.Meetings)
	back.Agreements = slices.Clone(s.Agreements)
	back.Commits = slices.Clone(s.Commits)
	slices.Reverse(back.Meetings)
	slices.Reverse(back.Agreements)
	slices.Reverse(back.Commits)
	var first map[string]fxFollowupRow
	for i, x := range []series{s, back, s, back, s, back} {
		db := openDB(t)
		x.load(t, db)
		if err := Run(context.Background(), db); err != nil {
			t.Fatal(err)
		}
		got := followups(t, db)
		if i == 0 {
			first = got
			continue
		}
		for id, r := range first {
			if got[id] != r {
				t.Fatalf("run %d: %s = %+v, first run %+v", i, id, got[id], r)
			}
		}
	}
	linked := 0
	for _, r := range first {
		if r.By != "" {
			linked++
		}
	}
	if linked == 0 || len(first) != len(s.Commits) {
		t.Errorf("%d rows, %d linked: the archive exercises nothing", len(first), linked)
	}
}

// TestWindowsSameAsWhole checks that matching in windows of meetings, however
// small, gives the rows of matching the whole archive at once.
func TestWindowsSameAsWhole(t *testing.T) {
	s := synthetic(40, 6)
	defer func(n int64) { windowAgreements = n }(windowAgreements)
	var whole map[string]fxFollowupRow
	for _, n := range []int64{1 << 40, 200, 1} {
		windowAgreements = n
		db := openDB(t)
		s.load(t, db)
		if err := Run(context.Background(), db); err != nil {
			t.Fatal(err)
		}
		got := followups(t, db)
		if whole == nil {
			whole = got
			continue
		}
		if len(got) != len(whole) {
			t.Fatalf("windows of %d agreements: %d rows, whole archive %d", n, len(got), len(whole))
		}
		for id, r := range whole {
			if got[id] != r {
				t.Fatalf("windows of %d agreements: %s = %+v, whole archive %+v", n, id, got[id], r)
			}
		}
	}
}
