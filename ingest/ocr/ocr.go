// Package ocr reads the scanned pages of a PDF: pdftoppm renders each page
// in grey at the resolution tesseract reads best, the page is levelled in
// Go, and tesseract reads it in the language the document's first page
// shows, keeping every word's confidence. Pages of all documents share one
// pool of runtime.NumCPU() slots.
package ocr

import (
	"context"
	"fmt"
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

// reread is the mean confidence under which a page read in another
// language than its words show is read again in theirs (Spanish read with
// the English model falls to about 90).
const reread = 93

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

// Document reads the given pages (numbered from 1) of the PDF at path, in
// parallel with each other and with other documents' pages. A page is read
// in the document's language (Spanish and English models each misread the
// other language: "10M" for IOM, accents dropped): the first page reads a
// band of its densest lines to tell it, and a page that gets a core before
// any page has told it is read in all candidates together (a core frees
// for pages of known language first, so that is rare in a batch). A page whose words
// show another language than it was read in, with a confidence under
// reread, is read again in that language. A page that fails carries its
// error; a cancelled ctx ends all.
func Document(ctx context.Context, path string, pages []int, opt Options) []Page {
	opt = opt.withDefaults()
	out := make([]Page, len(pages))
	langs := usable(opt.Langs)
	if len(langs) == 0 {
		for i, n := range pages {
			out[i] = Page{Number: n, Err: fmt.Errorf("tesseract has none of the languages %s", strings.Join(opt.Langs, ", "))}
		}
		return out
	}
	d := &document{path: path, langs: langs, opt: opt, total: len(pages)}
	var wg sync.WaitGroup
	for i, n := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = d.read(ctx, n, i == 0)
		}()
	}
	wg.Wait()
	return out
}

// document is the shared state of one Document call.
type document struct {
	path  string
	langs []string
	opt   Options
	total int
	mu    sync.Mutex
	lang  string // the language pages have shown, "" until one has
	done  int
}

// language returns the document's language, or all candidates joined
// while no page has shown it.
func (d *document) language() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.lang != "" {
		return d.lang
	}
	return strings.Join(d.langs, "+")
}

// known reports whether a page has shown the document's language.
func (d *document) known() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.lang != ""
}

// read reads page n when a slot is free and reports progress; the first
// page tells the document's language.
func (d *document) read(ctx context.Context, n int, first bool) Page {
	if err := slots.acquire(ctx, d); err != nil {
		return Page{Number: n, Err: fmt.Errorf("page %d: %w", n, err)}
	}
	pg := d.readPage(ctx, n, first)
	// The page has recorded the language it showed: the next page of this
	// document to get the slot can use it.
	slots.release()
	d.mu.Lock()
	d.done++
	done := d.done
	d.mu.Unlock()
	if d.opt.Progress != nil {
		d.opt.Progress(done, d.total)
	}
	return pg
}

// readPage renders and levels page n, and reads it in the document's
// language, or in all candidates while that is unknown; the first page
// reads a band of its densest lines first to tell it.
func (d *document) readPage(ctx context.Context, n int, first bool) Page {
	opt := d.opt
	pg := Page{Number: n}
	ctx, cancel := context.WithTimeoutCause(ctx, opt.PageTimeout, fmt.Errorf("page %d: no answer after %v", n, opt.PageTimeout))
	defer cancel()
	fail := func(err error) Page {
		pg.Err = fmt.Errorf("page %d: %w", n, err)
		return pg
	}
	raw, err := rasterise(ctx, d.path, n, opt.DPI, opt.MemoryMB)
	if err != nil {
		return fail(err)
	}
	img, err := DecodePGM(raw)
	if err != nil {
		return fail(err)
	}
	img, pg.Skew = deskew(img)
	if first && !d.known() && len(d.langs) > 1 {
		if band := denseBand(img); band != nil {
			if words, err := recogniseBlock(ctx, encodePGM(band), d.langs[0], opt.DPI, opt.MemoryMB); err == nil {
				d.learn(detectLang(words, d.langs))
			}
		}
	}
	lang := d.language()
	pg.Lang = lang
	pgm := encodePGM(img)
	words, err := recognise(ctx, pgm, lang, opt.DPI, opt.MemoryMB)
	if err != nil {
		return fail(err)
	}
	pg.Confidence, pg.Words, pg.LowWords = confidence(words)
	seen := detectLang(words, d.langs)
	d.learn(seen)
	if seen != "" && seen != lang && !strings.Contains(lang, "+") && pg.Confidence < reread {
		// The page is in another language and read poorly: read it in its own.
		if again, err := recognise(ctx, pgm, seen, opt.DPI, opt.MemoryMB); err == nil {
			words, pg.Lang = again, seen
			pg.Confidence, pg.Words, pg.LowWords = confidence(words)
		}
	}
	pg.Text = layoutWords(words)
	return pg
}

// learn records the document's language the first time a page shows it.
func (d *document) learn(lang string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.lang == "" && lang != "" {
		d.lang = lang
	}
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
