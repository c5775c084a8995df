package ingest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestReingestByStamp checks the shortcut of a re-ingest: a file or zip
// entry with the size and modification time it was loaded with is counted
// unchanged without being read (so a change that keeps both is missed, the
// documented limit, and Rehash finds it); a touched file is hashed, found
// unchanged, and its new time recorded; a moved file is known by its hash.
func TestReingestByStamp(t *testing.T) {
	dir := t.TempDir()
	a := readTestdata(t, "rcgm-san-salvador-2003-12.en.txt")
	write := func(name string, b []byte, mtime time.Time) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t0 := time.Date(2025, 3, 4, 5, 6, 7, 123456789, time.UTC)
	pa := write("a.txt", a, t0)
	pb := write("b.txt", readTestdata(t, "minutes/crm-rfepc-2017-11-27.es.txt"), t0)
	zipOf := func(x []byte) []byte {
		return makeZip(t, []zipEntry{{name: "x.txt", data: x},
			{name: "y.html", data: readTestdata(t, "rcgm-managua-2014-11.en.html")}})
	}
	pz := write("docs.zip", zipOf(readTestdata(t, "grcm-tapachula-2010-05.es.latin1.txt")), t0)
	st := openStore(t)
	run := func(want string, rehash bool) Summary {
		t.Helper()
		opt := testOptions()
		opt.Rehash = rehash
		sum := runOK(t, st, []string{dir}, opt)
		if got := summaryCounts(sum); got != want {
			t.Fatalf("%s: got %s\n%s", want, got, sum)
		}
		return sum
	}
	run("4 loaded 0 unchanged", false)
	if n := queryInt(t, st, `select count(*) from document_paths where size is not null and mtime is not null`); n != 4 {
		t.Errorf("%d paths with a stamp, want 4", n)
	}
	run("0 loaded 4 unchanged", false)

	// The same size and time with other bytes: missed unless rehashed.
	before := docIDs(t, st)[pa]
	write("a.txt", bytes.Replace(a, []byte("San Salvador"), []byte("San Salvadox"), 1), t0)
	run("0 loaded 4 unchanged", false)
	if got := docIDs(t, st)[pa]; got != before {
		t.Errorf("a.txt was read: id %s became %s", before, got)
	}
	run("1 loaded 3 unchanged", true)
	if got := docIDs(t, st)[pa]; got == before {
		t.Errorf("rehash did not load the new a.txt")
	}

	// Touched: hashed, unchanged, and the new time kept for the next run.
	t1 := t0.Add(time.Hour)
	os.Chtimes(pb, t1, t1)
	run("0 loaded 4 unchanged", false)
	if n := queryInt(t, st, `select count(*) from document_paths where path = ? and mtime = ?`, pb, t1.Truncate(time.Microsecond)); n != 1 {
		t.Errorf("the new time of the touched b.txt was not recorded")
	}

	// Moved: known by its hash at its new path, with its stamp.
	pc := filepath.Join(dir, "c.txt")
	if err := os.Rename(pb, pc); err != nil {
		t.Fatal(err)
	}
	run("0 loaded 4 unchanged", false)
	if n := queryInt(t, st, `select count(*) from document_paths where path = ? and size is not null`, pc); n != 1 {
		t.Errorf("the moved file's new path was not recorded with its stamp")
	}

	// A zip rewritten: its entries are read again, the changed one loaded.
	oldX := docIDs(t, st)[pz+"!/x.txt"]
	write("docs.zip", zipOf(a), t1)
	run("1 loaded 3 unchanged", false)
	if newX := docIDs(t, st)[pz+"!/x.txt"]; newX == oldX || newX == "" {
		t.Errorf("the new x.txt of the zip was not loaded: id %s, before %s", newX, oldX)
	}
}

// summaryCounts is "N loaded M unchanged", failing nothing.
func summaryCounts(s Summary) string {
	if s.Failed > 0 {
		return "failures"
	}
	return fmt.Sprintf("%d loaded %d unchanged", s.Loaded, s.Unchanged)
}
