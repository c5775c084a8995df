package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"actas"
	"actas/ingest/docx"
	"actas/ingest/htmltext"
	"actas/ingest/load"
	"actas/ingest/pages"
	"actas/ingest/sniff"
	"actas/ingest/textenc"
)

// outcome is what a worker made of one source: a document to save, or a failure.
type outcome struct {
	src   *source
	sha   string
	stamp load.Stamp // of the file when read
	doc   *actas.Document
	rep   *actas.Report
	fail  *Failure // the file is not loaded
	ocr   *Failure // the document is loaded but its scanned pages need OCR
}

// process reads, detects, decodes and extracts one source. It returns ok
// false when the writer already accounted for the file (unchanged, duplicate).
func (p *pipeline) process(ctx context.Context, src *source) (out outcome, ok bool) {
	out.src = src
	if src.fail != nil {
		src.done()
		out.fail = src.fail
		return out, true
	}
	b, stamp, fail := src.read(p.opt.MaxFileBytes)
	out.stamp = stamp
	if fail != nil {
		out.fail = fail
		return out, true
	}
	if len(b) == 0 {
		out.fail = src.failf(StageRead, "empty file (0 bytes)")
		return out, true
	}
	sum := sha256.Sum256(b)
	out.sha = hex.EncodeToString(sum[:])
	if !p.w.claim(ctx, out.sha, src.path, int64(len(b)), stamp) {
		return out, false
	}
	defer func() {
		if r := recover(); r != nil {
			stage := StageDecode
			if out.doc != nil {
				stage = StageExtract
			}
			out.doc, out.rep, out.ocr = nil, nil, nil
			out.fail = src.failf(stage, "internal error (please report it): %v", r)
			ok = true
		}
	}()
	doc, fail := p.document(ctx, src, b, out.sha)
	if fail != nil {
		out.fail = fail
		return out, true
	}
	out.doc = doc
	out.rep, out.ocr, out.fail = p.extract(src, doc)
	if out.fail != nil {
		out.doc = nil
	}
	return out, true
}

// document turns the bytes of a source into a Document with cleaned pages.
func (p *pipeline) document(ctx context.Context, src *source, b []byte, sha string) (*actas.Document, *Failure) {
	doc := &actas.Document{
		ID:       sha[:16],
		Path:     src.path,
		FileName: src.name(),
		SHA256:   sha,
		Ingested: p.started,
	}
	format := detect(b)
	doc.Format = format
	var text string
	var err error
	switch format {
	case "pdf":
		return p.pdfDocument(ctx, src, b, doc)
	case "docx":
		text, err = docx.Text(b)
	case "html":
		text, err = htmltext.Text(b)
	case "txt":
		if n := int64(len(b)) / 2; n > p.opt.MaxReportText { // at least half the bytes remain text in any encoding
			return nil, src.failf(StageExtract, "too large to be one report: over %s of text (the limit is %s); split it into its reports",
				byteSize(n), byteSize(p.opt.MaxReportText))
		}
		var enc string
		text, enc, err = textenc.Decode(b)
		if err == nil && enc != "utf-8" {
			doc.Warnings = append(doc.Warnings, "decoded from "+enc)
		}
	case "zip":
		if src.arc != nil && src.arc.parent != nil {
			return nil, src.failf(StageDetect, "zip archive nested more than one level deep; unpack it first")
		}
		return nil, src.failf(StageDetect, "zip file that is neither an archive of reports nor a DOCX document")
	default:
		return nil, src.failf(StageDetect, "not a report: content is not PDF, DOCX, HTML or text (binary data?)")
	}
	if err != nil {
		return nil, src.failf(StageDecode, "%s: %v", format, err)
	}
	method := map[string]string{"txt": "text"}[format]
	if method == "" {
		method = format
	}
	doc.Pages = pages.Clean([]actas.Page{{Number: 1, Text: text, Method: method}})
	return doc, nil
}

// detect names the format of b from its content; a zip holding word/document.xml is docx.
func detect(b []byte) string {
	head := b
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	format := sniff.Detect(head)
	if format == "zip" {
		r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err == nil {
			for _, f := range r.File {
				if f.Name == "word/document.xml" {
					return "docx"
				}
			}
		}
	}
	return format
}

// extract finds the report in doc. A document whose scanned pages need OCR
// is loaded without a report; any other document with no meeting fails.
func (p *pipeline) extract(src *source, doc *actas.Document) (*actas.Report, *Failure, *Failure) {
	var ocr *Failure
	if needsOCR(doc) {
		ocr = src.failf(StageOCR, "%s", ocrReason(doc))
	}
	if !hasText(doc) {
		if ocr != nil {
			doc.Verdict, doc.VerdictDetail = "needs_ocr", ocr.Reason
			return nil, ocr, nil
		}
		return nil, nil, src.failf(StageExtract, "no text found in the %s", formatName(doc.Format))
	}
	pts := numberedPoints(doc)
	if why := p.tooLarge(doc, pts); why != "" {
		return nil, nil, src.failf(StageExtract, "%s", why)
	}
	rep, err := p.opt.Extract(doc)
	if err == nil && len(rep.Agreements) > p.opt.MaxAgreements {
		err = fmt.Errorf("too large to be one report: %d agreements (the limit is %d); split it into its reports",
			len(rep.Agreements), p.opt.MaxAgreements)
	}
	if err == nil && noMeeting(rep) {
		err = fmt.Errorf("no meeting found: no date, no body and no agreements (is it a meeting report?)")
	}
	if err != nil {
		if ocr != nil {
			doc.Verdict, doc.VerdictDetail = "needs_ocr", ocr.Reason
			return nil, ocr, nil
		}
		return nil, nil, src.failf(StageExtract, "%v", err)
	}
	if len(rep.Agreements) == 0 {
		doc.Warnings = append(doc.Warnings, "no agreements found")
	}
	if w := pointsWarning(pts, rep); w != "" {
		doc.Warnings = append(doc.Warnings, w)
	}
	return rep, ocr, nil
}

// hasText reports whether any page has non-space text.
func hasText(doc *actas.Document) bool {
	for _, pg := range doc.Pages {
		if strings.TrimSpace(pg.Text) != "" {
			return true
		}
	}
	return false
}

// noMeeting reports whether a report has no date, no body and no agreements.
func noMeeting(rep *actas.Report) bool {
	if rep == nil {
		return true
	}
	m := rep.Meeting
	return m.StartDate.IsZero() && m.BodyID == "" && m.BodyAsWritten == "" && len(rep.Agreements) == 0
}

// formatName names a format for messages.
func formatName(format string) string {
	switch format {
	case "txt":
		return "text file"
	case "pdf", "docx", "html":
		return strings.ToUpper(format) + " file"
	}
	return filepath.Ext(format) + " file"
}
