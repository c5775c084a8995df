package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"actas"
)

// TestTooLargeToBeOneReport checks that a file too large to be one report
// fails with that reason (and is not loaded), and that a list numbering
// points past what the extractor reads is loaded with a warning.
func TestTooLargeToBeOneReport(t *testing.T) {
	report, err := os.ReadFile("testdata/archive/rcgm-san-salvador-2003-12.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	points := func(n int) string {
		var b strings.Builder
		b.Write(report)
		b.WriteString("\n\nThe Group further agreed:\n\n")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&b, "%d. To request the Technical Secretariat to follow up item %d.\n", i, i)
		}
		return b.String()
	}
	files := map[string]string{
		"huge.txt":     strings.Repeat(string(report)+"\n", 21<<20/len(report)+1),
		"100k.txt":     points(100000),
		"300.txt":      points(300),
		"ordinary.txt": string(report),
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st := openStore(t)
	sum := runOK(t, st, []string{dir}, testOptions())
	reasons := map[string]string{}
	for _, f := range sum.Failures {
		reasons[f.Path] = f.Reason
	}
	for _, n := range []string{"huge.txt", "100k.txt"} {
		if r := reasons[filepath.Join(dir, n)]; !strings.Contains(r, "too large to be one report") {
			t.Errorf("%s: reason %q, want too large to be one report", n, r)
		}
		if c := queryInt(t, st, `select count(*) from documents where file_name = ?`, n); c != 0 {
			t.Errorf("%s loaded", n)
		}
	}
	var warn string
	if err := st.DB().QueryRow(`select warnings from documents where file_name = '300.txt'`).Scan(&warn); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(warn, "points numbered above 199 are not read") {
		t.Errorf("300.txt warnings %q, want the points warning", warn)
	}
	if c := queryInt(t, st, `select count(*) from documents where file_name = 'ordinary.txt' and warnings not like '%points%'`); c != 1 {
		t.Errorf("ordinary report warned or not loaded")
	}
}

// numberedLineRef is the regular expression numberedPoints implements.
var numberedLineRef = regexp.MustCompile(`(?m)^[ \t]*(\d{1,6})(?:[.)]|[ \t]+[-–])[ \t]`)

// FuzzNumberedPoints checks the line scan of numberedPoints against the
// regular expression it replaces.
func FuzzNumberedPoints(f *testing.F) {
	for _, s := range []string{"1. a\n2) b\n 3 - c\n\t4 – d\n1234567. e\n12.x\n5 -x\n", "x\n  007.\t\n", "9 \t - y", "8 —  z", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var want points
		for _, m := range numberedLineRef.FindAllStringSubmatch(text, -1) {
			want.n++
			v, _ := strconv.Atoi(m[1])
			want.top = max(want.top, v)
		}
		if got := numberedPoints(&actas.Document{Pages: []actas.Page{{Text: text}}}); got != want {
			t.Errorf("numberedPoints(%q) = %+v, want %+v", text, got, want)
		}
	})
}
