package extract

import (
	"actas/ingest/internal/numeral"
	"actas/ingest/internal/wordfilter"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Marker styles: how a list level numbers its points.
const (
	styleDec    = "dec"
	styleDotted = "dotted"
	styleLAlpha = "lalpha"
	styleUAlpha = "ualpha"
	styleLRoman = "lroman"
	styleURoman = "uroman"
	styleOrd    = "ord"
	stylePara   = "para"
	styleHead   = "head"    // a heading over its own sub-points (headings.go)
	styleBullet = "bullet:" // followed by the glyph class
)

// candidate is one reading of a list marker: its style, value and label.
type candidate struct {
	style string
	value int
	label string
	// parent is the printed number of the parent for dotted markers ("6" in "6.1").
	parent string
	// named is set on a point labelled with a word ("Acuerdo 3:", choice.go).
	named bool
}

// marker is a list marker found in a line, with its possible readings.
type marker struct {
	cands []candidate
	start int // byte offset of the marker in the line
	end   int // byte offset after the marker and the spaces that follow
	alone bool
	// bullet is set on an inline bullet already judged to open or continue a list.
	bullet bool
}

// oneMarker returns a marker with the one candidate c, in one allocation.
func oneMarker(c candidate, end int, alone bool) *marker {
	b := &struct {
		m marker
		c [1]candidate
	}{c: [1]candidate{c}}
	b.m = marker{cands: b.c[:], end: end, alone: alone}
	return &b.m
}

// markerWords holds the keys of ordinals and pointWords, to skip their
// lookup for most words.
var markerWords = func() (f wordfilter.Filter) {
	for w := range ordinals {
		f.Add(w)
	}
	for w := range pointWords {
		f.Add(w)
	}
	return f
}()

var ordinals = map[string]int{
	"primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
	"septimo": 7, "octavo": 8, "noveno": 9, "decimo": 10, "undecimo": 11, "duodecimo": 12,
	"decimotercero": 13, "decimocuarto": 14, "decimoquinto": 15, "decimosexto": 16,
	"decimoseptimo": 17, "decimoctavo": 18, "decimonoveno": 19, "vigesimo": 20,
	"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6,
	"septima": 7, "octava": 8, "novena": 9, "decima": 10,
}

// bulletClass names the family of a bullet glyph, or "" when r is no bullet.
func bulletClass(r rune) string {
	if r >= 0 && r < rune(len(latinBullets)) {
		return latinBullets[r] // a letter or digit: no range tables searched
	}
	return bulletClassOf(r)
}

// latinBullets holds bulletClass's answers for the Latin runes.
var latinBullets = func() (t [0x250]string) {
	for r := range t {
		t[r] = bulletClassOf(rune(r))
	}
	return t
}()

// bulletClassOf is bulletClass without its table.
func bulletClassOf(r rune) string {
	switch {
	case r == '-' || r == '–' || r == '—' || r == '−':
		return "dash"
	case r == '•' || r == '·' || r == '●' || r == '∙' || r == '⦁':
		return "dot"
	case r == '○' || r == '◦' || r == 'º':
		return "circle"
	case r == '▪' || r == '■' || r == '□' || r == '◊' || r == '♦' || r == '❖' || r == '§': // "§": Wingdings' small square, as a converter left it
		return "square"
	case r == '*':
		return "star"
	case r == '►' || r == '➢' || r == '➤' || r == '▶' || r == '→' || r == '✓' || r == '✔':
		return "arrow"
	case r == '>':
		return "gt" // typed, it also parts a breadcrumb ("Inicio > Documentos > ..."): a bullet only where a line or a sentence starts
	case r >= 0xF000 && r <= 0xF0FF:
		return symbolFontBullet(r)
	case r >= 0xE000 && r <= 0xF8FF:
		return "pua"
	case r == '»' || r == '+' || r == '©' || r == '®' || r == '¤' || r == '°' || unicode.Is(unicode.So, r) || unicode.Is(unicode.Sm, r) && r != '=' && r != '<' && r != '|':
		return "sym" // what OCR makes of a round bullet; a bar parts fields ("RCM | RCGM Meeting | ...")
	}
	return ""
}

// symbolFontBullet names the family of the glyph a Symbol or Wingdings
// bullet draws, which a converter left as a private-use character at
// U+F000 plus the font's code: Symbol's bullet U+F0B7 is a dot, Wingdings'
// "§" U+F0A7 a square, "Ø" U+F0D8 an arrow. Levels that differ only by
// these glyphs stay apart where indentation was lost.
func symbolFontBullet(r rune) string {
	switch r - 0xF000 {
	case 0xB7:
		return "dot"
	case 0xA7, 0x6E, 0x71, 0x75, 0x76, 0xA8:
		return "square"
	case 0xD8, 0xE8, 0xF0, 0xFC:
		return "arrow"
	case 0x6F:
		return "circle"
	}
	return "pua"
}

// romanValue parses a roman numeral of one case, or returns 0.
func romanValue(s string) int {
	if s == "" || len(s) > 8 {
		return 0 // no numeral up to 60 is longer ("xxxviii")
	}
	if isASCII(s) { // looked up lower-cased on the stack
		var buf [8]byte
		lower := false
		for i := 0; i < len(s); i++ {
			buf[i] = lowerASCII(s[i])
			if romanDigit(rune(buf[i])) == 0 {
				return 0 // no numeral: no lookup
			}
			lower = lower || buf[i] == s[i]
		}
		v := romanByLow[string(buf[:len(s)])]
		if v == 0 || lower && string(buf[:len(s)]) != s {
			return 0 // no numeral, or of mixed case
		}
		return v
	}
	low := strings.ToLower(s)
	if low != s && strings.ToUpper(s) != s {
		return 0
	}
	total, prev := 0, 0
	rs := []rune(low)
	for i := len(rs) - 1; i >= 0; i-- {
		v := romanDigit(rs[i])
		if v == 0 {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	if total <= 0 || total > 60 || numeral.Roman(total) != low {
		return 0
	}
	return total
}

// romanByLow holds the numerals romanValue reads, in lower case, by value.
var romanByLow = func() map[string]int {
	m := map[string]int{}
	for v := 1; v <= 60; v++ {
		m[numeral.Roman(v)] = v
	}
	return m
}()

// romanDigit is the value of one roman digit in lower case, or 0.
func romanDigit(r rune) int {
	switch r {
	case 'i':
		return 1
	case 'v':
		return 5
	case 'x':
		return 10
	case 'l':
		return 50
	case 'c':
		return 100
	case 'd':
		return 500
	case 'm':
		return 1000
	}
	return 0
}

// parseMarker reads a list marker at the start of s (after leading spaces),
// or returns nil. Decorative bullets before another marker ("- a.") are skipped.
func parseMarker(s string) *marker {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	start := i
	if m := parseMarkerAt(s, i); m != nil {
		// "- a. text": a dash that decorates a letter or number marker.
		if len(m.cands) == 1 && strings.HasPrefix(m.cands[0].style, styleBullet) && !m.alone {
			if inner := parseMarkerAt(s, m.end); inner != nil && !strings.HasPrefix(inner.cands[0].style, styleBullet) {
				inner.start = start
				return inner
			}
		}
		m.start = start
		return m
	}
	return nil
}

// parseMarkerAt reads one marker at byte i of s.
func parseMarkerAt(s string, i int) *marker {
	if i >= len(s) {
		return nil
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if c := bulletClass(r); c != "" {
		j := i + n
		if c == "dash" && j < len(s) && (s[j] == '-') {
			return nil
		}
		if end, alone, ok := afterMarker(s, j); ok {
			return oneMarker(candidate{style: styleBullet + c}, end, alone)
		}
		return nil
	}
	// a Wingdings bullet that comes out as the letter "o" before a tab
	if r == 'o' && i+1 < len(s) && s[i+1] == '\t' {
		end, alone, _ := afterMarker(s, i+1)
		return oneMarker(candidate{style: styleBullet + "circle"}, end, alone)
	}
	if r == '(' {
		if j, ok := cidGlyph(s, i); ok {
			if end, alone, ok := afterMarker(s, j); ok {
				return oneMarker(candidate{style: styleBullet + "cid"}, end, alone) // "(cid:127) To approve ...": a glyph a converter could not map
			}
			return nil
		}
	}
	paren := false
	j := i
	if r == '(' {
		paren = true
		j++
	}
	if w := wordAt(s, j); len(w) > 1 && len(w) <= 16 && !paren { // ordinals and point words are short
		var buf [64]byte
		fw := appendFold(buf[:0], w) // looked up without a copy
		if markerWords.MayHoldBytes(fw) {
			if v, ok := ordinals[string(fw)]; ok {
				return ordinalAt(s, j, w, v) // "PRIMERO.-", "DÉCIMO PRIMERO.-"
			}
			if pointWords[string(fw)] && startsUpper(w) { // not "... en cumplimiento del" / "acuerdo 7."
				return parseNamedPoint(s, j+len(w)+pointNoun(s[j+len(w):]))
			}
		}
	}
	k := j
	for k < len(s) && unicode.IsLetter(rune(s[k])) && s[k] < 128 {
		k++
	}
	if k == j {
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j || k-j > 3 {
			return nil
		}
		return parseNumberMarker(s, j, k, paren)
	}
	word := s[j:k]
	if m := codeMarker(s, j, k); m != nil && !paren {
		return m // "AP-3   On the Technical Secretariat:"
	}
	term, ok := terminator(s, k, paren)
	if !ok && !paren && romanValue(word) > 0 && isUpperWord(word) {
		term, ok = spacedDash(s, k) // "IV - En materia de trata de personas:"
	}
	if !ok {
		return nil
	}
	end, alone, ok := afterMarker(s, term)
	if !ok {
		return nil
	}
	var cands []candidate
	if len(word) == 1 {
		c := rune(word[0])
		if unicode.IsLower(c) {
			cands = append(cands, candidate{style: styleLAlpha, value: int(c-'a') + 1, label: word})
		} else {
			cands = append(cands, candidate{style: styleUAlpha, value: int(c-'A') + 1, label: strings.ToLower(word)})
		}
	}
	if v := romanValue(word); v > 0 {
		st := styleLRoman
		if unicode.IsUpper(rune(word[0])) {
			st = styleURoman
		}
		cands = append(cands, candidate{style: st, value: v, label: strings.ToLower(word)})
	}
	if len(cands) == 0 {
		return nil
	}
	return &marker{cands: cands, end: end, alone: alone}
}

// parseNumberMarker reads "1.", "2)", "(3)", "6.1", "6.1." with digits in s[j:k].
func parseNumberMarker(s string, j, k int, paren bool) *marker {
	v, _ := strconv.Atoi(s[j:k])
	if v == 0 || v > 199 {
		return nil
	}
	// dotted: 6.1 or 6.1.
	if k+1 < len(s) && s[k] == '.' && s[k+1] >= '0' && s[k+1] <= '9' {
		m := k + 1
		for m < len(s) && s[m] >= '0' && s[m] <= '9' {
			m++
		}
		sub, _ := strconv.Atoi(s[k+1 : m])
		if m-k-1 > 2 || sub == 0 {
			return nil
		}
		for m+1 < len(s) && s[m] == '.' && s[m+1] >= '0' && s[m+1] <= '9' && k-j+m-k <= 8 { // "1.3.1": parent 1.3
			k = m
			for m = k + 1; m < len(s) && s[m] >= '0' && s[m] <= '9'; m++ {
			}
			if sub, _ = strconv.Atoi(s[k+1 : m]); m-k-1 > 2 || sub == 0 {
				return nil
			}
		}
		t := m
		if t < len(s) && (s[t] == '.' || s[t] == ')') {
			t++
			if s[t-1] == '.' && t < len(s) && s[t] == '-' {
				t++ // "3.1.- La difusión ..."
			}
		}
		end, alone, ok := afterMarker(s, t)
		if !ok {
			return nil
		}
		return oneMarker(candidate{style: styleDotted, value: sub, label: s[k+1 : m], parent: s[j:k]}, end, alone)
	}
	term, ok := terminator(s, k, paren)
	if !ok && !paren {
		term, ok = spacedDash(s, k) // "3 - Encomendar ..."
	}
	if !ok && !paren {
		term, ok = ordinalSign(s, k) // "1° Adoptar los Lineamientos ...", "2º Encargar ..."
	}
	if !ok {
		return nil
	}
	end, alone, ok := afterMarker(s, term)
	if !ok {
		return nil
	}
	return oneMarker(candidate{style: styleDec, value: v, label: s[j:k]}, end, alone)
}

// spacedDash reads a dash set off by spaces after a marker's number ("IV -
// En materia de ...", "3 – Encomendar ...") and returns the index after it;
// a word in capitals after it makes a title ("ANNEX I – AGENDA"), and a
// date after it a range of days ("1 - 2 December 2016"), no point.
func spacedDash(s string, k int) (int, bool) {
	if k >= len(s) || s[k] != ' ' {
		return k, false
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if strings.HasPrefix(s[k:], d) {
			if w := wordAt(s, k+len(d)); len(w) > 1 && isUpperWord(w) {
				return k, false
			}
			if ds := findDates(s[k+len(d) : min(len(s), k+len(d)+40)]); len(ds) > 0 && ds[0].pos == 0 {
				return k, false // "1 - 2 December 2016": a range of days, no point
			}
			return k + len(d) - 1, true
		}
	}
	return k, false
}

// terminator checks the punctuation after a marker's number or letter and
// returns the index after it.
func terminator(s string, k int, paren bool) (int, bool) {
	if paren {
		if k < len(s) && s[k] == ')' {
			return k + 1, true
		}
		return k, false
	}
	if k >= len(s) {
		return k, false
	}
	switch s[k] {
	case ')':
		return k + 1, true
	case '.':
		k++
		if k < len(s) && (s[k] == '-' || s[k] == ')') {
			k++
		}
		return k, true
	case '-':
		return k + 1, true
	}
	if strings.HasPrefix(s[k:], "–") {
		return k + len("–"), true
	}
	return k, false
}

// hasCand reports whether m may read as style with value ("9." after "8.").
func hasCand(m *marker, style string, value int) bool {
	for _, c := range m.cands {
		if c.style == style && c.value == value {
			return true
		}
	}
	return false
}

// ordinalSign reads the ordinal sign after a number ("1°", "2º.", "3º)")
// and returns where the marker ends; not a date's day ("1º de julio").
func ordinalSign(s string, k int) (int, bool) {
	rest := s[k:]
	var n int
	switch {
	case strings.HasPrefix(rest, "°"):
		n = len("°")
	case strings.HasPrefix(rest, "º"):
		n = len("º")
	default:
		return k, false
	}
	end := k + n
	if end < len(s) && (s[end] == '.' || s[end] == ')' || s[end] == '-') {
		end++
	}
	if w := strings.ToLower(firstWord(strings.TrimLeft(s[end:], " \t"))); w == "de" || w == "of" {
		return k, false
	}
	return end, true
}

// cidGlyph reports a glyph that a PDF converter wrote by its number, as
// "(cid:127)", at byte i of s, and the byte after it.
func cidGlyph(s string, i int) (int, bool) {
	if !strings.HasPrefix(s[i:], "(cid:") {
		return i, false
	}
	j := i + len("(cid:")
	k := j
	for k < len(s) && k-j < 5 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == j || k >= len(s) || s[k] != ')' {
		return i, false
	}
	return k + 1, true
}

// afterMarker requires white space or the end of the line after a marker and
// returns where the text starts and whether the marker stands alone.
func afterMarker(s string, i int) (int, bool, bool) {
	if i >= len(s) || strings.TrimSpace(s[i:]) == "" {
		return len(s), true, true
	}
	if s[i] != ' ' && s[i] != '\t' && !strings.HasPrefix(s[i:], "\u00a0") {
		return i, false, false
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i, false, true
}

// wordAt returns the run of letters starting at byte i of s.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf { // unicode.IsLetter of an ASCII byte
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return s[i:j]
}

// parseOrdinal reads the punctuation after an ordinal word ("PRIMERO.-", "Segundo:").
func parseOrdinal(s string, end, v int, label string) *marker {
	if end >= len(s) || !strings.ContainsRune(".:-–,", rune(s[end])) {
		return nil
	}
	e := end
	for e < len(s) && strings.ContainsRune(".:-–, \t", rune(s[e])) {
		e++
	}
	return oneMarker(candidate{style: styleOrd, value: v, label: label}, e, e >= len(strings.TrimRight(s, " \t")))
}

// unitOrdinal reads the unit of an ordinal written in two words after the
// tens word that ends at byte end ("DÉCIMO PRIMERO", "vigésimo segundo"):
// one space, then primero to noveno.
func unitOrdinal(s string, end, tens int) (int, string, bool) {
	if tens != 10 && tens != 20 || end >= len(s) || s[end] != ' ' { // tensOrdinal
		return 0, "", false
	}
	w := wordAt(s, end+1)
	v, ok := foldedLookup(ordinals, w)
	if !ok || v > 9 {
		return 0, "", false
	}
	return v, w, true
}

// tensOrdinal reports the tens word of an ordinal written in two words
// ("DÉCIMO" of "DÉCIMO PRIMERO", "vigésimo").
func tensOrdinal(w string) bool {
	if !tensWords.may(w) {
		return false
	}
	v, _ := foldedLookup(ordinals, w)
	return v == 10 || v == 20
}

// pointWords name a numbered point in "Acuerdo 3:", "ACUERDO No. 4.-",
// "Recommendation 2.".
var pointWords = map[string]bool{
	"acuerdo": true, "conclusion": true, "recomendacion": true, "decision": true, "resolucion": true,
	"agreement": true, "recommendation": true, "resolution": true,
	"action": true, "accion": true, "activity": true, "actividad": true, // "Action 1" / "Action: ...  Responsibility: ...  Timeline: ..."
}

// pointNoun returns the length of " point" / " item" after a point word
// ("Action point 3:", "Action item 2:"), or 0.
func pointNoun(rest string) int {
	for _, w := range [...]string{" point", " item", " Point", " Item"} {
		if strings.HasPrefix(rest, w) {
			return len(w)
		}
	}
	return 0
}

// parseNamedPoint reads the number after a point word: "No. 3:", "N° 3.-", "3:".
func parseNamedPoint(s string, i int) *marker {
	rest := s[i:]
	trimmed := skipNumberWord(strings.TrimLeft(rest, " \t"))
	if m := namedOrdinal(s, len(s)-len(trimmed)); m != nil {
		return m // "ACUERDO PRIMERO.", "ACUERDO DÉCIMO SEGUNDO:"
	}
	code := ""
	if n := refPrefix(trimmed); n > 0 {
		code, trimmed = trimmed[:n], trimmed[n:] // "Decision RCGM/2013/05": the last part is the point's value
	}
	k := 0
	for k < len(trimmed) && trimmed[k] >= '0' && trimmed[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 || len(rest) == len(trimmed) && !strings.HasPrefix(rest, " ") {
		return nil
	}
	v, _ := strconv.Atoi(trimmed[:k])
	c := candidate{style: styleDec, value: v, label: code + trimmed[:k]} // "RCGM/2013/05", as printed (ANNOTATION.md)
	if m := dottedTail(trimmed, k); m > k {
		sub, _ := strconv.Atoi(trimmed[k+1 : m])
		c = candidate{style: styleDec, value: v*100 + sub, label: trimmed[:m]} // "Action point 2.1:" ... "Action point 3.1:": one list in order, as printed
		k = m
	} else if y := yearSuffix(trimmed[k:]); y > 0 {
		c.label += trimmed[k : k+y] // "ACUERDO 1/2016.": agreement 1 of the year, numbered as printed
		k += y
	}
	e := k
	for e < len(trimmed) {
		if strings.HasPrefix(trimmed[e:], "–") || strings.HasPrefix(trimmed[e:], "—") {
			e += len("–") // "Recommendation 1 – Free movement": both dashes are three bytes
			continue
		}
		if !strings.ContainsRune(".:-) \t\r", rune(trimmed[e])) {
			break
		}
		e++
	}
	if e == k && e < len(trimmed) || strings.TrimLeft(trimmed[k:e], " ") == "" && e < len(trimmed) && !startsUpper(trimmed[e:]) {
		return nil // "Acuerdo 3 de la reunión anterior ..." is text
	}
	end := len(s) - len(trimmed) + e
	return oneMarker(c, end, end >= len(strings.TrimRight(s, " \t\r")))
}

// codeMarker reads a decision's code that opens a line with no point word
// before it ("AP-3   On the Technical Secretariat:", "RV-12. To adopt ..."):
// two to five capitals s[j:k], a hyphen, a number of up to three figures,
// then a space and a capital. Its label is the code as printed, in lower
// case ("ap-3").
func codeMarker(s string, j, k int) *marker {
	if k-j < 2 || k-j > 5 || k >= len(s) || s[k] != '-' || !isUpperWord(s[j:k]) {
		return nil
	}
	d := k + 1
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == k+1 || d-k-1 > 3 {
		return nil
	}
	e := d
	for e < len(s) && strings.ContainsRune(".:)", rune(s[e])) {
		e++
	}
	end, alone, ok := afterMarker(s, e)
	if !ok || !alone && !startsUpper(s[end:]) {
		return nil // "COVID-19 pandemic ...": a name
	}
	v, _ := strconv.Atoi(s[k+1 : d])
	return oneMarker(candidate{style: styleDec, value: v, label: strings.ToLower(s[j:d])}, end, alone)
}

// refSep reports a byte that closes a part of a reference code.
func refSep(c byte) bool { return c == '/' || c == '-' }

// namedOrdinal reads an ordinal word at byte j after a point word
// ("PRIMERO." in "ACUERDO PRIMERO."), or returns nil.
func namedOrdinal(s string, j int) *marker {
	w := wordAt(s, j)
	if len(w) < 2 || len(w) > 16 {
		return nil
	}
	v, ok := foldedLookup(ordinals, w)
	if !ok {
		return nil
	}
	end, v, label := ordinalWords(s, j, w, v)
	if m := parseOrdinal(s, end, v, label); m != nil {
		return m
	}
	if strings.TrimRight(s[end:], " \t\r") == "" {
		return oneMarker(candidate{style: styleOrd, value: v, label: label}, len(s), true) // "ACUERDO TERCERO" alone on its line, its text below
	}
	if next := wordAt(s, end+1); isUpperWord(w) && s[end] == ' ' && startsUpper(next) && !isUpperWord(next) {
		return oneMarker(candidate{style: styleOrd, value: v, label: label}, end+1, false) // "ACUERDO TERCERO Aprobar ...": the line below ran onto it
	}
	return nil
}

// ordinalAt reads the ordinal word w of value v at byte j of s, with the
// unit word of an ordinal written in two ("DÉCIMO PRIMERO.-"), and its
// punctuation.
func ordinalAt(s string, j int, w string, v int) *marker {
	end, v, label := ordinalWords(s, j, w, v)
	return parseOrdinal(s, end, v, label)
}

// ordinalWords returns where the ordinal word w at byte j ends, with the
// unit word after a tens word ("DÉCIMO PRIMERO"), its value and its label.
func ordinalWords(s string, j int, w string, v int) (int, int, string) {
	if v2, w2, ok := unitOrdinal(s, j+len(w), v); ok {
		return j + len(w) + 1 + len(w2), v + v2, fold(w) + fold(w2)
	}
	return j + len(w), v, fold(w)
}

// refPrefix returns the length of the reference that a point's number ends
// ("RCGM/2013/" in "Decision RCGM/2013/05", "CRM-XI-" in "Resolución
// CRM-XI-02", "LM-2/" in "Decision LM-2/1", "X-" in "DECISIÓN X-1"): a
// code in capitals, then parts of figures or capitals, each closed by a
// slash or a hyphen; or 0.
func refPrefix(t string) int {
	k := 0
	for k < len(t) && t[k] >= 'A' && t[k] <= 'Z' {
		k++
	}
	if k < 1 || k >= len(t) || !refSep(t[k]) {
		return 0
	}
	end := k + 1
	for {
		m := end
		for m < len(t) && (t[m] >= '0' && t[m] <= '9' || t[m] >= 'A' && t[m] <= 'Z') {
			m++
		}
		if m == end || m >= len(t) || !refSep(t[m]) {
			return end
		}
		end = m + 1
	}
}

// dottedTail returns where the second part of a dotted number ends after
// its first part t[:k] ("2.1" in "2.1: Members ..."), or k: one or two
// digits, not zero.
func dottedTail(t string, k int) int {
	if k+1 >= len(t) || t[k] != '.' || t[k+1] < '1' || t[k+1] > '9' {
		return k
	}
	m := k + 1
	for m < len(t) && t[m] >= '0' && t[m] <= '9' {
		m++
	}
	if m-k-1 > 2 {
		return k
	}
	return m
}

// yearSuffix returns the length of a year that a named point's number
// carries ("/2016" in "ACUERDO 1/2016", "/16"), no part of its number, or 0.
func yearSuffix(t string) int {
	if len(t) < 3 || t[0] != '/' {
		return 0
	}
	k := 1
	for k < len(t) && k <= 5 && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	if k != 3 && k != 5 {
		return 0
	}
	return k
}

// numberAbbrevs abbreviate "number" between a point word and its number.
var numberAbbrevs = map[string]bool{"no": true, "n": true, "nro": true, "nr": true, "num": true, "numero": true, "number": true, "nos": true}

// skipNumberWord skips "No.", "N°", "Nº", "Nro.", "Núm.", "número", "Number"
// or "#" before the number of a named point.
func skipNumberWord(t string) string {
	if strings.HasPrefix(t, "#") {
		return strings.TrimLeft(t[1:], " ")
	}
	w := wordAt(t, 0)
	if w == "" || !numberAbbrevs[fold(strings.TrimRight(w, "ºª"))] {
		return t
	}
	rest := strings.TrimLeft(t[len(w):], ".°º ")
	if len(rest) == len(t)-len(w) && !strings.HasPrefix(t[len(w):], " ") {
		return t // "Nordic": a word, not an abbreviation
	}
	return rest
}
