package extract

import (
	"hash/maphash"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
)

// furnitureLines returns the lines that a page break put in the text: page
// numbers, print stamps, the running headers beside them (a line that
// repeats, digits aside, within two lines of a page number), and a repeated
// line between a sentence it cuts and the rest in lower case (where the page
// number was already taken out), so that a paragraph cut by a page goes on
// after them. Its answer for the same text and lines is remembered
// (furnitureMemo) and shared: callers must not change it.
func furnitureLines(text string, lines []line) map[int]bool {
	slot := &furnitureMemo[maphash.String(furnitureSeed, text)%furnitureMemoSize]
	if e := slot.Load(); e != nil && e.text == text && slices.Equal(e.lines, lines) {
		return e.out
	}
	out := furnitureLines1(text, lines)
	slot.Store(&furnitureEntry{text: text, lines: slices.Clone(lines), out: out})
	return out
}

// furnitureMemo remembers furnitureLines' answers for the last texts it
// read, by content, in a direct-mapped table safe for concurrent use (as
// dateMemo): the line breaks, the structure parser and a declaration's
// paragraphs ask for the same text cut into the same lines where no line
// break was put back. It is small, so a report's answers are gone by the
// time it is read again.
var furnitureMemo [furnitureMemoSize]atomic.Pointer[furnitureEntry]

// furnitureMemoSize is the number of texts furnitureMemo holds.
const furnitureMemoSize = 8

// furnitureSeed seeds the hash of furnitureMemo's slots.
var furnitureSeed = maphash.MakeSeed()

// furnitureEntry is one answer of furnitureLines.
type furnitureEntry struct {
	text  string
	lines []line
	out   map[int]bool
}

// furnitureLines1 is furnitureLines without its memo; it counts the
// lines' repeats where a page number, a stamp or a cut line first asks.
func furnitureLines1(text string, lines []line) map[int]bool {
	var count *repeatCount // counted where first asked: most texts have no page number to ask beside
	return furnitureLinesCounted(text, lines, func() *repeatCount {
		if count == nil {
			count = lineRepeats(text, lines)
		}
		return count
	})
}

// furnitureLinesCounted is furnitureLines1 with the lines' repeats given by
// counts.
func furnitureLinesCounted(text string, lines []line, counts func() *repeatCount) map[int]bool {
	var out map[int]bool
	mark := func(i int) {
		if out == nil {
			out = map[int]bool{}
		}
		out[i] = true
	}
	top, held := len(lines), 0 // top: the last of the title lines, the first five that hold text
	for i := 0; i < len(lines) && held < 5; i++ {
		if squashLen(text[lines[i].start:lines[i].end], 0) > 0 { // a field, no more
			if held++; held == 5 {
				top = i
			}
		}
	}
	top = min(top, len(lines)-1)
	repeated := func(j int) bool {
		u := squash(text[lines[j].start:lines[j].end])
		if j <= top || len(u) < 8 || len(u) > 120 || strings.HasSuffix(u, ":") { // "Acuerdos:" is no header
			return false
		}
		return counts().repeats(u) && parseMarker(u) == nil
	}
	for i, ln := range lines {
		t := strings.TrimSpace(text[ln.start:ln.end])
		switch {
		case t == "":
		case len(t) <= 40 && isPageNumber(t) || stampLine(t):
			mark(i)
			for _, j := range textAround(text, lines, i, 2) {
				if repeated(j) {
					mark(j)
				}
			}
			if k := ruledHeader(text, lines, i); k > i {
				for j := i + 1; j <= k; j++ {
					mark(j) // the next page's running header, closed by a rule
				}
			}
			for _, j := range headerOverCut(text, lines, i) {
				mark(j) // the next page's running header under the footer's rule, over a sentence it cut
			}
		case i > top && i+1 < len(lines) && reRule.MatchString(t) && strings.Trim(t, "_=- ") == "":
			if hs := headerOverCut(text, lines, i-1); len(hs) > 0 && !slices.ContainsFunc(hs, func(j int) bool { return !yearIn(text[lines[j].start:lines[j].end]) }) {
				for _, j := range hs {
					mark(j) // "_____" / "GRCM - Santo Domingo, junio de 2012" / "SEPTIMO.- ...": the next page's header under the footer's rule, its page number taken out
				}
			}
		case len(t) <= 120 && (t[0] == '-' || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "—")) && rePageDash.MatchString(t):
			// "– 2 – COLOMBO PROCESS • Senior Officials' Meeting •" / "Colombo, 8–9
			// March 2017": a page number and the header a re-wrap ran on to it
			mark(i)
			for j := i + 1; j < len(lines) && j <= i+2; j++ {
				u := strings.TrimSpace(text[lines[j].start:lines[j].end])
				if u == "" || len(u) > 80 || strings.ContainsRune(".:;", lastRune(u)) {
					break
				}
				mark(j)
			}
		case (cutAround(text, lines, i) || strings.HasPrefix(strings.TrimLeft(text[ln.start:ln.end], " "), "\f")) && repeated(i): // the cheaper test first
			mark(i) // a repeated line that cuts a sentence, or opens a page (a form feed where the page number was taken out)
		case i+1 < len(lines) && strings.HasPrefix(strings.TrimLeft(text[lines[i+1].start:lines[i+1].end], " "), "\f") && repeated(i):
			mark(i) // "Conferencia Regional sobre Migración · Secretaría Técnica · San José": a repeated line that closes a page, and the rule over it
			if r := strings.TrimSpace(text[lines[i-1].start:lines[i-1].end]); reRule.MatchString(r) && strings.Trim(r, "_=- ") == "" {
				mark(i - 1)
			}
		case i > top && len(t) <= 120 && rePageTail.MatchString(t) && cutAround(text, lines, i):
			mark(i) // "XV Reunión Viceministerial - CRM - San Salvador 2010     3" inside a sentence: a footer and its page number, printed once
		}
	}
	return out
}

