// Package pdftext extracts the text of each page of a PDF: a text walker of
// its own on ledongthuc/pdf, a pdfcpu rewrite for damaged files, and the
// pdftotext and OCR (pdftoppm plus tesseract) fallbacks where installed.
package pdftext

import "actas"

// Page methods recorded in actas.Page.Method.
const (
	MethodPDF       = "pdf"
	MethodRepaired  = "pdf-repaired"
	MethodPdftotext = "pdftotext"
	MethodOCR       = "ocr"
	MethodEmpty     = "empty"
)

// Options bounds and tunes one extraction.
type Options struct {
	MaxPages  int    // default 2000
	MaxOutput int    // bytes of text per document, default 20 MB
	OCR       bool   // run OCR on pages with no text layer when pdftoppm and tesseract are installed
	OCRLang   string // tesseract languages, default "spa+eng"
	// NoTools never runs pdftotext, pdftoppm or tesseract (fuzzing, benchmarks).
	NoTools bool
}

// DefaultOptions returns the options used by the ingest: 2000 pages, 20 MB of
// text, OCR on in Spanish and English.
func DefaultOptions() Options {
	return Options{MaxPages: 2000, MaxOutput: 20 << 20, OCR: true, OCRLang: "spa+eng"}
}

// withDefaults fills zero limits with the defaults.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.MaxPages <= 0 {
		o.MaxPages = d.MaxPages
	}
	if o.MaxOutput <= 0 {
		o.MaxOutput = d.MaxOutput
	}
	if o.OCRLang == "" {
		o.OCRLang = d.OCRLang
	}
	return o
}

// Result is the text of a document's pages and how it was obtained.
type Result struct {
	Pages     []actas.Page `json:"pages"`     // Number from 1; Method is pdf, pdf-repaired, pdftotext, ocr or empty
	Encrypted bool         `json:"encrypted"` // encrypted and not openable with the empty user password
	NeedsOCR  bool         `json:"needs_ocr"` // some pages have no text layer and OCR was not possible
	OCRPages  []int        `json:"ocr_pages"` // the pages with no text layer that OCR did not read
	OCRUsed   bool         `json:"ocr_used"`  // some text came from OCR: structure less certain
	Warnings  []string     `json:"warnings,omitempty"`
}
