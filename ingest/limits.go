package ingest

import (
	"fmt"
	"regexp"
	"strconv"

	"actas"
)

// Limits of one report: a file over them is not one meeting's report (a
// book, a data dump, several reports run together) and fails with the
// reason "too large to be one report" instead of taxing every transform.
const (
	// DefaultMaxReportText caps the text of one report: the longest real
	// reports hold well under 1 MB of text.
	DefaultMaxReportText = 20 << 20
	// DefaultMaxAgreements caps the agreements (and numbered points) of one
	// report: real reports have at most a few hundred.
	DefaultMaxAgreements = 2000
	// pointsNotRead is the highest point number the extractor reads as an
	// agreement; a text numbering past it gets a warning.
	pointsNotRead = 199
)

// numberedLine matches a line that starts with a point number: "12.", "12)", "12 -".
var numberedLine = regexp.MustCompile(`(?m)^[ \t]*(\d{1,6})(?:[.)]|[ \t]+[-–])[ \t]`)

// numberedPoints counts the lines of doc that start with a point number and
// returns the highest number.
func numberedPoints(doc *actas.Document) (n, top int) {
	for _, pg := range doc.Pages {
		for _, m := range numberedLine.FindAllStringSubmatch(pg.Text, -1) {
			n++
			if v, err := strconv.Atoi(m[1]); err == nil && v > top {
				top = v
			}
		}
	}
	return n, top
}

// textBytes is the length of doc's text.
func textBytes(doc *actas.Document) int64 {
	var n int64
	for _, pg := range doc.Pages {
		n += int64(len(pg.Text))
	}
	return n
}

// tooLarge tells why doc is too large to be one report, or "".
func (p *pipeline) tooLarge(doc *actas.Document) string {
	if n := textBytes(doc); n > p.opt.MaxReportText {
		return fmt.Sprintf("too large to be one report: %s of text (the limit is %s); split it into its reports",
			byteSize(n), byteSize(p.opt.MaxReportText))
	}
	if n, _ := numberedPoints(doc); n > p.opt.MaxAgreements {
		return fmt.Sprintf("too large to be one report: %d numbered points (the limit is %d agreements); split it into its reports",
			n, p.opt.MaxAgreements)
	}
	return ""
}

// pointsWarning warns when the text numbers points past what the extractor
// reads and far fewer agreements were found, or "".
func pointsWarning(doc *actas.Document, rep *actas.Report) string {
	n, top := numberedPoints(doc)
	if top <= pointsNotRead || len(rep.Agreements) >= n/2 {
		return ""
	}
	return fmt.Sprintf("the text numbers %d points (up to %d) but %d agreements were found: points numbered above %d are not read",
		n, top, len(rep.Agreements), pointsNotRead)
}
