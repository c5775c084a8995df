package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"actas"
	"actas/ingest/ocr"

	"github.com/ledongthuc/pdf"
)

// ErrEncrypted is returned for a PDF that needs a user password.
var ErrEncrypted = errors.New("encrypted with a user password")

// ErrNotPDF is returned for input without a %PDF- header.
var ErrNotPDF = errors.New("not a PDF (no %PDF- header)")

// Extract returns the text of each page of the PDF in data. It recovers per
// page, repairs with pdfcpu, and falls back to pdftotext and OCR where
// installed. A loop inside the PDF library cannot be stopped: Extract then
// returns ctx's error and abandons the goroutine (run untrusted files through
// package worker).
func Extract(ctx context.Context, data []byte, opt Options) (Result, error) {
	if len(data) == 0 {
		return Result{}, errors.New("pdf: empty file")
	}
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return Result{}, fmt.Errorf("pdf: %w", ErrNotPDF)
	}
	type outcome struct {
		res Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			if r := recover(); r != nil {
				o = outcome{err: fmt.Errorf("pdf: internal error: %v", r)}
			}
			done <- o
		}()
		x := &extraction{ctx: ctx, data: data, opt: opt.withDefaults(), fonts: map[string]map[string]*fontInfo{
			MethodPDF: {}, MethodRepaired: {},
		}}
		o.res, o.err = x.run()
	}()
	select {
	case o := <-done:
		return o.res, o.err
	case <-ctx.Done():
		return Result{}, fmt.Errorf("pdf: %w", ctx.Err())
	}
}

// extraction is the state of one Extract call.
type extraction struct {
	ctx      context.Context
	data     []byte
	opt      Options
	res      Result
	out      int      // bytes of text so far
	tmp      *scratch // the document on disk for external tools, made lazily
	repaired *pdf.Reader
	repairOK bool                            // repair was tried
	fonts    map[string]map[string]*fontInfo // per reader (method): parsed fonts
	poppler  []string                        // pdftotext's pages, read once on the first failed page
	popErr   error
}

// run extracts every page.
func (x *extraction) run() (Result, error) {
	defer func() { x.tmp.close() }() // x.tmp is made later, on demand
	encrypted := bytes.Contains(x.data, []byte("/Encrypt"))
	method := MethodPDF
	r, err := open(x.data)
	if err != nil {
		r2, err2 := x.repairedReader(encrypted)
		switch {
		case r2 != nil:
			r, method = r2, MethodRepaired
		case encrypted && isPasswordErr(err, err2):
			x.res.Encrypted = true
			return x.res, fmt.Errorf("pdf: %w", ErrEncrypted)
		default:
			return x.fallbackAll(fmt.Errorf("pdf: cannot open: %v; repair: %v", err, err2))
		}
	}
	pages, warn := collectPages(r, x.opt.MaxPages)
	if len(pages) == 0 && method == MethodPDF {
		if r2, _ := x.repairedReader(encrypted); r2 != nil {
			r, method = r2, MethodRepaired
			pages, warn = collectPages(r, x.opt.MaxPages)
		}
	}
	if warn != "" {
		x.warn(warn)
	}
	if len(pages) == 0 {
		return x.fallbackAll(errors.New("pdf: no pages found"))
	}
	for i, p := range pages {
		if err := x.ctx.Err(); err != nil {
			return x.res, fmt.Errorf("pdf: %w", err)
		}
		if x.out >= x.opt.MaxOutput {
			x.warn(fmt.Sprintf("pages %d to %d dropped: text beyond %d bytes", i+1, len(pages), x.opt.MaxOutput))
			break
		}
		pg, err := x.page(i+1, p, method, encrypted)
		if err != nil {
			return x.res, err
		}
		x.res.Pages = append(x.res.Pages, pg)
	}
	return x.res, nil
}

// page extracts page n, trying the repaired file and pdftotext when our
// walker fails, and OCR when the page has no text layer.
func (x *extraction) page(n int, p pageRef, method string, encrypted bool) (actas.Page, error) {
	text, images, err := x.walk(p, x.fonts[method])
	if errors.Is(err, errOutputCap) {
		x.out = x.opt.MaxOutput
		x.warn(fmt.Sprintf("page %d: text beyond %d bytes dropped", n, x.opt.MaxOutput))
		return actas.Page{Number: n, Text: text, Method: method}, nil
	}
	if err != nil {
		if x.ctx.Err() != nil {
			return actas.Page{}, fmt.Errorf("pdf: %w", x.ctx.Err())
		}
		x.warn(fmt.Sprintf("page %d: %v", n, err))
		if method == MethodPDF {
			if r2, _ := x.repairedReader(encrypted); r2 != nil {
				if ps, _ := collectPages(r2, n); len(ps) >= n {
					if t, im, err2 := x.walk(ps[n-1], x.fonts[MethodRepaired]); err2 == nil {
						text, images, err, method = t, im, nil, MethodRepaired
					}
				}
			}
		}
	}
	if err != nil {
		if t, err2 := x.pdftotext(n); err2 == nil && strings.TrimSpace(t) != "" {
			return x.take(actas.Page{Number: n, Text: t, Method: MethodPdftotext}), nil
		}
		return actas.Page{Number: n, Method: MethodEmpty}, nil
	}
	if strings.TrimSpace(text) != "" {
		return x.take(actas.Page{Number: n, Text: text, Method: method}), nil
	}
	if !images {
		return actas.Page{Number: n, Method: MethodEmpty}, nil
	}
	return x.ocr(n), nil
}

