package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"actas"
)

// archiveFormats is the format of every report in testdata/archive.
var archiveFormats = map[string]string{
	"rcgm-san-salvador-2003-12.en.txt":                  "txt",
	"grcm-tapachula-2010-05.es.latin1.txt":              "txt",
	"rcgm-managua-2014-11.en.html":                      "html",
	"crm-vii-antigua-2002-05.es.docx":                   "docx",
	"minutes/csm-v-la-paz-2004-11.es.lo.pdf":            "pdf",
	"minutes/bali-tfpp-bangkok-2017-01.en.chromium.pdf": "pdf",
	"minutes/rcm-v-washington-2000-03.en.mono.pdf":      "pdf",
	"minutes/crm-rfepc-2017-11-27.es.txt":               "txt",
}

func TestIngestFolder(t *testing.T) {
	dir := copyTree(t, "testdata/archive")
	st := openStore(t)
	var progress bytes.Buffer
	opt := testOptions()
	opt.Progress = &progress
	sum := runOK(t, st, []string{dir}, opt)
	if sum.Loaded != len(archiveFormats) || sum.Failed != 0 || sum.Unchanged != 0 {
		t.Fatalf("want %d loaded, got\n%s", len(archiveFormats), sum)
	}
	if len(sum.Skipped) != 2 || filepath.Base(sum.Skipped[0]) != ".hidden-report.txt" || filepath.Base(sum.Skipped[1]) != "README.md" {
		t.Errorf("skipped = %v, want the dotfile and README.md", sum.Skipped)
	}
	var reasons string
	if err := st.DB().QueryRow(`select string_agg(reason, '|' order by path) from ingest_skipped`).Scan(&reasons); err != nil {
		t.Fatal(err)
	}
	if reasons != "hidden file (its name starts with a dot)|extension .md is not a report" {
		t.Errorf("ingest_skipped reasons = %q", reasons)
	}
	for name, format := range archiveFormats {
		p := filepath.Join(dir, name)
		var got string
		var pages int
		err := st.DB().QueryRow(`select format, pages from documents where path = ?`, p).Scan(&got, &pages)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got != format || pages < 1 {
			t.Errorf("%s: format %s with %d pages, want %s", name, got, pages, format)
		}
	}
	if n := queryInt(t, st, `select count(*) from raw.raw_meetings`); n != len(archiveFormats) {
		t.Errorf("raw_meetings has %d rows, want %d", n, len(archiveFormats))
	}
	if n := queryInt(t, st, `select count(*) from ingest_runs where run_id = ? and files = ? and loaded = ?
		and failed = 0 and finished_at is not null`, sum.RunID, len(archiveFormats), len(archiveFormats)); n != 1 {
		t.Errorf("ingest_runs does not record the run")
	}
	if lines := strings.Count(progress.String(), "\n"); lines != len(archiveFormats) {
		t.Errorf("progress has %d lines, want one per file:\n%s", lines, progress.String())
	}
}

func TestIngestIdempotent(t *testing.T) {
	dir := copyTree(t, "testdata/archive")
	st := openStore(t)
	runOK(t, st, []string{dir}, testOptions())
	before := docIDs(t, st)

	sum := runOK(t, st, []string{dir}, testOptions())
	if sum.Unchanged != len(archiveFormats) || sum.Loaded != 0 || sum.Failed != 0 {
		t.Fatalf("second run: want all unchanged, got\n%s", sum)
	}

	changed := filepath.Join(dir, "rcgm-san-salvador-2003-12.en.txt")
	f, err := os.OpenFile(changed, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n9) Thank the host country for its hospitality.\n")
	f.Close()
	sum = runOK(t, st, []string{dir}, testOptions())
	if sum.Loaded != 1 || sum.Unchanged != len(archiveFormats)-1 {
		t.Fatalf("after a change: want 1 loaded, got\n%s", sum)
	}
	after := docIDs(t, st)
	if len(after) != len(before) {
		t.Errorf("%d documents after the change, want %d", len(after), len(before))
	}
	for p, id := range before {
		switch {
		case p == changed && after[p] == id:
			t.Errorf("%s: changed content kept id %s", p, id)
		case p != changed && after[p] != id:
			t.Errorf("%s: id %s became %s", p, id, after[p])
		}
	}
	if n := queryInt(t, st, `select count(*) from documents where document_id = ?`, before[changed]); n != 0 {
		t.Errorf("the old version of the changed file is still loaded")
	}
}