// textAround returns the lines that hold text among the n before line i
// and the n after it, blank lines and a page's form feed aside (pages are
// joined with a form feed on its own line).
func textAround(text string, lines []line, i, n int) []int {
	var out []int
	for _, step := range [2]int{-1, 1} {
		held := 0
		for j := i + step; j >= 0 && j < len(lines) && held < n; j += step {
			if strings.TrimSpace(text[lines[j].start:lines[j].end]) != "" {
				out = append(out, j)
				held++
			}
		}
	}
	return out
}

// ruledHeader returns the rule line that closes the running header of the
// page after the footer at line i ("... 1 de 2" / "Red de Funcionarios de
// Enlace - Trata ..." / "San Salvador, 11 y 12 de febrero de 2008" /
// "_____"), within three short lines that end no sentence, or -1.
func ruledHeader(text string, lines []line, i int) int {
	held := 0
	for j := i + 1; j < len(lines) && j <= i+5; j++ {
		u := strings.TrimSpace(text[lines[j].start:lines[j].end])
		switch {
		case u == "":
		case reRule.MatchString(u) && strings.Trim(u, "_=- ") == "":
			if held > 0 {
				return j
			}
			return -1
		case held == 3 || len(u) > 100 || strings.ContainsRune(".:;", lastRune(u)):
			return -1
		default:
			held++
		}
	}
	return -1
}

// headerOverCut returns the lines of the next page's running header set
// under the rule that closes the footer at line i ("-----" / "RCGM -
// Ottawa, February 2005   Page 3 of 5" / "-----" / "Regional Conference on
// Migration   Regional Consultation" / "Group on Migration"): up to three
// short lines that end no sentence, then a blank line, then the sentence
// the page cut going on in lower case ("of April 2005."), or right away
// the next point ("SEPTIMO.- ...").
func headerOverCut(text string, lines []line, i int) []int {
	at := func(j int) string { return strings.TrimSpace(text[lines[j].start:lines[j].end]) }
	j := i + 1
	if j >= len(lines) || !(reRule.MatchString(at(j)) && strings.Trim(at(j), "_=- ") == "") {
		return nil
	}
	var out []int
	for j++; j < len(lines) && at(j) != ""; j++ {
		u := at(j)
		if len(out) > 0 && parseMarker(u) != nil {
			return out // "GRCM - Santo Domingo, junio de 2012" / "SEPTIMO.- ...": the next point opens under the header
		}
		if len(out) == 3 || len(u) > 100 || strings.ContainsRune(".:;", lastRune(u)) {
			return nil
		}
		out = append(out, j)
	}
	for ; j < len(lines) && at(j) == ""; j++ {
	}
	if len(out) == 0 || j >= len(lines) || !unicode.IsLower(firstRune(at(j))) {
		return nil
	}
	return out
}

// yearIn reports a line that holds a year, as a running header dates its
// meeting.
func yearIn(s string) bool {
	for _, t := range wordTokens(s) {
		if isYear(t.fold) {
			return true
		}
	}
	return false
}

// lineRepeats counts the lines of text of 8 to 120 bytes squashed, for
// furnitureLines to ask which of them repeat.
func lineRepeats(text string, lines []line) *repeatCount {
	count := newRepeatCount(len(lines))
	for _, ln := range lines {
		if n := squashLen(text[ln.start:ln.end], 120); n >= 8 && n <= 120 { // measured, not squashed: a line that lost its breaks is long
			count.add(squash(text[ln.start:ln.end]))
		}
	}
	return &count
}

// cutAround reports a line set apart between a text line that ends in mid
// sentence (or in a word cut by its hyphen) and one that goes on in lower
// case.
func cutAround(text string, lines []line, i int) bool {
	before, after := "", ""
	for j := i - 1; j >= 0 && before == ""; j-- {
		before = strings.TrimSpace(text[lines[j].start:lines[j].end])
	}
	for j := i + 1; j < len(lines) && after == ""; j++ {
		after = strings.TrimSpace(text[lines[j].start:lines[j].end])
	}
	last := lastRune(before)
	hyphen := last == '-' && unicode.IsLetter(lastRune(before[:len(before)-1])) // "su distribu-" / header / "ción entre ..."
	return (unicode.IsLower(last) || last == ',' || hyphen) && unicode.IsLower(firstRune(after))
}

// rePageTail matches a line that ends with a page number set far to the
// right, after three spaces or more, with no sentence's end before it.
var rePageTail = regexp.MustCompile(`[^.;:\s] {3,}\d{1,3}$`)

// rePageDash matches a line that opens with a page number set off by
// dashes ("– 2 –", "- 3 -").
var rePageDash = regexp.MustCompile(`^\s*[-–—]\s*\d{1,3}\s*[-–—](?:\s|$)`)
