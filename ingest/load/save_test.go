package load

import (
	"context"
	"strings"
	"testing"

	"actas"
)

func TestSaveRows(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	doc := testDoc("/a/report.txt", "report one")
	if err := s.Save(ctx, doc, testReport()); err != nil {
		t.Fatal(err)
	}
	id := doc.SHA256[:16]
	tests := []struct {
		table, where string
		want         int
	}{
		{"documents", "document_id = '" + id + "' and file_name = 'report.txt' and pages = 1", 1},
		{"document_paths", "path = '/a/report.txt'", 1},
		{"document_pages", "page = 1 and text = 'report one' and method = 'text'", 1},
		{"raw_meetings", "meeting_id = '" + id + "' and start_date = date '2017-11-27' and country_iso3 = 'SLV'", 1},
		{"raw_participants", "true", 3},
		{"raw_agreements", "agreement_id = '" + id + "-002' and clause_count = 2 and action = 'take_note'", 1},
		{"raw_agreement_actions", "agreement_id = '" + id + "-002'", 2},
		{"raw_agreement_mentions", "agreement_id = '" + id + "-002'", 2},
		{"raw_commitments", "commitment_id = '" + id + "-002-1' and clause_seq = 2 and due_end = date '2018-12-31'", 1},
		{"raw_commitments", "commitment_id = '" + id + "-002-2' and due_end is null and due_next_meeting_of = 'rcgm'", 1},
	}
	for _, tt := range tests {
		if got := count(t, s.DB(), tt.table, tt.where); got != tt.want {
			t.Errorf("%s where %s: %d rows, want %d", tt.table, tt.where, got, tt.want)
		}
	}
}

func TestSaveNilReport(t *testing.T) {
	s := openTest(t)
	doc := testDoc("/scan.pdf", "scan")
	doc.Warnings = []string{"needs OCR"}
	if err := s.Save(context.Background(), doc, nil); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s.DB(), "documents", "warnings = 'needs OCR'"); n != 1 {
		t.Errorf("documents: %d, want 1", n)
	}
	if n := count(t, s.DB(), "raw_meetings", "true"); n != 0 {
		t.Errorf("raw_meetings: %d, want 0", n)
	}
}

