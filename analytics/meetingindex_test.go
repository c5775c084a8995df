package analytics

import (
	"context"
	"database/sql"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
)

// openDB builds a database from testdata files in a temp dir and opens it as the server does.
func openDB(t testing.TB, files []string, extra ...string) *sql.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.duckdb")
	buildDB(t, path, files, extra...)
	db, err := openPool(path, sandboxConfig, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// mustReader probes db's schema and renders the queries for it.
func mustReader(t testing.TB, db *sql.DB) reader {
	t.Helper()
	rd, err := newReader(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return rd
}

// TestMeetingIndex checks that every meeting's rows land in its page, in order.
func TestMeetingIndex(t *testing.T) {
	db := openDB(t, fixtureFiles)
	idx, err := loadMeetingIndex(context.Background(), mustReader(t, db))
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM meetings").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if len(idx) != n || n == 0 {
		t.Fatalf("index has %d meetings, table %d", len(idx), n)
	}
	for _, tc := range []struct {
		what  string
		count string
		got   func(m *Meeting) int
	}{
		{"participants", "SELECT count(*) FROM meeting_participants WHERE meeting_id = ?",
			func(m *Meeting) int { return len(m.Participants) }},
		{"agreements", "SELECT count(*) FROM agreements WHERE meeting_id = ?",
			func(m *Meeting) int { return len(m.Agreements) }},
		{"mentions", "SELECT count(*) FROM agreement_mentions JOIN agreements USING (agreement_id) WHERE meeting_id = ?",
			func(m *Meeting) int {
				k := 0
				for _, a := range m.Agreements {
					k += len(a.Mentions)
				}
				return k
			}},
		{"commitments", "SELECT count(*) FROM commitments JOIN agreements a USING (agreement_id) WHERE a.meeting_id = ?",
			func(m *Meeting) int { return len(m.Commitments) }},
	} {
		t.Run(tc.what, func(t *testing.T) {
			total := 0
			for id, m := range idx {
				var want int
				if err := db.QueryRow(tc.count, id).Scan(&want); err != nil {
					t.Fatal(err)
				}
				if got := tc.got(m); got != want {
					t.Errorf("meeting %s: %d %s, want %d", id, got, tc.what, want)
				}
				total += want
			}
			if total == 0 {
				t.Errorf("the fixture has no %s", tc.what)
			}
		})
	}
	m := idx["a1b2c3d4e5f60003"]
	ids := make([]string, len(m.Agreements))
	for i, a := range m.Agreements {
		ids[i] = a.ID
	}
	if !slices.IsSorted(ids) {
		t.Errorf("agreements not in document order: %v", ids)
	}
}

// TestLazyMeetingsRetry checks that a failed load is tried again and a good one kept.
func TestLazyMeetingsRetry(t *testing.T) {
	db := mustReader(t, openDB(t, fixtureFiles))
	var l lazyMeetings
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.get(ctx, db); err == nil {
		t.Fatal("load under a cancelled context succeeded")
	}
	a, err := l.get(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := l.get(ctx, db)
	if len(a) == 0 || len(b) != len(a) || b["a1b2c3d4e5f60001"] != a["a1b2c3d4e5f60001"] {
		t.Errorf("second get did not return the loaded index")
	}
}

// BenchmarkMeetingIndex measures loading the index of 10,000 meetings and the heap it keeps.
func BenchmarkMeetingIndex(b *testing.B) {
	db := mustReader(b, openDB(b, []string{"schema.sql", "fixture.sql"}, "SET VARIABLE n = 10000", readTestdata(b, "generate.sql"), readTestdata(b, "derive.sql")))
	var idx meetingIndex
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for b.Loop() {
		var err error
		if idx, err = loadMeetingIndex(context.Background(), db); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	runtime.KeepAlive(idx)
}
