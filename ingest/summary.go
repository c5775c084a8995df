package ingest

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Stages at which a file can fail, as recorded in ingest_errors.
const (
	StageRead    = "read"
	StageDetect  = "detect"
	StageDecode  = "decode"
	StagePDF     = "pdf"
	StageOCR     = "ocr"
	StageExtract = "extract"
	StageLoad    = "load"
)

// Failure is one row of ingest_errors: the file, the stage it failed at and why.
type Failure struct {
	Path   string
	Stage  string
	Reason string
}

// Error makes a Failure an error that names the file, the stage and the reason.
func (f *Failure) Error() string {
	return fmt.Sprintf("%s: %s: %s", f.Path, f.Stage, f.Reason)
}

// Summary counts what one run did. Every file is loaded, unchanged or failed;
// Failures lists every row written to ingest_errors, which also holds the
// loaded documents that need OCR (stage "ocr", counted in NeedsOCR, not Failed).
type Summary struct {
	RunID                                      int64
	Files, Loaded, Unchanged, Failed, NeedsOCR int
	Pages                                      int
	Bytes                                      int64
	Duration                                   time.Duration
	Failures                                   []Failure
	// Uncertain lists the loaded documents whose structure is uncertain
	// (OCR read with low confidence), with the note that says why.
	Uncertain []Failure
	// Verdicts counts the loaded documents by extraction verdict (ok,
	// no_date, ...); Unclear lists those whose verdict is not ok, with why.
	Verdicts map[string]int
	Unclear  []Failure
	// Skipped lists the paths found in folders and archives that are not read
	// (an extension that is not a report, see Options.Skip; a dotfile; not a
	// regular file), each in ingest_skipped with its reason; not counted in Files.
	Skipped []string
	// NewPaths counts the files found unchanged at a path not yet recorded
	// for their content (moved or copied files): the run changed document_paths.
	NewPaths int
}

// String is the end-of-run summary: counts, then every failure with its
// reason, then the documents that need OCR.
func (s Summary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ingest run %d: %d files (%s) in %s: %d loaded (%d pages), %d unchanged, %d failed, %d need OCR\n",
		s.RunID, s.Files, byteSize(s.Bytes), s.Duration.Round(time.Millisecond), s.Loaded, s.Pages,
		s.Unchanged, s.Failed, s.NeedsOCR)
	var failed, ocr []Failure
	for _, f := range s.Failures {
		if f.Stage == StageOCR {
			ocr = append(ocr, f)
		} else {
			failed = append(failed, f)
		}
	}
	writeFailures(&b, "failed", failed)
	writeFailures(&b, "loaded without text, need OCR", ocr)
	writeFailures(&b, "loaded, structure uncertain", s.Uncertain)
	if len(s.Verdicts) > 0 {
		keys := make([]string, 0, len(s.Verdicts))
		for k := range s.Verdicts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%d %s", s.Verdicts[k], k)
		}
		fmt.Fprintf(&b, "extraction verdicts: %s\n", strings.Join(parts, ", "))
	}
	writeFailures(&b, "loaded, extraction to check", s.Unclear)
	if len(s.Skipped) > 0 {
		fmt.Fprintf(&b, "skipped %d path(s) that are not reports (extension, dotfile, not a regular file; see the ingest_skipped table), e.g. %s\n",
			len(s.Skipped), s.Skipped[0])
	}
	return b.String()
}

// writeFailures writes a titled list of failures, one per line.
func writeFailures(b *strings.Builder, title string, fs []Failure) {
	if len(fs) == 0 {
		return
	}
	fmt.Fprintf(b, "%s:\n", title)
	for _, f := range fs {
		fmt.Fprintf(b, "  %s [%s] %s\n", f.Path, f.Stage, f.Reason)
	}
}

// byteSize formats n bytes for people: 512 B, 3.4 MB.
func byteSize(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGTPE"[exp])
}
