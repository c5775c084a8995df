package followup

import (
	"testing"
	"time"
)

// TestPlanSharedWindows checks that meetings whose windows are each larger
// than windowAgreements but mostly shared are matched in few spans, not one
// span each (which read the same agreements once per meeting).
func TestPlanSharedWindows(t *testing.T) {
	defer func(n int64) { windowAgreements = n }(windowAgreements)
	windowAgreements = 20
	day := time.Date(2016, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		step  time.Duration // between consecutive meetings
		want  int           // spans at most
		total int64         // agreements every span must cover from its lo
	}{
		{"same day", 0, 1, 1000},
		{"a day apart, horizon of the whole archive", 24 * time.Hour, 2, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var places []place
			for i := range 100 {
				start := day.Add(time.Duration(i) * tt.step)
				places = append(places, place{
					pos: int64(i + 1), start: start, horizon: day.AddDate(4, 0, 0),
					lo: int64(10*i + 1), hi: int64(10*i + 10), todo: 1,
				})
			}
			spans := plan(places)
			if len(spans) > tt.want {
				t.Fatalf("%d spans, want at most %d", len(spans), tt.want)
			}
			if last := spans[len(spans)-1]; last.to != 100 || last.hi != tt.total {
				t.Errorf("last span %+v: want it to end at meeting 100 and agreement %d", last, tt.total)
			}
		})
	}
}