func TestIngestSameContentTwice(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile("testdata/archive/rcgm-san-salvador-2003-12.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.txt", "b.txt", "copy of a.txt"} {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	st := openStore(t)
	sum := runOK(t, st, []string{dir}, testOptions())
	if sum.Loaded != 1 || sum.Unchanged != 2 {
		t.Fatalf("want 1 loaded and 2 unchanged, got\n%s", sum)
	}
	if n := queryInt(t, st, `select count(*) from documents`); n != 1 {
		t.Errorf("%d documents, want 1", n)
	}
	if n := queryInt(t, st, `select count(distinct path) from document_paths`); n != 3 {
		t.Errorf("document_paths knows %d paths, want 3", n)
	}
	os.WriteFile(filepath.Join(dir, "d.txt"), b, 0o644)
	sum = runOK(t, st, []string{dir}, testOptions())
	if sum.Unchanged != 4 || sum.Loaded != 0 {
		t.Fatalf("second run: want 4 unchanged, got\n%s", sum)
	}
}

func TestIngestStdin(t *testing.T) {
	dir := copyTree(t, "testdata/archive")
	list := strings.Join([]string{
		filepath.Join(dir, "rcgm-managua-2014-11.en.html"),
		"",
		"# a comment",
		filepath.Join(dir, "minutes/crm-rfepc-2017-11-27.es.txt") + "\r",
		filepath.Join(dir, "no-such-report.txt"),
	}, "\n")
	opt := testOptions()
	opt.Stdin = strings.NewReader(list)
	st := openStore(t)
	sum := runOK(t, st, []string{"-"}, opt)
	if sum.Loaded != 2 || sum.Failed != 1 {
		t.Fatalf("want 2 loaded and 1 failed, got\n%s", sum)
	}
	f := sum.Failures[0]
	if f.Stage != StageRead || !strings.HasSuffix(f.Path, "no-such-report.txt") || !strings.Contains(f.Reason, "no such file") {
		t.Errorf("failure = %+v", f)
	}
}

func TestIngestHostile(t *testing.T) {
	dir := copyTree(t, "testdata/archive")
	hostile := copyTree(t, "testdata/hostile")
	inputs := []string{dir, hostile}
	// The pdftext teammate's damaged and hostile PDFs, when present.
	for _, d := range []string{"pdftext/testdata/damaged", "pdftext/testdata/hostile"} {
		if _, err := os.Stat(d); err == nil {
			inputs = append(inputs, d)
		}
	}
	st := openStore(t)
	sum := runOK(t, st, inputs, testOptions())
	t.Log(sum)
	ids := docIDs(t, st)
	for name := range archiveFormats {
		if ids[filepath.Join(dir, name)] == "" {
			t.Errorf("good report %s not loaded beside hostile files", name)
		}
	}
	want := map[string]string{
		"empty.txt":        StageRead,
		"junk.dat":         StageDetect,
		"junk.docx":        StageDetect,
		"not-a-report.txt": StageExtract,
		"damaged.zip":      StageRead,
	}
	errs := errorsOf(t, st, sum.RunID)
	for name, stage := range want {
		if got := errs[filepath.Join(hostile, name)]; got != stage {
			t.Errorf("%s: stage %q, want %q", name, got, stage)
		}
	}
	var format string
	st.DB().QueryRow(`select format from documents where path = ?`, filepath.Join(hostile, "really-html.pdf")).Scan(&format)
	if format != "html" {
		t.Errorf("really-html.pdf loaded as %q, want html", format)
	}
	if len(errs) != sum.Failed+sum.NeedsOCR {
		t.Errorf("%d rows in ingest_errors, want failed %d + needs OCR %d", len(errs), sum.Failed, sum.NeedsOCR)
	}
	for _, f := range sum.Failures {
		if f.Reason == "" || f.Stage == "" {
			t.Errorf("failure without stage or reason: %+v", f)
		}
	}
}

func TestRunFatal(t *testing.T) {
	st := openStore(t)
	st.Close()
	_, err := Run(context.Background(), st, []string{"testdata/archive"}, testOptions())
	if err == nil {
		t.Fatal("Run on a closed database: want an error")
	}
}

// cancelWriter cancels a context on its first write.
type cancelWriter struct{ cancel context.CancelFunc }

func (w cancelWriter) Write(b []byte) (int, error) {
	w.cancel()
	return len(b), nil
}

func TestRunCancelled(t *testing.T) {
	dir := copyTree(t, "testdata/archive")
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opt := testOptions()
	opt.Workers = 1
	opt.Progress = cancelWriter{cancel}
	sum, err := Run(ctx, st, []string{dir}, opt)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	// the first batch may hold every file when the machine is busy and
	// extraction runs ahead of the saver; what the run accounts for must
	// still add up to what it loaded
	if sum.Files > len(archiveFormats) || sum.Files != sum.Loaded+sum.Unchanged+sum.Failed {
		t.Errorf("a cancelled run accounts for %d files:\n%s", sum.Files, sum)
	}
	if n := queryInt(t, st, `select count(*) from ingest_runs where finished_at is not null and files = ?`, sum.Files); n != 1 {
		t.Errorf("the cancelled run is not recorded as finished")
	}
	if n := queryInt(t, st, `select count(*) from documents`); n != sum.Loaded {
		t.Errorf("%d documents for %d loaded", n, sum.Loaded)
	}
}

func TestIngestExtractOutcomes(t *testing.T) {
	date := time.Date(2003, 12, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		extract func(*actas.Document) (*actas.Report, error)
		loaded  bool
		reason  string // of the failure, or of the document's warnings
	}{
		{"panic", func(*actas.Document) (*actas.Report, error) { panic("boom") }, false, "internal error"},
		{"error", func(*actas.Document) (*actas.Report, error) { return nil, errors.New("bad heading") }, false, "bad heading"},
		{"nothing", func(*actas.Document) (*actas.Report, error) { return &actas.Report{}, nil }, false, "no meeting found"},
		{"no agreements", func(*actas.Document) (*actas.Report, error) {
			return &actas.Report{Meeting: actas.Meeting{StartDate: date}}, nil
		}, true, "no agreements found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := testOptions()
			opt.Extract = tt.extract
			st := openStore(t)
			sum := runOK(t, st, []string{"testdata/archive/rcgm-san-salvador-2003-12.en.txt"}, opt)
			if tt.loaded {
				if sum.Loaded != 1 {
					t.Fatalf("want loaded, got\n%s", sum)
				}
				if n := queryInt(t, st, `select count(*) from documents where warnings like ?`, "%"+tt.reason+"%"); n != 1 {
					t.Errorf("document warnings lack %q", tt.reason)
				}
				return
			}
			if sum.Failed != 1 || sum.Failures[0].Stage != StageExtract || !strings.Contains(sum.Failures[0].Reason, tt.reason) {
				t.Errorf("want an extract failure with %q, got\n%s", tt.reason, sum)
			}
		})
	}
}

