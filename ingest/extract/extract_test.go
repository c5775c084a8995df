package extract

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"actas"
)

// FuzzExtract feeds arbitrary text to the structure parser and the
// extractor, starting from the test reports and their perturbations: no step
// may fail, and every agreement's span must lie in its page.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
			for _, v := range perturbations {
				f.Add(v.fn(string(b)))
			}
		}
	}
	f.Add("1. a) i. - • \uf0b7 PRIMERO.- 2) (b) 6.1 ACUERDAN: x")
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		pages := splitPages(s)
		doc := &actas.Document{Pages: pages}
		rep, err := x.Extract(doc)
		if err != nil {
			return
		}
		for _, w := range doc.Warnings {
			if strings.Contains(w, "degraded") {
				t.Fatal(w)
			}
		}
		for _, a := range rep.Agreements {
			if a.Page < 1 || a.Page > len(pages) || a.CharStart < 0 || a.CharStart > a.CharEnd || a.CharEnd > len(pages[a.Page-1].Text) {
				t.Fatalf("agreement %s: span page %d [%d,%d) outside its page", a.Number, a.Page, a.CharStart, a.CharEnd)
			}
		}
	})
}

// TestSpans checks that each agreement's page span starts at its marker.
func TestSpans(t *testing.T) {
	x, _ := Default()
	src, err := os.ReadFile("testdata/layouts/parens-debris.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	pages := splitPages(string(src))
	rep, err := x.Extract(&actas.Document{Pages: pages})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range rep.Agreements {
		got := pages[a.Page-1].Text[a.CharStart:a.CharEnd]
		if !strings.HasPrefix(strings.TrimSpace(got), "(") {
			t.Errorf("agreement %s: span %q does not start at its marker", a.Number, got)
		}
	}
	if last := rep.Agreements[len(rep.Agreements)-1]; last.Page != 2 {
		t.Errorf("agreement %s on page %d, want 2", last.Number, last.Page)
	}
}

// TestNoMeeting checks that a text with no report in it is refused.
func TestNoMeeting(t *testing.T) {
	x, _ := Default()
	for _, s := range []string{"", "hello world", "\x00\x01 binary"} {
		if _, err := x.Extract(&actas.Document{Pages: []actas.Page{{Number: 1, Text: s}}}); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}

// BenchmarkExtract measures extraction alone over the test reports, with
// MB/cpu-s (megabytes per CPU-second of this process, GC included), which the
// machine's other load moves less than MB/s.
func BenchmarkExtract(b *testing.B) {
	x, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*/*.txt")
	var docs []string
	size := 0
	for _, p := range files {
		s, _ := os.ReadFile(p)
		docs = append(docs, string(s))
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		for _, s := range docs {
			if _, err := x.Extract(&actas.Document{Pages: []actas.Page{{Number: 1, Text: s}}}); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu = processCPU() - cpu
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "reports/s")
	b.ReportMetric(float64(b.N*size)/1e6/cpu.Seconds(), "MB/cpu-s")
}

// processCPU is the user and system CPU time of this process.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestDateOnlyInAgreements is the smallest report that crashed extraction:
// its only date is in an agreement, past the header.
func TestDateOnlyInAgreements(t *testing.T) {
	x, _ := Default()
	doc := &actas.Document{Pages: []actas.Page{{Number: 1, Text: "ACUERDAN:\n\n1. Aprobar el acta, celebrada en Guatemala los días 20 de junio de 2013.\n"}}}
	rep, err := x.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Agreements) != 1 || len(doc.Warnings) != 0 {
		t.Errorf("got %d agreements, warnings %v; want 1 agreement and no warning", len(rep.Agreements), doc.Warnings)
	}
	if d := rep.Meeting.StartDate.Format("2006-01-02"); d != "2013-06-20" {
		t.Errorf("date %s, want 2013-06-20", d)
	}
}

// TestVerdict checks the extraction verdict of reports that lack one part each.
func TestVerdict(t *testing.T) {
	x, _ := Default()
	head := "Reunión del Grupo Regional de Consulta sobre Migración\nSan Salvador, 2 de diciembre de 2003\n\n"
	for _, tt := range []struct{ name, text, want string }{
		{"ok", head + "ACUERDAN:\n\n1. Aprobar el informe de la Presidencia Pro Tempore.\n", VerdictOK},
		{"narrative only", head + "La reunión examinó el informe de la Presidencia Pro Tempore y el plan de trabajo.\n", VerdictNoOperativePart},
		{"lead-in with nothing after", head + "Los Viceministros acordaron:\n\n", VerdictNoAgreements},
		{"unknown body", "Reunión del Foro Imaginario\nSan Salvador, 2 de diciembre de 2003\n\nACUERDAN:\n\n1. Aprobar el informe.\n", VerdictUnknownBody},
		{"no date", "Reunión del Grupo Regional de Consulta sobre Migración\n\nACUERDAN:\n\n1. Aprobar el informe.\n", VerdictNoDate},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := &actas.Document{Pages: []actas.Page{{Number: 1, Text: tt.text}}}
			if _, err := x.Extract(doc); err != nil {
				t.Fatal(err)
			}
			if doc.Verdict != tt.want {
				t.Errorf("verdict %s (%s), want %s", doc.Verdict, doc.VerdictDetail, tt.want)
			}
			if (doc.VerdictDetail == "") != (tt.want == VerdictOK) {
				t.Errorf("detail %q for verdict %s", doc.VerdictDetail, doc.Verdict)
			}
		})
	}
}
