package ingest

import (
	"context"
	"io"
	"runtime"

	"actas"
	"actas/ingest/pdftext"
	"actas/ingest/worker"
)

// Options tunes a run. The zero value works: every zero field takes its default.
type Options struct {
	Workers  int       // files processed at once; default runtime.NumCPU()
	Progress io.Writer // a redrawn progress bar when it is a terminal, plain lines otherwise; nil = quiet
	PDF      pdftext.Options
	Limits   worker.Limits
	// MaxFileBytes caps one file or zip entry; default 200 MB. Larger ones fail with a clear reason.
	MaxFileBytes int64
	Stdin        io.Reader // read for the "-" argument: a list of paths, one per line; default os.Stdin

	// MaxArchiveBytes caps the declared uncompressed bytes of one zip archive; default 4 GB.
	MaxArchiveBytes int64
	// MaxZipRatio is the largest uncompressed:compressed ratio of a zip entry over 1 MB; default 200.
	MaxZipRatio int64
	// MaxZipEntries caps the entries read from one zip archive; default 100000.
	MaxZipEntries int
	// MaxReportText caps the text of one report in bytes; default
	// DefaultMaxReportText (20 MB). A larger one fails: too large to be one report.
	MaxReportText int64
	// MaxAgreements caps the agreements and numbered points of one report;
	// default DefaultMaxAgreements (2,000). More fail: too large to be one report.
	MaxAgreements int
	// Skip lists file extensions (lower case, with the dot) that are clearly not
	// reports; files found in folders and archives with them are skipped. Files
	// named on the command line are always read. Default DefaultSkip.
	Skip []string

	// ExtractPDF extracts a PDF's pages in a child process; default worker.ExtractPDF.
	ExtractPDF func(ctx context.Context, path string, opt pdftext.Options, lim worker.Limits) (pdftext.Result, error)
	// Rehash reads and hashes every file; by default a file whose size and
	// modification time are those recorded when it was loaded is counted
	// unchanged without being read.
	Rehash bool
	// Shard keeps only the files of one shard of the archive (see Shard);
	// the zero value keeps every file.
	Shard Shard

	// Extract finds the report structure in a document's text and sets its
	// language; default the extractor of package extract.
	Extract func(doc *actas.Document) (*actas.Report, error)
}

// DefaultSkip is the default Options.Skip: data, notes, images, media,
// programs, source code and office formats other than DOCX.
var DefaultSkip = []string{
	".json", ".md", ".csv", ".tsv", ".xml", ".yaml", ".yml", ".ini", ".log", ".sql",
	".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".svg", ".webp", ".ico",
	".mp3", ".mp4", ".wav", ".avi", ".mov",
	".exe", ".dll", ".so", ".dylib", ".bin", ".iso",
	".go", ".py", ".js", ".css", ".sh", ".c", ".h", ".java",
	".duckdb", ".wal", ".db", ".sqlite", ".parquet",
	".xlsx", ".xls", ".pptx", ".ppt", ".odt", ".ods", ".odp",
}

// Default limits.
const (
	DefaultMaxFileBytes    = 200 << 20
	DefaultMaxArchiveBytes = 4 << 30
	DefaultMaxZipRatio     = 200
	DefaultMaxZipEntries   = 100000
)

// withDefaults fills every zero field with its default.
func (o Options) withDefaults() Options {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	if o.PDF == (pdftext.Options{}) {
		o.PDF = pdftext.DefaultOptions()
	}
	if o.Limits == (worker.Limits{}) {
		o.Limits = worker.DefaultLimits()
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.Limits.MaxBytes <= 0 || o.Limits.MaxBytes > o.MaxFileBytes {
		o.Limits.MaxBytes = o.MaxFileBytes
	}
	if o.MaxArchiveBytes <= 0 {
		o.MaxArchiveBytes = DefaultMaxArchiveBytes
	}
	if o.MaxZipRatio <= 0 {
		o.MaxZipRatio = DefaultMaxZipRatio
	}
	if o.MaxZipEntries <= 0 {
		o.MaxZipEntries = DefaultMaxZipEntries
	}
	if o.MaxReportText <= 0 {
		o.MaxReportText = DefaultMaxReportText
	}
	if o.MaxAgreements <= 0 {
		o.MaxAgreements = DefaultMaxAgreements
	}
	if o.Skip == nil {
		o.Skip = DefaultSkip
	}
	if o.ExtractPDF == nil {
		o.ExtractPDF = worker.ExtractPDF
	}
	return o
}