// walk runs the text walker on one page, turning a panic into an error.
// fonts caches the fonts of the reader the page comes from.
func (x *extraction) walk(p pageRef, fonts map[string]*fontInfo) (text string, images bool, err error) {
	w := newWalker(x.ctx, x.opt.MaxOutput-x.out, fonts)
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && (errors.Is(e, errOutputCap) || x.ctx.Err() != nil) {
				err = e
				if errors.Is(e, errOutputCap) {
					text = layout(w.runs, p.rotate)
				}
				return
			}
			text, images, err = "", false, fmt.Errorf("bad content: %v", r)
		}
	}()
	w.walkPage(p)
	return layout(w.runs, p.rotate), w.images, nil
}

// take counts a page's text against MaxOutput and returns the page.
func (x *extraction) take(p actas.Page) actas.Page {
	if x.out+len(p.Text) > x.opt.MaxOutput {
		p.Text = p.Text[:max(0, x.opt.MaxOutput-x.out)]
		p.Text = strings.ToValidUTF8(p.Text, "")
		x.warn(fmt.Sprintf("page %d: text beyond %d bytes dropped", p.Number, x.opt.MaxOutput))
	}
	x.out += len(p.Text)
	return p
}

// ocr reads page n with OCR, or records that it needs OCR.
func (x *extraction) ocr(n int) actas.Page {
	empty := actas.Page{Number: n, Method: MethodEmpty}
	if !x.opt.OCR {
		x.needOCR(n)
		x.warn(fmt.Sprintf("page %d: no text layer; OCR disabled", n))
		return empty
	}
	if x.opt.NoTools || !ocr.Available() {
		x.needOCR(n)
		x.warn(fmt.Sprintf("page %d: no text layer; OCR not installed (apt-get install poppler-utils tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng)", n))
		return empty
	}
	s, err := x.scratch()
	if err == nil {
		var pg actas.Page
		if pg, err = ocrPage(x.ctx, s, n, x.opt.OCRLang); err == nil {
			x.res.OCRUsed = true
			if strings.TrimSpace(pg.Text) == "" {
				return empty
			}
			return x.take(pg)
		}
	}
	x.needOCR(n)
	x.warn(fmt.Sprintf("page %d: no text layer; OCR failed: %v", n, err))
	return empty
}

// needOCR records that page n has no text layer and was not read.
func (x *extraction) needOCR(n int) {
	x.res.NeedsOCR = true
	x.res.OCRPages = append(x.res.OCRPages, n)
}

// pdftotext returns page n as read by poppler, running it once for the
// whole document when installed.
func (x *extraction) pdftotext(n int) (string, error) {
	if x.opt.NoTools || !Installed("pdftotext") {
		return "", errors.New("pdftotext not installed")
	}
	if x.poppler == nil && x.popErr == nil {
		s, err := x.scratch()
		if err != nil {
			return "", err
		}
		x.poppler, x.popErr = pdftotextAll(x.ctx, s, x.opt.MaxPages)
	}
	if x.popErr != nil {
		return "", x.popErr
	}
	if n > len(x.poppler) {
		return "", fmt.Errorf("pdftotext: no page %d", n)
	}
	return x.poppler[n-1], nil
}

// fallbackAll extracts the whole document with pdftotext after our reader
// failed with cause; without pdftotext it returns cause.
func (x *extraction) fallbackAll(cause error) (Result, error) {
	if x.opt.NoTools || !Installed("pdftotext") {
		return x.res, cause
	}
	s, err := x.scratch()
	if err != nil {
		return x.res, cause
	}
	texts, err := pdftotextAll(x.ctx, s, x.opt.MaxPages)
	if err != nil {
		return x.res, fmt.Errorf("%w; %v", cause, err)
	}
	x.warn(fmt.Sprintf("%v; text from pdftotext", cause))
	for i, t := range texts {
		m := MethodPdftotext
		if strings.TrimSpace(t) == "" {
			t, m = "", MethodEmpty
		}
		x.res.Pages = append(x.res.Pages, x.take(actas.Page{Number: i + 1, Text: t, Method: m}))
	}
	return x.res, nil
}

// repairedReader opens the pdfcpu rewrite of the document, made once.
func (x *extraction) repairedReader(encrypted bool) (*pdf.Reader, error) {
	if x.repairOK {
		if x.repaired == nil {
			return nil, errors.New("repair failed")
		}
		return x.repaired, nil
	}
	x.repairOK = true
	fixed, err := repair(x.ctx, x.data, encrypted)
	if err != nil {
		return nil, err
	}
	r, err := open(fixed)
	if err != nil {
		return nil, fmt.Errorf("reopen repaired: %w", err)
	}
	x.repaired = r
	return r, nil
}

// scratch returns the document written to a temporary file.
func (x *extraction) scratch() (*scratch, error) {
	if x.tmp != nil {
		return x.tmp, nil
	}
	s, err := newScratch(x.data)
	if err != nil {
		return nil, err
	}
	x.tmp = s
	return s, nil
}

// warn records a warning.
func (x *extraction) warn(s string) {
	x.res.Warnings = append(x.res.Warnings, s)
}

// open opens data with ledongthuc/pdf, turning a panic into an error.
func open(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if e := recover(); e != nil {
			r, err = nil, fmt.Errorf("malformed PDF: %v", e)
		}
	}()
	return pdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

// isPasswordErr reports whether the reader and repair errors say a password is needed.
func isPasswordErr(errs ...error) bool {
	for _, e := range errs {
		if e == nil {
			continue
		}
		s := strings.ToLower(e.Error())
		if errors.Is(e, pdf.ErrInvalidPassword) || strings.Contains(s, "password") || strings.Contains(s, "encrypt") {
			return true
		}
	}
	return false
}
