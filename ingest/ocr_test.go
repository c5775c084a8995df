package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"actas/ingest/internal/scanpdf"
	"actas/ingest/load"
	"actas/ingest/pdftext"
	"actas/ingest/worker"
)

// scanPDF is the pdftext teammate's image-only PDF (a scanned report).
const scanPDF = "pdftext/testdata/synthetic/scan.pdf"

// scannedReports are text-layer test reports the OCR tests scan: Spanish
// and English, numbered and bulleted lists, five pages in all.
var scannedReports = []string{
	"pdftext/testdata/crm-vii-antigua-2002-05.es.lo.pdf",
	"pdftext/testdata/rcgm-managua-2014-11.en.lo.pdf",
	"ocr/testdata/rcm-v-washington-2000-summary.en.chromium.pdf",
}

// needScan skips, or fails under CI, when the scanned fixture is missing.
func needScan(t *testing.T) {
	if _, err := os.Stat(scanPDF); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("fixture %s missing", scanPDF)
		}
		t.Skipf("fixture %s missing", scanPDF)
	}
}

// needOCRTools skips, or fails under CI, without pdftoppm and tesseract.
func needOCRTools(t testing.TB) {
	for _, tool := range []string{"pdftoppm", "pdfinfo", "tesseract"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s not installed", tool)
			}
			t.Skipf("%s not installed", tool)
		}
	}
}

