package extract

import (
	"iter"
	"strconv"
	"strings"
)

// ocrMarker reads a list marker as OCR damages it — "1 ." (a space before
// the dot), "4," (a comma for the dot), "l." or "I." (a letter for 1), "XI!"
// (an exclamation mark for the dot), "l.-" — and returns it only when it is the
// next point expected by position, after a sentence end; else nil.
func (p *parser) ocrMarker(raw string, at int) *marker {
	if p.hasItems() && !p.paraBreak && !strings.ContainsRune(".:;", p.prevEnd) {
		return nil
	}
	m := ocrReading(raw)
	if m == nil {
		return nil
	}
	c := m.cands[0]
	for k := len(p.stack) - 1; k >= 0; k-- {
		lv := p.stack[k]
		if lv.style == c.style {
			if c.value+lv.offset == lv.last+1 {
				return m
			}
			return nil
		}
	}
	if c.value == 1 && (c.style == styleDec && p.nextDecValue(at) == 2 || c.style == styleLAlpha && p.nextLetter(at) == 2) {
		return m
	}
	return nil
}

// nextLetter is the value of the next small letter, spaced from its
// bracket or not, that opens a line after byte at, or 0.
func (p *parser) nextLetter(at int) int {
	for _, m := range p.markersAfter(at) {
		for _, c := range m.cands {
			if c.style == styleLAlpha {
				return c.value
			}
		}
		return 0
	}
	return 0
}

// ocrReading parses the damaged marker forms at the start of raw, or returns nil.
func ocrReading(raw string) *marker {
	i := 0
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t') {
		i++
	}
	start, k := i, i
	for k < len(raw) && raw[k] >= '0' && raw[k] <= '9' {
		k++
	}
	var c candidate
	term := k
	w := wordAt(raw, i)
	switch {
	case k > i && k-i <= 3:
		v, _ := strconv.Atoi(raw[i:k])
		c = candidate{style: styleDec, value: v, label: raw[i:k]}
		switch {
		case strings.HasPrefix(raw[k:], " .") || strings.HasPrefix(raw[k:], " )"):
			term = k + 2
		case strings.HasPrefix(raw[k:], ","):
			term = k + 1
		default:
			return nil
		}
	case k == i && k+2 < len(raw) && 'a' <= raw[k] && raw[k] <= 'z' && raw[k+1] == ' ' && raw[k+2] == ')':
		c = candidate{style: styleLAlpha, value: int(raw[k]-'a') + 1, label: raw[k : k+1]}
		term = k + 3 // "a )\u00a0To take note ...": a letter spaced from its bracket
	case k == i && k+1 < len(raw) && (raw[k] == 'l' || raw[k] == 'I') && (raw[k+1] == '.' || raw[k+1] == ')'):
		c = candidate{style: styleDec, value: 1, label: "1"}
		term = k + 2
		if strings.HasPrefix(raw[term:], "-") {
			term++ // "l.-  TO TAKE NOTE ...": "1.-" as typists wrote it
		}
	case i+len(w) < len(raw) && (raw[i+len(w)] == '.' || raw[i+len(w)] == ')') && ocrRoman(w) > 0:
		c = candidate{style: styleURoman, value: ocrRoman(w), label: strings.ToLower(strings.ReplaceAll(w, "l", "I"))}
		term = i + len(w) + 1 // "Vl." for "VI."
		if strings.HasPrefix(raw[term:], "-") {
			term++ // "Xl.-"
		}
	default:
		v := romanValue(w)
		if v == 0 || !strings.HasPrefix(raw[i+len(w):], "!") {
			return nil
		}
		st := styleURoman
		if strings.ToLower(w) == w {
			st = styleLRoman
		}
		c = candidate{style: st, value: v, label: strings.ToLower(w)}
		term = i + len(w) + 1
	}
	if c.value == 0 {
		return nil
	}
	end, alone, ok := afterMarker(raw, term)
	if !ok || alone || !startsUpper(raw[end:]) {
		return nil
	}
	return &marker{cands: []candidate{c}, start: start, end: end}
}

// ocrRoman is the value of a roman numeral in capitals whose I was read as
// a small l ("Vl", "XIl"), or 0.
func ocrRoman(w string) int {
	if !strings.Contains(w, "l") || strings.Trim(w, "IVXl") != "" || strings.Trim(w, "l") == "" {
		return 0
	}
	return romanValue(strings.ReplaceAll(w, "l", "I"))
}

// nextDecValue is the value of the next arabic marker that opens a line
// after byte at, or 0; a page number ("- 2 -") is none, and a roman "II."
// before it makes the "I." at byte at a roman one, so it gives 0.
func (p *parser) nextDecValue(at int) int {
	for ln, m := range p.markersAfter(at) {
		t := strings.TrimSpace(ln)
		if strings.HasPrefix(t, "II") && hasCand(m, styleURoman, 2) {
			return 0
		}
		if m.cands[0].style == styleDec && (isDigit(t[0]) || t[0] == '(') {
			return m.cands[0].value
		}
	}
	return 0
}

// markersAfter yields each line after the line of byte at that opens with a
// marker, and that marker, clean or damaged ("2 .\u00a0To thank ...").
func (p *parser) markersAfter(at int) iter.Seq2[string, *marker] {
	return func(yield func(string, *marker) bool) {
		rest := p.text[at:]
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			return
		}
		for ln := range strings.Lines(rest[nl+1:]) {
			ln = strings.TrimSuffix(ln, "\n")
			m := parseMarker(ln)
			if m == nil {
				m = ocrReading(ln)
			}
			if m != nil && !yield(ln, m) {
				return
			}
		}
	}
}

// withOCR adds to m (which may be nil) the reading of an OCR-damaged marker
// at byte i of s, last: a numbering decides which reading continues it.
func withOCR(m *marker, s string, i int) *marker {
	o := ocrReading(s[i:])
	if o == nil {
		return m
	}
	o.start, o.end = i, i+o.end
	if m == nil {
		return o
	}
	for _, c := range m.cands {
		if c.style == o.cands[0].style && c.value == o.cands[0].value {
			return m
		}
	}
	m.cands = append(m.cands, o.cands[0])
	return m
}