// TestIngestVerdicts checks that each loaded document carries its extraction
// verdict, and that the summary counts them and lists those to check.
func TestIngestVerdicts(t *testing.T) {
	dir := t.TempDir()
	nodate := filepath.Join(dir, "grcm-sin-fecha.es.txt")
	if err := os.WriteFile(nodate, []byte("Reunión del Grupo Regional de Consulta sobre Migración\n\nACUERDAN:\n\n1. Aprobar el informe de la Presidencia Pro Tempore.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	sum := runOK(t, st, []string{"testdata/archive/rcgm-san-salvador-2003-12.en.txt", nodate}, testOptions())
	for verdict, want := range map[string]int{"ok": 1, "no_date": 1} {
		if n := queryInt(t, st, `select count(*) from documents where verdict = ?`, verdict); n != want {
			t.Errorf("%d documents with verdict %s, want %d", n, verdict, want)
		}
		if sum.Verdicts[verdict] != want {
			t.Errorf("summary counts %d %s, want %d", sum.Verdicts[verdict], verdict, want)
		}
	}
	if len(sum.Unclear) != 1 || sum.Unclear[0].Path != nodate || !strings.Contains(sum.String(), "no_date") {
		t.Errorf("summary does not list the document to check:\n%s", sum)
	}
}

// TestIngestOneTimePerRun checks that every document of a run gets the run's
// start as ingested_at, so which copy of a meeting is canonical does not
// depend on which worker finished first.
func TestIngestOneTimePerRun(t *testing.T) {
	st := openStore(t)
	runOK(t, st, []string{copyTree(t, "testdata/archive")}, testOptions())
	if n := queryInt(t, st, `select count(distinct ingested_at) from documents`); n != 1 {
		t.Errorf("%d ingested_at values in one run, want 1", n)
	}
}
