package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"actas/ingest/internal/asciiclass"
)

// This file holds cheap scans that stand in for regular expressions in hot
// paths: each gives exactly the answer of the expression it replaces or
// guards (see scan_test.go).

// monthPrefixes marks the three-letter month beginnings reAnyMonth looks
// for, by letterKey.
var monthPrefixes = func() (t [1 << 15]bool) {
	for _, p := range strings.Fields("ene feb mar abr may jun jul ago sep set oct nov dic jan apr aug dec") {
		k, _ := letterKey(p[0], p[1], p[2])
		t[k] = true
	}
	return t
}()

// letterKey packs three ASCII letters, in any case, into 15 bits.
func letterKey(a, b, c byte) (int, bool) {
	a, b, c = lowerASCII(a)-'a', lowerASCII(b)-'a', lowerASCII(c)-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return 0, false
	}
	return int(a)<<10 | int(b)<<5 | int(c), true
}

// hasMonthPrefix reports whether reAnyMonth matches s: a month's first three
// letters in any case.
func hasMonthPrefix(s string) bool {
	if strings.Contains(s, "ſ") {
		return reAnyMonth.MatchString(s) // (?i) folds ſ to s
	}
	for i := 0; i+3 <= len(s); i++ {
		if k, ok := letterKey(s[i], s[i+1], s[i+2]); ok && monthPrefixes[k] {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases an ASCII capital letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// fullMonths are the month names of monthRe.
var fullMonths = strings.Split(monthRe[1:len(monthRe)-1], "|")

// dateSegments cuts folded text at the ASCII marks no date pattern can
// hold and returns the [start, end) spans that hold a digit and a month
// name, the only places a date pattern (dateRes, reOpenRange) can match.
// A cut mark is no word character, so \b reads the same in a span as in
// the whole text.
func dateSegments(s string) [][2]int {
	var out [][2]int
	start, digit := 0, false
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			c := s[i]
			if '0' <= c && c <= '9' {
				digit = true
			}
			if !dateCut[c] {
				continue
			}
		}
		if digit && containsMonth(s[start:i]) {
			out = append(out, [2]int{start, i})
		}
		start, digit = i+1, false
	}
	return out
}

// dateCut marks the ASCII bytes that are neither word characters nor
// allowed inside a date ("\t\n\f\r ,-&").
var dateCut = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		word := '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
		t[c] = !word && !strings.ContainsRune("\t\n\f\r ,-&", rune(c))
	}
	return t
}()

// containsMonth reports whether s holds a month name of monthRe, looking
// for the names only where a month's first three letters are.
func containsMonth[S string | []byte](s S) bool {
	for i := 0; i+3 <= len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			continue
		}
		if k, _ := letterKey(s[i], s[i+1], s[i+2]); monthPrefixes[k] && monthAt(string(s[i:min(len(s), i+maxMonthLen)])) {
			return true
		}
	}
	return false
}

// maxMonthLen is the length of the longest month name of monthRe.
const maxMonthLen = len("septiembre")

