// Package ocr reads the scanned pages of a PDF: pdftoppm renders each page
// in grey at the resolution tesseract reads best, the page is levelled in
// Go, and tesseract reads it in the language the document's first page
// shows, keeping every word's confidence. Pages of all documents share one
// pool of runtime.NumCPU() slots.
package ocr

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// LowConfidence is the word confidence (0 to 100) under which a word is
// listed in Page.LowWords; it stays in the text.
const LowConfidence = 60

// UncertainBelow is the mean word confidence of a document's scanned pages
// under which its structure is uncertain.
const UncertainBelow = 75

// Options tunes the OCR of one document. The zero value works.
type Options struct {
	Langs       []string      // candidate tesseract languages; default Spanish and English (those installed)
	DPI         int           // rendering resolution; default 300, what tesseract is trained for
	PageTimeout time.Duration // wall clock per page (render and read); default 2 minutes
	MemoryMB    int           // address space of each pdftoppm and tesseract; default 2048
	// Progress, when set, is called after each page with the pages done and the total.
	Progress func(done, total int)
}

// withDefaults fills zero fields.
func (o Options) withDefaults() Options {
	if len(o.Langs) == 0 {
		o.Langs = []string{Spanish, English}
	}
	if o.DPI <= 0 {
		o.DPI = 300
	}
	if o.PageTimeout <= 0 {
		o.PageTimeout = 2 * time.Minute
	}
	if o.MemoryMB <= 0 {
		o.MemoryMB = 2048
	}
	return o
}

// Page is what OCR read on one page.
type Page struct {
	Number     int
	Text       string   // lines and paragraphs laid out as package pdftext does
	Lang       string   // tesseract language(s) used, e.g. "spa" or "spa+eng"
	Confidence float64  // mean word confidence, 0 to 100, weighted by word length
	Words      int      // words read
	LowWords   []string // words read with confidence under LowConfidence (kept in Text)
	Skew       float64  // rotation applied to level the page, degrees
	Err        error    // the page could not be read; Text is empty
}

// slots bounds the pages read at once by the whole process.
var slots = make(chan struct{}, runtime.NumCPU())

// Document reads the given pages (numbered from 1) of the PDF at path. The
// first page is read in all candidate languages and decides the language
// of the others, which are read in parallel; a page whose words disagree
// with that language is read again in its own. A page that fails carries
// its error; a cancelled ctx ends all of them.
func Document(ctx context.Context, path string, pages []int, opt Options) []Page {
	opt = opt.withDefaults()
	out := make([]Page, len(pages))
	if len(pages) == 0 {
		return out
	}
	langs := usable(opt.Langs)
	if len(langs) == 0 {
		for i, n := range pages {
			out[i] = Page{Number: n, Err: fmt.Errorf("tesseract has none of the languages %s", strings.Join(opt.Langs, ", "))}
		}
		return out
	}
	var mu sync.Mutex
	done := 0
	finished := func() {
		if opt.Progress == nil {
			return
		}
		mu.Lock()
		done++
		d := done
		mu.Unlock()
		opt.Progress(d, len(pages))
	}
	all := strings.Join(langs, "+")
	first, lang := readPage(ctx, path, pages[0], all, langs, opt)
	out[0] = first
	finished()
	if lang == "" {
		lang = all
	}
	var wg sync.WaitGroup
	for i := 1; i < len(pages); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i], _ = readPage(ctx, path, pages[i], lang, langs, opt)
			finished()
		}()
	}
	wg.Wait()
	return out
}

// readPage renders, levels and reads page n in lang when a slot is free,
// and returns it with the language its words show ("" when unclear).
func readPage(ctx context.Context, path string, n int, lang string, langs []string, opt Options) (Page, string) {
	pg := Page{Number: n, Lang: lang}
	select {
	case slots <- struct{}{}:
		defer func() { <-slots }()
	case <-ctx.Done():
		pg.Err = fmt.Errorf("page %d: %w", n, ctx.Err())
		return pg, ""
	}
	ctx, cancel := context.WithTimeoutCause(ctx, opt.PageTimeout, fmt.Errorf("page %d: no answer after %v", n, opt.PageTimeout))
	defer cancel()
	raw, err := rasterise(ctx, path, n, opt.DPI, opt.MemoryMB)
	if err != nil {
		pg.Err = fmt.Errorf("page %d: %w", n, err)
		return pg, ""
	}
	img, err := DecodePGM(raw)
	if err != nil {
		pg.Err = fmt.Errorf("page %d: %w", n, err)
		return pg, ""
	}
	img, pg.Skew = deskew(img)
	pgm := encodePGM(img)
	words, err := recognise(ctx, pgm, lang, opt.DPI, opt.MemoryMB)
	if err != nil {
		pg.Err = fmt.Errorf("page %d: %w", n, err)
		return pg, ""
	}
	seen := detectLang(words, langs)
	if seen != "" && seen != lang && !strings.Contains(lang, "+") {
		// The page is in the other language: read it again in its own.
		if again, err := recognise(ctx, pgm, seen, opt.DPI, opt.MemoryMB); err == nil {
			words, pg.Lang = again, seen
		}
	}
	pg.Text = layoutWords(words)
	pg.Confidence, pg.Words, pg.LowWords = confidence(words)
	return pg, seen
}

// confidence returns the mean confidence of words weighted by their
// length, their number, and those under LowConfidence.
func confidence(words []word) (mean float64, n int, low []string) {
	var sum, weight float64
	for _, w := range words {
		k := float64(utf8.RuneCountInString(w.text))
		sum += w.conf * k
		weight += k
		if w.conf < LowConfidence {
			low = append(low, w.text)
		}
	}
	if weight == 0 {
		return 0, 0, nil
	}
	return sum / weight, len(words), low
}