func TestSaveBadInput(t *testing.T) {
	s := openTest(t)
	good := testDoc("/x.txt", "x")
	tests := []struct {
		name string
		doc  *actas.Document
		want string
	}{
		{"nil", nil, "nil document"},
		{"no path", &actas.Document{SHA256: good.SHA256}, "no path"},
		{"short sha", &actas.Document{Path: "/y.txt", SHA256: "abc"}, "/y.txt: bad sha256"},
		{"wrong id", &actas.Document{Path: "/z.txt", SHA256: good.SHA256, ID: "0000000000000000"}, "/z.txt: document id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Save(context.Background(), tt.doc, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLookupAndReplace(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	v1 := testDoc("/a.txt", "version 1")
	v2 := testDoc("/a.txt", "version 2")
	steps := []struct {
		name      string
		sha, path string
		wantState string
		wantID    string
		save      *actas.Document
	}{
		{"new file", v1.SHA256, "/a.txt", StateNew, "", v1},
		{"same file", v1.SHA256, "/a.txt", StateUnchanged, v1.SHA256[:16], nil},
		{"same content other name", v1.SHA256, "/copy.txt", StateUnchanged, v1.SHA256[:16], nil},
		{"changed content", v2.SHA256, "/a.txt", StateChanged, v1.SHA256[:16], v2},
		{"old content still known by copy", v1.SHA256, "/copy.txt", StateUnchanged, v1.SHA256[:16], nil},
	}
	for _, st := range steps {
		state, id, err := s.Lookup(ctx, st.sha, st.path, Stamp{})
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if state != st.wantState || id != st.wantID {
			t.Fatalf("%s: Lookup = %q %q, want %q %q", st.name, state, id, st.wantState, st.wantID)
		}
		if st.save != nil {
			if err := s.Save(ctx, st.save, testReport()); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
	}
	// v1 survives under /copy.txt; /a.txt now holds v2.
	if n := count(t, s.DB(), "documents", "document_id = ? and path = '/copy.txt'", v1.SHA256[:16]); n != 1 {
		t.Errorf("v1 not moved to /copy.txt")
	}
	if n := count(t, s.DB(), "document_paths", "path = '/a.txt' and document_id = ?", v2.SHA256[:16]); n != 1 {
		t.Errorf("/a.txt not pointing at v2")
	}
	// Replacing /copy.txt with new content leaves v1 with no path: all its rows go.
	v3 := testDoc("/copy.txt", "version 3")
	if err := s.Save(ctx, v3, testReport()); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"documents", "raw_meetings", "raw_agreements", "raw_commitments"} {
		col := "meeting_id"
		if table == "documents" {
			col = "document_id"
		}
		if n := count(t, s.DB(), table, col+" = ?", v1.SHA256[:16]); n != 0 {
			t.Errorf("%s: %d rows of replaced v1 left", table, n)
		}
	}
	for _, table := range []string{"raw_agreement_actions", "raw_agreement_mentions"} {
		if n := count(t, s.DB(), table, "starts_with(agreement_id, ?)", v1.SHA256[:16]); n != 0 {
			t.Errorf("%s: %d rows of replaced v1 left", table, n)
		}
	}
	if n := count(t, s.DB(), "documents", "true"); n != 2 {
		t.Errorf("documents: %d, want 2", n)
	}
}

func TestSaveTwiceKeepsPaths(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	doc := testDoc("/a.txt", "same")
	if err := s.Save(ctx, doc, testReport()); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Lookup(ctx, doc.SHA256, "/b.txt", Stamp{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, doc, testReport()); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s.DB(), "document_paths", "true"); n != 2 {
		t.Errorf("document_paths: %d, want 2", n)
	}
	if n := count(t, s.DB(), "raw_agreements", "true"); n != 2 {
		t.Errorf("raw_agreements: %d, want 2 (no duplicates)", n)
	}
}

func TestSaveCancelledKeepsPrevious(t *testing.T) {
	s := openTest(t)
	v1 := testDoc("/a.txt", "v1")
	if err := s.Save(context.Background(), v1, testReport()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Save(ctx, testDoc("/a.txt", "v2"), testReport()); err == nil {
		t.Fatal("want error from a cancelled save")
	}
	if n := count(t, s.DB(), "raw_agreements", "meeting_id = ?", v1.SHA256[:16]); n != 2 {
		t.Errorf("previous document lost: %d agreements", n)
	}
}

func TestSaveConcurrent(t *testing.T) {
	s := openTest(t)
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			errs <- s.Save(context.Background(), testDoc("/f.txt"+string(rune('a'+i)), "doc "+string(rune('a'+i))), testReport())
		}(i)
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n := count(t, s.DB(), "raw_agreements", "true"); n != 16 {
		t.Errorf("raw_agreements: %d, want 16", n)
	}
}

func TestClauseFor(t *testing.T) {
	cl := []actas.Clause{{Seq: 1, Action: "request"}, {Seq: 2, Action: "commit"}, {Seq: 3, Action: "request"}}
	tests := []struct {
		action actas.Action
		from   int
		want   int
	}{
		{"request", 0, 0}, {"request", 1, 2}, {"commit", 2, 1}, {"offer", 0, -1},
	}
	for _, tt := range tests {
		if got := clauseFor(cl, tt.action, tt.from); got != tt.want {
			t.Errorf("clauseFor(%s, %d) = %d, want %d", tt.action, tt.from, got, tt.want)
		}
	}
}

// FuzzSaveText checks that any page text is stored (as valid UTF-8) without error.
func FuzzSaveText(f *testing.F) {
	for _, s := range []string{"", "Acuerdos\n1. Solicitar", "\xff\xfe bad", "nul\x00byte", "ñ\u2028"} {
		f.Add(s)
	}
	s := openTest(f)
	f.Fuzz(func(t *testing.T, body string) {
		doc := testDoc("/fuzz.txt", body)
		doc.Pages[0].Text = body
		rep := testReport()
		rep.Agreements[0].Text = body
		if err := s.Save(context.Background(), doc, rep); err != nil {
			t.Fatal(err)
		}
		var got string
		if err := s.DB().QueryRow(`select text from document_pages where document_id = ?`, doc.SHA256[:16]).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != text(body) {
			t.Fatalf("stored %q, want %q", got, text(body))
		}
	})
}

func BenchmarkSave(b *testing.B) {
	s := openTest(b)
	rep := testReport()
	for i := 0; i < 4; i++ {
		rep.Agreements = append(rep.Agreements, rep.Agreements...)
	}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if err := s.Save(ctx, testDoc("/bench.txt", strings.Repeat("x", i%7)+string(rune(i))), rep); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFirstPathWhicheverCopyFirst saves one content under two paths in both
// orders: the document keeps the path that sorts first either way.
func TestFirstPathWhicheverCopyFirst(t *testing.T) {
	for _, order := range [][]string{{"/b/x.txt", "/a/x.txt"}, {"/a/x.txt", "/b/x.txt"}, {"/b/x.txt", "/a.zip!/d/y.txt"}} {
		want := min(order[0], order[1])
		t.Run(order[0]+" then "+order[1], func(t *testing.T) {
			s := openTest(t)
			ctx := context.Background()
			doc := testDoc(order[0], "same")
			if err := s.Save(ctx, doc, testReport()); err != nil {
				t.Fatal(err)
			}
			if _, _, err := s.Lookup(ctx, doc.SHA256, order[1], Stamp{}); err != nil {
				t.Fatal(err)
			}
			if n := count(t, s.DB(), "documents", "path = ? and file_name = ?", want, FileName(want)); n != 1 {
				t.Errorf("after Lookup: want the document at %s", want)
			}
			if err := s.Save(ctx, testDoc(order[1], "same"), testReport()); err != nil {
				t.Fatal(err)
			}
			if n := count(t, s.DB(), "documents", "path = ? and file_name = ?", want, FileName(want)); n != 1 {
				t.Errorf("after saving the copy again: want the document at %s", want)
			}
		})
	}
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{"/a/b.txt": "b.txt", "a.zip!/dir/x.pdf": "x.pdf", "a.zip!/in.zip!/y.txt": "y.txt", "a.zip!/d\\w.txt": "w.txt", "x": "x"} {
		if got := FileName(in); got != want {
			t.Errorf("FileName(%q) = %q, want %q", in, got, want)
		}
	}
}