// scanAll writes scanned renderings of the PDFs, with the same names, to a
// new folder and returns their paths.
func scanAll(t testing.TB, pdfs []string, opt scanpdf.Options) []string {
	t.Helper()
	dir := t.TempDir()
	var out []string
	for i, f := range pdfs {
		o := opt
		o.Seed = uint64(i)
		b, err := scanpdf.Scan(context.Background(), f, o)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, filepath.Base(f))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

func TestIngestNeedsOCR(t *testing.T) {
	needScan(t)
	opt := testOptions()
	opt.PDF = pdftext.DefaultOptions()
	opt.PDF.OCR = false
	st := openStore(t)
	sum := runOK(t, st, []string{scanPDF}, opt)
	t.Log(sum)
	if sum.Loaded != 1 || sum.NeedsOCR != 1 || sum.Failed != 0 {
		t.Fatalf("want the scan loaded and needing OCR, got\n%s", sum)
	}
	if f := sum.Failures[0]; f.Stage != StageOCR || !strings.Contains(f.Reason, "OCR") {
		t.Errorf("failure = %+v, want stage ocr naming OCR", f)
	}
	if n := queryInt(t, st, `select count(*) from documents where warnings like '%needs OCR%'`); n != 1 {
		t.Errorf("the document row is missing or has no 'needs OCR' warning")
	}
	if n := queryInt(t, st, `select count(*) from ingest_errors where stage = 'ocr'`); n != 1 {
		t.Errorf("ingest_errors has %d ocr rows, want 1", n)
	}
}

func TestIngestOCR(t *testing.T) {
	needScan(t)
	needOCRTools(t)
	st := openStore(t)
	sum := runOK(t, st, []string{scanPDF}, testOptions())
	if sum.Loaded != 1 || sum.NeedsOCR != 0 {
		t.Fatalf("want the scan loaded through OCR, got\n%s", sum)
	}
	if n := queryInt(t, st, `select count(*) from document_pages
		where method = 'ocr' and ocr_confidence between 1 and 100 and ocr_low_words is not null`); n != 1 {
		t.Errorf("the OCR page has no confidence")
	}
	if n := queryInt(t, st, `select count(*) from documents where warnings like '%OCR: 1 pages, mean word confidence%'`); n != 1 {
		t.Errorf("the document does not note its OCR confidence")
	}
	// A document is uncertain exactly when its OCR confidence is low.
	if n := queryInt(t, st, `select count(*) from documents d join document_pages p using (document_id)
		where d.uncertain = (p.ocr_confidence >= 75)`); n != 0 {
		t.Errorf("documents.uncertain does not follow the OCR confidence")
	}
}

// TestIngestOCRLowConfidence scans a report through heavy noise: its words
// are kept, their low confidence listed, and the document is uncertain in
// the table and in the summary.
func TestIngestOCRLowConfidence(t *testing.T) {
	needOCRTools(t)
	scans := scanAll(t, scannedReports[:1], scanpdf.Options{DPI: 100, Tilt: 2.5, Noise: 110, Quality: 20})
	st := openStore(t)
	sum := runOK(t, st, scans, testOptions())
	t.Log(sum)
	if sum.Loaded != 1 {
		t.Fatalf("want the noisy scan loaded, got\n%s", sum)
	}
	if n := queryInt(t, st, `select count(*) from documents where uncertain`); n != 1 {
		t.Errorf("a scan read with low confidence must be uncertain")
	}
	if n := queryInt(t, st, `select count(*) from document_pages where length(ocr_low_words) > 0 and length(text) > 200`); n != 1 {
		t.Errorf("low-confidence words are not listed or the text was dropped")
	}
	if len(sum.Uncertain) != 1 || !strings.Contains(sum.String(), "structure uncertain (OCR confidence") {
		t.Errorf("the summary does not name the uncertain document:\n%s", sum)
	}
}

// TestScannedMatchesTextLayer scans test reports (200 dpi grey, a slight
// tilt, noise, JPEG), ingests them through the real pipeline, and compares
// the agreements, actions, mentions and commitments found with those found
// in the text-layer PDFs: each within 0.05.
func TestScannedMatchesTextLayer(t *testing.T) {
	needOCRTools(t)
	scans := scanAll(t, scannedReports, scanpdf.Options{Tilt: 0.8, Noise: 14, Quality: 55})
	text, scan := openStore(t), openStore(t)
	runOK(t, text, scannedReports, testOptions())
	var progress bytes.Buffer
	opt := testOptions()
	opt.Progress = &progress
	sum := runOK(t, scan, scans, opt)
	if sum.Loaded != len(scans) || sum.NeedsOCR != 0 {
		t.Fatalf("want the scans loaded through OCR, got\n%s", sum)
	}
	for _, aspect := range []string{"agreements", "actions", "mentions", "commitments"} {
		want, got := rowKeys(t, text, aspect), rowKeys(t, scan, aspect)
		if len(want) == 0 {
			t.Fatalf("the text-layer reports have no %s: the test proves nothing", aspect)
		}
		f1 := keyF1(want, got)
		t.Logf("%-12s text-layer %3d, scanned %3d, F1 %.3f", aspect, len(want), len(got), f1)
		if f1 < 0.95 {
			t.Errorf("%s: scanned F1 %.3f against the text layer, want at least 0.95\nmissed %v\nextra %v",
				aspect, f1, minus(want, got), minus(got, want))
		}
	}
	if n := queryInt(t, scan, `select count(*) from document_pages where method = 'ocr' and ocr_confidence > 80`); n != 5 {
		t.Errorf("%d of 5 scanned pages read with confidence over 80", n)
	}
	// The bullets tesseract reads as '*', '+' or '¢' are bullets again.
	want := queryInt(t, text, `select count(*) from document_pages, unnest(string_split(text, chr(10))) as l(line) where line like '•%'`)
	got := queryInt(t, scan, `select count(*) from document_pages, unnest(string_split(text, chr(10))) as l(line) where line like '•%'`)
	if want == 0 || got != want {
		t.Errorf("%d lines start with a bullet in the scans, %d in the text layer", got, want)
	}
}

// rowQueries give one key per row of an aspect, named by the report's file.
var rowQueries = map[string]string{
	"agreements": `select d.file_name || '|' || a.number
		from raw.raw_agreements a join raw.raw_meetings m using (meeting_id) join documents d using (document_id)`,
	"actions": `select d.file_name || '|' || a.number || '|' || x.seq || '|' || x.action
		from raw.raw_agreement_actions x join raw.raw_agreements a using (agreement_id)
		join raw.raw_meetings m using (meeting_id) join documents d using (document_id)`,
	"mentions": `select d.file_name || '|' || a.number || '|' || x.entity_type || '|' || x.entity_id
		from raw.raw_agreement_mentions x join raw.raw_agreements a using (agreement_id)
		join raw.raw_meetings m using (meeting_id) join documents d using (document_id)`,
	"commitments": `select d.file_name || '|' || a.number || '|' || coalesce(c.responsible_id, '') || '|' || coalesce(cast(c.due_end as varchar), '')
		from raw.raw_commitments c join raw.raw_agreements a using (agreement_id)
		join raw.raw_meetings m on m.meeting_id = c.meeting_id join documents d on d.document_id = m.document_id`,
}

// rowKeys counts the keys of an aspect's rows.
func rowKeys(t *testing.T, st *load.Store, aspect string) map[string]int {
	t.Helper()
	rows, err := st.DB().Query(rowQueries[aspect])
	if err != nil {
		t.Fatalf("%s: %v", aspect, err)
	}
	defer rows.Close()
	keys := map[string]int{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		keys[k]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return keys
}

// keyF1 is the F1 of got against want, counting repeated keys.
func keyF1(want, got map[string]int) float64 {
	tp, nw, ng := 0, 0, 0
	for k, n := range want {
		tp += min(n, got[k])
		nw += n
	}
	for _, n := range got {
		ng += n
	}
	if nw+ng == 0 {
		return 1
	}
	return 2 * float64(tp) / float64(nw+ng)
}

// minus lists the keys of a not in b.
func minus(a, b map[string]int) []string {
	var out []string
	for k, n := range a {
		if n > b[k] {
			out = append(out, fmt.Sprintf("%s x%d", k, n-b[k]))
		}
	}
	return out
}

// benchReports are the test reports the OCR benchmark scans: seven pages,
// Spanish and English.
var benchReports = []string{
	"pdftext/testdata/crm-vii-antigua-2002-05.es.lo.pdf",
	"pdftext/testdata/rcgm-managua-2014-11.en.lo.pdf",
	"pdftext/testdata/grcm-tapachula-2010-05.es.lo.pdf",
	"pdftext/testdata/rcm-v-washington-2000-03.en.lo.pdf",
}

// BenchmarkOCR ingests scanned reports through the whole pipeline and,
// over the same pages with as many processes at once as there are cores,
// runs `pdftoppm | tesseract` by hand in each report's language (the
// practical limit); it reports both rates and their ratio (target: at
// most 1.2). Run it with -benchtime 2x (each order once).
func BenchmarkOCR(b *testing.B) {
	needOCRTools(b)
	scans := scanAll(b, benchReports, scanpdf.Options{Tilt: 0.8, Noise: 14, Quality: 55})
	var pages []handPage
	for _, f := range scans {
		lang := "spa"
		if strings.Contains(f, ".en.") {
			lang = "eng"
		}
		out, err := exec.Command("pdfinfo", f).Output()
		if err != nil {
			b.Fatal(err)
		}
		var n int
		for _, l := range strings.Split(string(out), "\n") {
			fmt.Sscanf(l, "Pages: %d", &n)
		}
		for p := 1; p <= n; p++ {
			pages = append(pages, handPage{f, p, lang})
		}
	}
	var ours, hand, oursCPU, handCPU time.Duration
	runOurs := func() {
		st := openStore(b)
		start, cpu := time.Now(), cpuTime()
		sum := runOK(b, st, scans, testOptions())
		worker.Shutdown() // so that the workers' time is counted
		ours += time.Since(start)
		oursCPU += cpuTime() - cpu
		if sum.Loaded != len(scans) || sum.Pages != len(pages) {
			b.Fatalf("want %d files, %d pages loaded, got\n%s", len(scans), len(pages), sum)
		}
	}
	runHand := func() {
		start, cpu := time.Now(), cpuTime()
		handOCR(b, pages)
		hand += time.Since(start)
		handCPU += cpuTime() - cpu
	}
	i := 0
	for b.Loop() {
		// Alternate the order, so that a change of load on a shared
		// machine weighs on both.
		if i%2 == 0 {
			runOurs()
			runHand()
		} else {
			runHand()
			runOurs()
		}
		i++
	}
	n := float64(len(pages) * b.N)
	b.ReportMetric(n/ours.Seconds(), "pages/s")
	b.ReportMetric(n/hand.Seconds(), "hand-pages/s")
	b.ReportMetric(ours.Seconds()/hand.Seconds(), "time-ratio")
	b.ReportMetric(oursCPU.Seconds()/handCPU.Seconds(), "cpu-ratio")
}

// cpuTime is the processor time used so far by this process and its
// children that have ended.
func cpuTime() time.Duration {
	var self, children syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	d := func(t syscall.Timeval) time.Duration { return time.Duration(t.Nano()) }
	return d(self.Utime) + d(self.Stime) + d(children.Utime) + d(children.Stime)
}

// handPage is one page for the hand-run OCR.
type handPage struct {
	file string
	page int
	lang string
}

// handOCR runs `pdftoppm | tesseract` on every page, runtime.NumCPU() at once.
func handOCR(b *testing.B, pages []handPage) {
	slots := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for _, p := range pages {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			sh := fmt.Sprintf("pdftoppm -r 300 -gray -f %d -l %d -singlefile %q | OMP_THREAD_LIMIT=1 tesseract - - --dpi 300 -l %s",
				p.page, p.page, p.file, p.lang)
			if out, err := exec.Command("sh", "-c", sh).CombinedOutput(); err != nil {
				b.Errorf("%s: %v\n%s", sh, err, out)
			}
		}()
	}
	wg.Wait()
}

// TestOCRProgressLines: the per-page OCR progress is a line of its own in
// plain output.
func TestOCRProgressLines(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, 1)
	p.page("scan.pdf", 2, 12)
	p.finish()
	if got := b.String(); !strings.Contains(got, "OCR page 2/12 scan.pdf\n") {
		t.Errorf("progress wrote %q", got)
	}
}
