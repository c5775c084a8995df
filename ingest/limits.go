package ingest

import (
	"fmt"
	"strconv"
	"strings"

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

// points counts the lines of a text that start with a point number ("12.",
// "12)", "12 -": up to six digits after spaces or tabs, then a period or a
// parenthesis, or spaces and a dash, then a space or tab) and keeps the
// highest number.
type points struct{ n, top int }

// numberedPoints counts the numbered lines of doc's pages in one pass each.
func numberedPoints(doc *actas.Document) points {
	var p points
	for _, pg := range doc.Pages {
		text := pg.Text
		for len(text) > 0 {
			line, rest, _ := strings.Cut(text, "\n")
			if v, ok := pointNumber(line); ok {
				p.n++
				p.top = max(p.top, v)
			}
			text = rest
		}
	}
	return p
}

// pointNumber reads the point number that opens line, if one does.
func pointNumber(line string) (int, bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	start := i
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	digits := line[start:i]
	if len(digits) == 0 || len(digits) > 6 {
		return 0, false
	}
	switch {
	case i < len(line) && (line[i] == '.' || line[i] == ')'):
		i++
	case i < len(line) && (line[i] == ' ' || line[i] == '\t'):
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		switch {
		case strings.HasPrefix(line[i:], "-"):
			i++
		case strings.HasPrefix(line[i:], "–"):
			i += len("–")
		default:
			return 0, false
		}
	default:
		return 0, false
	}
	if i >= len(line) || line[i] != ' ' && line[i] != '\t' {
		return 0, false
	}
	v, _ := strconv.Atoi(digits)
	return v, true
}

// textBytes is the length of doc's text.
func textBytes(doc *actas.Document) int64 {
	var n int64
	for _, pg := range doc.Pages {
		n += int64(len(pg.Text))
	}
	return n
}

// tooLarge tells why doc, whose numbered lines are pts, is too large to be
// one report, or "".
func (p *pipeline) tooLarge(doc *actas.Document, pts points) string {
	if n := textBytes(doc); n > p.opt.MaxReportText {
		return fmt.Sprintf("too large to be one report: %s of text (the limit is %s); split it into its reports",
			byteSize(n), byteSize(p.opt.MaxReportText))
	}
	if pts.n > p.opt.MaxAgreements {
		return fmt.Sprintf("too large to be one report: %d numbered points (the limit is %d agreements); split it into its reports",
			pts.n, p.opt.MaxAgreements)
	}
	return ""
}

// pointsWarning warns when the text numbers points past what the extractor
// reads and far fewer agreements were found, or "".
func pointsWarning(pts points, rep *actas.Report) string {
	if pts.top <= pointsNotRead || len(rep.Agreements) >= pts.n/2 {
		return ""
	}
	return fmt.Sprintf("the text numbers %d points (up to %d) but %d agreements were found: points numbered above %d are not read",
		pts.n, pts.top, len(rep.Agreements), pointsNotRead)
}
