package followup

import (
	"testing"
	"time"
)

// TestClockMerge checks that merging a span's clock adds its times and counts
// to the run's, keeping the order in which steps first ran.
func TestClockMerge(t *testing.T) {
	tests := []struct {
		name      string
		spans     []map[string]int // counts of each span
		wantNames []string
		want      map[string]int
	}{
		{"one span", []map[string]int{{"pairs": 3}}, []string{"window", "score"}, map[string]int{"pairs": 3}},
		{"two spans", []map[string]int{{"pairs": 3, "commitments": 1}, {"pairs": 4}}, []string{"window", "score"},
			map[string]int{"pairs": 7, "commitments": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var run clock
			for _, counts := range tt.spans {
				var sc clock
				start := time.Now().Add(-time.Second)
				sc.add("window", start)
				sc.add("score", start)
				for k, n := range counts {
					sc.count(k, n)
				}
				run.merge(&sc)
			}
			if len(run.names) != len(tt.wantNames) || run.names[0] != tt.wantNames[0] || run.names[1] != tt.wantNames[1] {
				t.Errorf("steps %v, want %v", run.names, tt.wantNames)
			}
			if got := run.spent["window"]; got < time.Duration(len(tt.spans))*time.Second {
				t.Errorf("window %v, want at least %d s", got, len(tt.spans))
			}
			for k, n := range tt.want {
				var got int64
				for _, a := range run.counts {
					if a.Key == k {
						got = a.Value.Int64()
					}
				}
				if got != int64(n) {
					t.Errorf("count %s = %d, want %d", k, got, n)
				}
			}
		})
	}
}
