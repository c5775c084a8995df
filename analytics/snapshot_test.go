package analytics

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// newMeeting is the meeting a second publish adds.
const newMeeting = `INSERT INTO meetings VALUES ('b0b0b0b0b0b00001','b0b0b0b0b0b00001','rcgm',
	'Regional Consultation Group on Migration','Regional Consultation Group on Migration',
	'Newly published meeting','2024-03-05','2024-03-06',2024,'Ottawa','CAN','en','b0b0b0b0b0b00001')`

// waitFor polls the meetings API until it has id or the deadline passes.
func waitFor(t *testing.T, base, id string, within time.Duration) bool {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		status, body, _ := get(t, base+"/api/meetings?limit=1000")
		if status == 200 {
			var list []MeetingRow
			if err := json.Unmarshal([]byte(body), &list); err != nil {
				t.Fatal(err)
			}
			for _, m := range list {
				if m.ID == id {
					return true
				}
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

func TestSnapshotSwap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actas.duckdb.snapshot")
	publish(t, path)
	_, ts := startServer(t, Options{Snapshot: path})
	if waitFor(t, ts.URL, "b0b0b0b0b0b00001", 0) {
		t.Fatal("new meeting before it was published")
	}
	// A request in flight holds the old snapshot while the new one is published.
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 20; i++ {
			if status, _, _ := get(t, ts.URL+"/"); status != 200 {
				t.Errorf("overview during swap: %d", status)
			}
		}
	}()
	publish(t, path, newMeeting, "CREATE OR REPLACE TABLE years AS SELECT range::INTEGER AS year FROM range(2002, 2025)")
	if !waitFor(t, ts.URL, "b0b0b0b0b0b00001", 5*time.Second) {
		t.Fatal("new meeting not served within 5 s of publishing")
	}
	<-done
	status, body, _ := get(t, ts.URL+"/meetings/b0b0b0b0b0b00001")
	if status != 200 || !strings.Contains(body, "Newly published meeting") {
		t.Errorf("new meeting page: %d", status)
	}
}

func TestNoSnapshotYet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actas.duckdb.snapshot")
	_, ts := startServer(t, Options{Snapshot: path})
	for _, p := range []string{"/", "/meetings", "/meetings/a1b2c3d4e5f60001", "/countries/GTM"} {
		status, body, _ := get(t, ts.URL+p)
		if status != 503 || !strings.Contains(body, noDataMessage) {
			t.Errorf("%s: %d without the no-data message", p, status)
		}
	}
	if _, body, _ := get(t, ts.URL+"/"); !strings.Contains(body, "no data yet at "+strings.TrimSuffix(path, ".snapshot")) {
		t.Errorf("the no-data page does not name the database")
	}
	status, body, _ := get(t, ts.URL+"/api/charts/participation")
	if status != 503 || !strings.Contains(body, "no data yet") {
		t.Errorf("api: %d %s", status, body)
	}
	publish(t, path, newMeeting)
	if !waitFor(t, ts.URL, "b0b0b0b0b0b00001", 5*time.Second) {
		t.Fatal("first snapshot not served within 5 s")
	}
}

func TestBadSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actas.duckdb.snapshot")
	if err := writeFile(path, "not a database"); err != nil {
		t.Fatal(err)
	}
	_, ts := startServer(t, Options{Snapshot: path})
	var st Status
	_, body, _ := get(t, ts.URL+"/api/status")
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		t.Fatal(err)
	}
	if st.Open || !strings.Contains(st.Error, path) {
		t.Errorf("status %+v", st)
	}
	if status, _, _ := get(t, ts.URL+"/"); status != 503 {
		t.Errorf("overview: %d", status)
	}
}

func TestStaleLinksRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "actas.duckdb.snapshot")
	publish(t, path)
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Skip(err)
	}
	stale := filepath.Join(dir, fmt.Sprintf(".actas.duckdb.snapshot.serve-%d-3", gone.Process.Pid))
	live := filepath.Join(dir, fmt.Sprintf(".actas.duckdb.snapshot.serve-%d-1", os.Getppid()))
	other := filepath.Join(dir, ".other.duckdb.snapshot.serve-1-1")
	for _, l := range []string{stale, live, other} {
		if err := os.Link(path, l); err != nil {
			t.Skipf("no hard links here: %v", err)
		}
	}
	_, ts := startServer(t, Options{Snapshot: path})
	if status, _, _ := get(t, ts.URL+"/"); status != 200 {
		t.Fatalf("overview: %d", status)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the link of a gone server is still there: %v", err)
	}
	for _, l := range []string{live, other} {
		if _, err := os.Stat(l); err != nil {
			t.Errorf("%s was removed: %v", filepath.Base(l), err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files beside the snapshot while serving: %v", names)
	}
}