// findAllIn returns re's matches in s, as FindAllStringSubmatchIndex would,
// searching only the spans segs (which no match may cross), in order.
func findAllIn(re *regexp.Regexp, s string, segs [][2]int) [][]int {
	var out [][]int
	for _, sg := range segs {
		for _, m := range re.FindAllStringSubmatchIndex(s[sg[0]:sg[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += sg[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// mayGlue reports whether s has a lower-case ASCII letter followed by an
// upper-case one, which every match of reGlued holds.
func mayGlue(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			if n := s[i+1]; n < utf8.RuneSelf {
				if 'A' <= n && n <= 'Z' {
					return true
				}
			} else if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// mayHyphenBreak reports whether s has a hyphen followed by white space
// holding a line break, which every match of reHyphenBreak holds.
func mayHyphenBreak(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\f' || s[j] == '\n') {
			if s[j] == '\n' {
				return true
			}
			j++
		}
		k := strings.IndexByte(s[j:], '-')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// maxDateBytes bounds the bytes other than white space in a match of
// dateRes: the longest ("30 de septiembre al 2 de septiembre, del ano
// 2015") has under 50.
const maxDateBytes = 100

// anchoredDate is a pattern of dateRes anchored at its start, with the
// kind of word it starts with.
type anchoredDate struct {
	re    *regexp.Regexp
	digit bool // starts with a day, else with a month name
}

// anchoredDates holds dateRes's patterns anchored, by pattern.
var anchoredDates = func() map[*regexp.Regexp]anchoredDate {
	t := map[*regexp.Regexp]anchoredDate{}
	for _, re := range dateRes {
		t[re] = anchoredDate{re: regexp.MustCompile(`^(?:` + re.String() + `)`), digit: strings.HasPrefix(re.String(), `\b(?P<d1>\d`)}
	}
	return t
}()

// findDateMatches returns the matches of re, a pattern of dateRes, in s as
// re.FindAllStringSubmatchIndex(s, -1) would, trying the anchored pattern
// only where a match can start (dateStarts).
func findDateMatches(re *regexp.Regexp, s string, segs [][2]int) [][]int {
	return dateMatchesAt(re, s, dateStarts(s, segs))
}

// dateStart is where a pattern of dateRes may match: at byte pos, on the
// bytes up to end, opening with a day (digit) or a month name.
type dateStart struct {
	pos, end int
	digit    bool
}

// dateStarts returns, in order, where a pattern of dateRes may match in s:
// where a day or a month name opens a word, in a span of segs, on at most
// maxDateBytes bytes other than white space (each pattern opens with \b and
// a day or month and has no assertion after that), with what every match
// holds after it (mayDateAt).
func dateStarts(s string, segs [][2]int) []dateStart {
	var out []dateStart
	for _, sg := range segs {
		for p := sg[0]; p < sg[1]; p++ {
			if p > 0 && isASCIIWord(s[p-1]) {
				continue
			}
			digit := '0' <= s[p] && s[p] <= '9'
			if !digit && !monthAt(s[p:sg[1]]) {
				continue
			}
			end, seen := p, 0
			for end < sg[1] && seen <= maxDateBytes {
				if c := s[end]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
					seen++
				}
				end++
			}
			if mayDateAt(s[p:end], digit) {
				out = append(out, dateStart{p, end, digit})
			}
		}
	}
	return out
}

// dateMatchesAt is findDateMatches trying re anchored at starts (dateStarts)
// of the kind it opens with, past the match before.
func dateMatchesAt(re *regexp.Regexp, s string, starts []dateStart) [][]int {
	a := anchoredDates[re]
	var out [][]int
	next := 0
	for _, st := range starts {
		if st.digit != a.digit || st.pos < next {
			continue
		}
		m := a.re.FindStringSubmatchIndex(s[st.pos:st.end])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += st.pos
			}
		}
		out = append(out, m)
		next = m[1]
	}
	return out
}

// mayDateAt reports whether a pattern of dateRes anchored at the start of w
// may match there, by what every match holds: one that opens with a day
// (digit) has at most two digits, then a month name after white space and
// a year of four digits; one that opens with a month name has white space
// and a digit after it.
func mayDateAt(w string, digit bool) bool {
	if w == "" || !digit && (w[0] < 'a' || w[0] > 'z') {
		return false
	}
	if !digit {
		for _, m := range monthsByFirst[w[0]-'a'] {
			if strings.HasPrefix(w, m) {
				i := len(m)
				if i == len(w) || !reSpaceByte(w[i]) {
					continue
				}
				for i < len(w) && reSpaceByte(w[i]) {
					i++
				}
				if i < len(w) && '0' <= w[i] && w[i] <= '9' {
					return true
				}
			}
		}
		return false
	}
	if len(w) >= 3 && isDigit(w[1]) && isDigit(w[2]) {
		return false // a year or a longer number
	}
	month, year := false, false
	run := 0
	for i := 1; i < len(w); i++ {
		if isDigit(w[i]) {
			if run++; run == 4 && month {
				year = true
				break
			}
			continue
		}
		run = 0
		if !month && reSpaceByte(w[i-1]) && monthAt(w[i:]) {
			month = true
		}
	}
	return month && year
}

// reSpaceByte reports whether c is white space for \s: "\t\n\f\r ".
func reSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isASCIIWord reports whether c is a word byte for \b.
func isASCIIWord(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// monthAt reports whether s starts with a month name of monthRe.
func monthAt(s string) bool {
	if len(s) < 3 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for _, m := range monthsByFirst[s[0]-'a'] {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// monthsByFirst holds fullMonths by their first letter, a to z.
var monthsByFirst = func() (t [26][]string) {
	for _, m := range fullMonths {
		if c := m[0]; 'a' <= c && c <= 'z' {
			t[c-'a'] = append(t[c-'a'], m)
		}
	}
	return t
}()

// foldedHolds reports whether a token of s (as tokenize cuts it) folds to
// the first word of a phrase of cues whose other words fold(s) holds, as a
// text that has one of the phrases does.
func foldedHolds(s string, cues *cueIndex) bool { return foldedHoldsFrom(s, cues, -1) }

// foldedHoldsFrom is foldedHolds with the phrase's first word among the
// first tokens of s only (all of them when first is negative), as a text
// in which a cue starts at one of those tokens has it.
func foldedHoldsFrom(s string, cues *cueIndex, first int) bool {
	if len(cues.byFirst) == 0 {
		return false
	}
	var buf [512]byte
	var wbuf [64]byte
	var f []byte // fold(s), once a first word is found
	for i := 0; i < len(s); {
		j, n := i, 1
		ascii := true // s[i:j] is ASCII
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiclass.Of[c] {
			case asciiclass.Space:
				i++
				continue
			case asciiclass.Word:
				for j = i + 1; j < len(s) && s[j] < utf8.RuneSelf && asciiclass.Of[s[j]] == asciiclass.Word; j++ {
				}
				if j < len(s) && s[j] >= utf8.RuneSelf {
					j, ascii = wordEnd(s, j), false // the word goes on past ASCII
				}
			}
		} else {
			ascii = false
			r, k := utf8.DecodeRuneInString(s[i:])
			n = k
			switch {
			case unicode.IsSpace(r):
				i += k
				continue
			case isWordRune(r):
				j = wordEnd(s, i)
			}
		}
		if j == i {
			j = i + n // one punctuation mark
		}
		if first == 0 {
			return false
		}
		first--
		w := s[i:j]
		i = j
		if ascii && !cues.first.MayHoldEnds(foldASCII[w[0]], foldASCII[w[min(1, len(w)-1)]], foldASCII[w[len(w)-1]], len(w)) {
			continue // an ASCII word folds byte by byte: its filter bytes are read without folding it
		}
		fw := appendFold(wbuf[:0], w)
		if !cues.first.MayHoldBytes(fw) {
			continue // most words start no cue: no lookup
		}
		list := cues.byFirst[string(fw)]
		if len(list) == 0 {
			continue
		}
		if f == nil {
			f = appendFold(buf[:0], s)
		}
		for _, p := range list {
			all := true
			for _, w := range p[1:] {
				if !bytes.Contains(f, []byte(w)) {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
	}
	return false
}

// wordEnd returns the end of the run of word runes of s that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiclass.Of[c] != asciiclass.Word {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// matchSignOff is reSignOff.MatchString(t), tried only when t can match:
// it opens with a place and a comma and ends with a year ("Place, date",
// signOffPlace), or opens with the word of a closing formula ("Dada",
// "Hecho", "Adopted", "Firmado", "Signed").
func matchSignOff(t string) bool {
	if t == "" {
		return false
	}
	if signOffWord(t) || strings.IndexByte(t, ',') >= 0 && endsWithYear(t) && signOffPlace(t) {
		return reSignOff.MatchString(t)
	}
	return false
}

// signOffPlace reports whether t opens as reSignOff's "Place, date" form
// must: a letter, one to sixty letters, spaces or ".'’-", and a comma.
func signOffPlace(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.IsLetter(r) {
		return false
	}
	for k, i := 0, n; i < len(t) && k <= 60; k++ {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == ',':
			return k >= 1
		case unicode.IsLetter(r) || r == ' ' || r == '.' || r == '\'' || r == '’' || r == '-':
			i += n
		default:
			return false
		}
	}
	return false
}

// signOffWords are the openings of reSignOff's closing formulas.
var signOffWords = []string{"dad", "hech", "done", "adopted", "adoptad", "firmad", "signed", "suscrit"}

// signOffWord reports whether t opens with one of signOffWords in any case,
// or holds "ſ", which (?i) reads as "s".
func signOffWord(t string) bool {
	for _, w := range signOffWords {
		if len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return strings.Contains(t, "ſ")
}

// endsWithYear reports whether s ends with four ASCII digits, or with
// them and a full stop.
func endsWithYear(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 4 {
		return false
	}
	for i := len(s) - 4; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// foldedHasMonth reports whether fold(s) holds a month name of monthRe,
// as a text with a date does (normalizeDates keeps month names as fold
// writes them).
func foldedHasMonth(s string) bool {
	var buf [1024]byte
	return containsMonth(appendFold(buf[:0], s))
}

// placeBefore is rePlaceBefore.MatchString(s), tried only when s has "en"
// or "in" in any case, which every match holds.
func placeBefore(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i] | 0x20; (c == 'e' || c == 'i') && s[i+1]|0x20 == 'n' {
			return rePlaceBefore.MatchString(s)
		}
	}
	return false
}

// mayPageCount reports whether s has "pag" or "pág" in any case, which every
// match of rePageCount, rePageLabel and rePageFooter holds ("página", "page", "pág.").
func mayPageCount(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 != 'p' {
			continue
		}
		switch {
		case s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'g':
			return true
		case i+3 < len(s) && s[i+1] == 0xc3 && (s[i+2] == 0xa1 || s[i+2] == 0x81) && s[i+3]|0x20 == 'g': // á, Á
			return true
		}
	}
	return false
}

// trimRightSpace is strings.TrimRight(s, spaces+"\u00a0") without a cutset
// to build and runes to decode: the line's white space and no-break spaces.
func trimRightSpace(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case isSpace(c):
			s = s[:len(s)-1]
		case c == 0xa0 && len(s) >= 2 && s[len(s)-2] == 0xc2: // U+00A0
			s = s[:len(s)-2]
		default:
			return s
		}
	}
	return s
}

// stampWords reports whether strings.ToLower(t) holds "http", "www.",
// "impreso el" or "printed on", or is "confidencial", "draft" or "borrador",
// in one pass without lower-casing: of the letters past ASCII only "İ" and
// the Kelvin sign lower-case to ASCII ("i", "k"), and a line with "İ" is
// lower-cased.
func stampWords(t string) bool {
	if strings.Contains(t, "\u0130") {
		low := strings.ToLower(t)
		return strings.Contains(low, "http") || strings.Contains(low, "www.") || strings.Contains(low, "impreso el") ||
			strings.Contains(low, "printed on") || low == "confidencial" || low == "draft" || low == "borrador"
	}
	switch len(t) {
	case len("confidencial"), len("draft"), len("borrador"):
		if strings.EqualFold(t, "confidencial") && isASCII(t) || strings.EqualFold(t, "draft") && isASCII(t) || strings.EqualFold(t, "borrador") && isASCII(t) {
			return true
		}
	}
	i, _ := stampCues.next(t, 0)
	return i >= 0
}

// stampCues, chairCues and presidencyCues are the words stampWords,
// chairWords and presidencyOf look for.
var (
	stampCues      = newFoldedWords("http", "www.", "impreso el", "printed on")
	chairCues      = newFoldedWords("chair", "presid")
	presidencyCues = newFoldedWords("chair", "presid", "ppt", "tempore")
)

// foldedWords is a list of lower-case ASCII words of two bytes or more
// looked for in any case of their ASCII letters, with the bytes that open
// one and those that come second.
type foldedWords struct {
	words         []string
	first, second [256]bool
}

// newFoldedWords returns the list of words, each lower-case ASCII.
func newFoldedWords(words ...string) *foldedWords {
	f := &foldedWords{words: words}
	for _, w := range words {
		for k, set := range []*[256]bool{&f.first, &f.second} {
			set[w[k]] = true
			if 'a' <= w[k] && w[k] <= 'z' {
				set[w[k]-'a'+'A'] = true
			}
		}
	}
	return f
}

// next returns the first byte from from on where s holds one of the words
// (foldedWordAt), and the word; -1 and "" when there is none.
func (f *foldedWords) next(s string, from int) (int, string) {
	for i := from; i+1 < len(s); i++ {
		if !f.first[s[i]] || !f.second[s[i+1]] {
			continue
		}
		if w := foldedWordAt(s, i, f.words...); w != "" {
			return i, w
		}
	}
	return -1, ""
}

// foldedWordAt returns the first of words, lower-case ASCII, that s holds
// at byte i in any case of its ASCII letters, or "".
func foldedWordAt(s string, i int, words ...string) string {
	c := s[i] | 0x20
	for _, w := range words {
		if c == w[0] && len(s)-i >= len(w) && hasPrefixFoldASCII(s[i:], w) {
			return w
		}
	}
	return ""
}

// hasPrefixFoldASCII reports whether s starts with the lower-case ASCII w in
// any case of its ASCII letters.
func hasPrefixFoldASCII(s, w string) bool {
	for k := 0; k < len(w); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// mayHeadingMarker reports whether reHeadingMarker may match s: it opens
// with an ASCII letter or digit and has a full stop or a parenthesis among
// its next four bytes.
func mayHeadingMarker(s string) bool {
	return len(s) >= 3 && s[0] < utf8.RuneSelf && isWordByte(s[0]) && strings.IndexAny(s[1:min(len(s), 5)], ".)") >= 0
}

// mayNumericDate reports whether reNumericDate may match s: its year
// follows a slash or a full stop ("/19", "/20", ".19", ".20").
func mayNumericDate(s string) bool {
	return strings.Contains(s, "/20") || strings.Contains(s, ".20") || strings.Contains(s, "/19") || strings.Contains(s, ".19")
}

// chairWords is reChairWord.FindAllStringIndex(s, -1) ("chair", "presid" in
// any case) by a byte scan; a text with "ſ", which (?i) reads as "s", takes
// the expression.
func chairWords(s string) [][2]int {
	var out [][2]int
	if strings.Contains(s, "ſ") {
		for _, m := range reChairWord.FindAllStringIndex(s, -1) {
			out = append(out, [2]int{m[0], m[1]})
		}
		return out
	}
	for i, w := chairCues.next(s, 0); i >= 0; i, w = chairCues.next(s, i+len(w)) {
		out = append(out, [2]int{i, i + len(w)})
	}
	return out
}

// presidencyOf is rePresidencyOf.MatchString(s), tried only when s holds
// "chair", "presid", "tempore" or "ppt" in any case, one of which every match
// holds, or "ſ", which (?i) reads as "s".
func presidencyOf(s string) bool {
	if strings.Contains(s, "ſ") {
		return rePresidencyOf.MatchString(s)
	}
	if i, _ := presidencyCues.next(s, 0); i >= 0 {
		return rePresidencyOf.MatchString(s)
	}
	return false
}

// pageFooter is rePageFooter.MatchString(t), tried only on text with a page
// word (mayPageCount).
func pageFooter(t string) bool { return mayPageCount(t) && rePageFooter.MatchString(t) }

// mayPageNumber reports whether rePageNumber may match t: it opens with a
// dash, "p", white space, a digit or a bullet and ends with a digit, white
// space, a dash or a bullet, as every match does.
func mayPageNumber(t string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return (first == 'p' || first == 'P' || pageNumberEdge(first)) && pageNumberEdge(last)
}

// pageNumberEdge reports whether r is a digit, white space for \s, a dash or
// a bullet, which a page number may open or end with.
func pageNumberEdge(r rune) bool {
	switch r {
	case '-', '–', '—', '•', '·':
		return true
	}
	return '0' <= r && r <= '9' || r < utf8.RuneSelf && reSpaceByte(byte(r))
}

// secretariatWords is reSecretariatWord.FindAllStringIndex(s, -1)
// ("Secretariat", "secretaría" and the like), found from each "ecretar"
// instead of trying the expression at every byte.
func secretariatWords(s string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		k := strings.Index(s[i:], "ecretar")
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len("ecretar")
		if at == 0 || s[at-1] != 'S' && s[at-1] != 's' {
			continue
		}
		j := i
		switch {
		case strings.HasPrefix(s[j:], "ia"):
			j += len("ia")
		case strings.HasPrefix(s[j:], "ía"):
			j += len("ía")
		default:
			continue
		}
		switch {
		case j < len(s) && s[j] == 't':
			j++
		case j < len(s) && isASCIIWord(s[j]):
			continue // no word boundary after the a
		}
		out = append(out, [2]int{at - 1, j})
		i = j
	}
}

// labelledText is labelled(tokenize(s)), tokenizing only a text with a
// colon, which the token after the label must be.
func (x *Extractor) labelledText(s string) bool {
	return strings.IndexByte(s, ':') >= 0 && x.labelled(tokenize(s))
}

// participantCues reports whether s may hold a cue participants reads a
// sentence for (foldedHolds): a participation, excused, label or observer
// cue of participant_cues.csv, or a participation, label or observer cue
// of structure_cues.csv. A sentence with none names no participant and no
// excused country.
func (x *Extractor) participantCues(s string) bool {
	return foldedHolds(s, x.rules.participants.phrases("participation", "excused", "label", "observer")) ||
		foldedHolds(s, x.rules.structure.phrases("participation", "label", "observer"))
}

// lastWordBack finds the last run of letters of s reading back from its
// end, and reports whether that is the run a forward reading finds: when
// the text from the rune before the run on is valid UTF-8 (a forward
// reading reaches that rune's first byte whatever comes before, and reads
// valid text as a backward one does). It reads the tail, not all of s, so
// asking for the last word at every word of a line is not quadratic.
func lastWordBack(s string) (start, end int, ok bool) {
	end = len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if isWordRune(r) {
			break
		}
		end -= n
	}
	start = end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !isWordRune(r) {
			break
		}
		start -= n
	}
	from := start
	if start > 0 {
		_, n := utf8.DecodeLastRuneInString(s[:start])
		from -= n
	}
	if end == 0 {
		from = 0 // no word read back: the whole text says whether there is none
	}
	return start, end, utf8.ValidString(s[from:])
}

// spacedFields counts the runs of bytes between spaces (isSpace) in s: the
// fields skipSpace and firstWord cut it into.
func spacedFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := isSpace(s[i])
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// pageFields counts, up to limit, the fields of s (spacedFields) that may
// be a page number, one to three digits, or open a page, with a form feed:
// repeatedFurniture and headersAfterPages find nothing in text with fewer
// than two.
func pageFields(s string, limit int) int {
	n := 0
	for i := skipSpace(s, 0); i < len(s) && n < limit; i = skipSpace(s, i) {
		j, digits := i, true
		for ; j < len(s) && !isSpace(s[j]); j++ {
			digits = digits && s[j] >= '0' && s[j] <= '9'
		}
		if s[i] == '\f' || digits && j-i <= 3 {
			n++
		}
		i = j
	}
	return n
}

// mayOpenDay reports whether reOpenDay may match s: every match holds a
// digit and a month name.
func mayOpenDay(s string) bool {
	return strings.ContainsAny(s, "0123456789") && containsMonth(s)
}
