package load

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"actas"
)

// rawTables are the tables a save writes, with their schema.
func rawTables() []string {
	var out []string
	for _, t := range (&tableRows{}).tables() {
		out = append(out, t.schema+"."+t.name)
	}
	return out
}

// dump lists every row of every raw table, sorted, as text.
func dump(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, table := range rawTables() {
		rs, err := s.DB().Query(fmt.Sprintf("select * from %s", table))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rs.Columns()
		for rs.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rs.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(table, vals))
		}
		rs.Close()
	}
	slices.Sort(out)
	return out
}

// TestSaveBatchSameAsSave saves the same steps one document per transaction
// and in batches: new documents, content replaced at a path, a document
// known under two paths saved again, and a bad document in a batch.
func TestSaveBatchSameAsSave(t *testing.T) {
	ctx := context.Background()
	bad := &actas.Document{Path: "/bad.txt", SHA256: "abc"}
	steps := [][]*actas.Document{
		{testDoc("/a.txt", "a1"), testDoc("/b.txt", "b1"), testDoc("/c.txt", "c1")},
		{testDoc("/a.txt", "a2"), testDoc("/d.txt", "d1")},
		{testDoc("/b.txt", "b1"), bad, testDoc("/e.txt", "e1")},
	}
	one, many := openTest(t), openTest(t)
	for i, docs := range steps {
		if i == 2 { // b1 becomes known under a second path before it is saved again
			for _, s := range []*Store{one, many} {
				if _, _, err := s.Lookup(ctx, docs[0].SHA256, "/b-copy.txt", Stamp{}); err != nil {
					t.Fatal(err)
				}
			}
		}
		var items []Item
		for k, d := range docs {
			it := Item{Doc: d, Report: testReport(), Stamp: Stamp{Size: int64(k), ModTime: day("2025-01-01").Add(time.Duration(i) * time.Hour)}}
			err := one.SaveItem(ctx, it)
			if (err != nil) != (d == bad) {
				t.Fatalf("step %d: Save %s: %v", i, d.Path, err)
			}
			items = append(items, it)
		}
		errs := many.SaveBatch(ctx, items)
		for k, err := range errs {
			if (err != nil) != (docs[k] == bad) {
				t.Fatalf("step %d: SaveBatch %s: %v", i, docs[k].Path, err)
			}
		}
	}
	a, b := dump(t, one), dump(t, many)
	if !slices.Equal(a, b) {
		t.Errorf("one by one:\n%s\nin batches:\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
	if n := count(t, many.DB(), "documents", "true"); n != 5 {
		t.Errorf("documents: %d, want 5 (a2 b1 c1 d1 e1)", n)
	}
}

// TestLoadIndex checks that the index knows loaded content, its paths and
// their stamps, and that RecordStamps replaces a path's stamp.
func TestLoadIndex(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	doc := testDoc("/a.txt", "a")
	t0 := time.Date(2025, 1, 2, 3, 4, 5, 6_000_100, time.UTC)
	if err := s.SaveItem(ctx, Item{Doc: doc, Stamp: Stamp{Size: 10, ModTime: t0}}); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordStamps(ctx, []PathStamp{{DocumentID: doc.SHA256[:16], Path: "/a.txt", Stamp: Stamp{Size: 11, ModTime: t0}},
		{DocumentID: doc.SHA256[:16], Path: "/not-recorded.txt", Stamp: Stamp{Size: 11, ModTime: t0}}}); err != nil {
		t.Fatal(err)
	}
	idx, err := s.LoadIndex(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stamps := []struct {
		path string
		st   Stamp
		want bool
	}{
		{"/a.txt", Stamp{Size: 11, ModTime: t0.Add(800 * time.Nanosecond)}, true}, // a TIMESTAMP keeps microseconds
		{"/a.txt", Stamp{Size: 10, ModTime: t0}, false},
		{"/a.txt", Stamp{Size: 11, ModTime: t0.Add(time.Microsecond)}, false},
		{"/a.txt", Stamp{}, false},
		{"/not-recorded.txt", Stamp{Size: 11, ModTime: t0}, false},
	}
	for _, tt := range stamps {
		if got := idx.Unchanged(tt.path, tt.st); got != tt.want {
			t.Errorf("Unchanged(%s, %v) = %v, want %v", tt.path, tt.st, got, tt.want)
		}
	}
	if n := count(t, s.DB(), "document_paths", "true"); n != 1 {
		t.Errorf("document_paths: %d rows, want 1", n)
	}
	tests := []struct {
		sha, path        string
		loaded, atPathOK bool
	}{
		{doc.SHA256, "/a.txt", true, true},
		{doc.SHA256, "/b.txt", true, false},
		{testDoc("/a.txt", "other").SHA256, "/a.txt", false, false},
	}
	for _, tt := range tests {
		loaded, at := idx.Known(tt.sha, tt.path)
		if loaded != tt.loaded || at != tt.atPathOK {
			t.Errorf("Known(%.8s, %s) = %v %v, want %v %v", tt.sha, tt.path, loaded, at, tt.loaded, tt.atPathOK)
		}
	}
}

// BenchmarkSaveBatch saves documents 256 at a time; compare with BenchmarkSave.
func BenchmarkSaveBatch(b *testing.B) {
	s := openTest(b)
	rep := testReport()
	for i := 0; i < 4; i++ {
		rep.Agreements = append(rep.Agreements, rep.Agreements...)
	}
	ctx := context.Background()
	var items []Item
	for i := 0; b.Loop(); i++ {
		items = append(items, Item{Doc: testDoc(fmt.Sprintf("/bench-%d.txt", i), fmt.Sprint("doc ", i)), Report: rep})
		if len(items) == 256 {
			for _, err := range s.SaveBatch(ctx, items) {
				if err != nil {
					b.Fatal(err)
				}
			}
			items = items[:0]
		}
	}
}
