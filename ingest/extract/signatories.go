package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"actas"
)

// signatories returns the countries that sign the report in a block of
// signature lines ("For the Republic of Angola ........", "POR BELICE
// POR CANADA (FDO.) ILEGIBLE", "Por el Gobierno de Honduras"): each cell
// opens with "For" or "Por" and names a country, with nothing after it but
// leaders, a colon or a signer. Two such cells or more make a block; a
// delegation that signs took part.
func (x *Extractor) signatories(text string, self map[string]bool) []actas.Entity {
	var out []actas.Entity
	seen := map[string]bool{}
	tail := text[len(text)/3:] // signatures close a report
	for _, ln := range textLines(tail) {
		line := tail[ln.start:ln.end]
		if !strings.Contains(line, "or ") && !strings.Contains(line, "OR ") || !maySign(line) {
			continue // no "For" / "Por": read only the lines that may sign
		}
		for _, cell := range cells(line) {
			for _, seg := range signingSegments(cell) {
				e, ok := x.signingCountry(seg)
				if ok && !seen[e.ID] && !self[e.ID] {
					seen[e.ID] = true
					out = append(out, e)
				}
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// maySign reports whether a line may hold a signature (signingCountry): a
// word that folds to "for" or "por" where one of its cells may open (after
// the line's start, a tab, a bar or two white spaces, white space aside), or
// "For " / "Por " after a space, where signingSegments cuts a cell. A line
// of prose has neither unless a sentence opens with one, and its cells are
// not cut.
func maySign(line string) bool {
	for i := 0; i+5 <= len(line); i++ {
		if line[i] == ' ' && signWord(line[i+1:i+5]) {
			return true
		}
	}
	for p := 0; p < len(line); p++ {
		if p > 0 && !cellGapBefore(line, p) {
			continue
		}
		q := p
		for q < len(line) {
			r, n := utf8.DecodeRuneInString(line[q:])
			if !unicode.IsSpace(r) {
				break
			}
			q += n
		}
		if w := firstWord(line[q:]); len(w) >= 3 && len(w) <= 12 {
			var buf [24]byte
			if f := string(appendFold(buf[:0], w)); f == "for" || f == "por" {
				return true
			}
		}
	}
	return false
}

// cellGapBefore reports whether byte p of line may open a cell: a tab or a
// bar before it, or two bytes of white space as reCellGap reads it (a bar
// counts as two spaces).
func cellGapBefore(line string, p int) bool {
	gap := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	switch c := line[p-1]; {
	case c == '\t' || c == '|':
		return true
	case gap(c):
		return p >= 2 && (gap(line[p-2]) || line[p-2] == '|')
	}
	return false
}

// signingCountry reads one signature cell: "For" or "Por", words of a
// state's style ("the Republic of", "el Gobierno de"), a country, then
// nothing but leaders, a colon or a signer in capitals or parentheses.
func (x *Extractor) signingCountry(cell string) (actas.Entity, bool) {
	w := firstWord(cell)
	if fw := fold(w); fw != "for" && fw != "por" {
		return actas.Entity{}, false
	}
	rest := cell[len(w):]
	ms := x.gaz.Find(rest[:min(len(rest), 90)])
	if len(ms) == 0 || ms[0].Entity.Type != actas.EntityCountry {
		return actas.Entity{}, false
	}
	for _, v := range strings.Fields(rest[:ms[0].Start]) {
		if !styleWord[fold(v)] {
			return actas.Entity{}, false
		}
	}
	after := strings.TrimLeft(rest[ms[0].End:], " :.…_-–\t")
	if after != "" && after[0] != '(' && strings.IndexFunc(after, unicode.IsLower) >= 0 && !titleCased(after) {
		return actas.Entity{}, false // "For Mexico, the priority is ...": prose
	}
	e := ms[0].Entity
	return actas.Entity{Type: e.Type, ID: e.ID, Surface: e.Surface}, true
}

// styleWord holds the words of a state's style between "For" / "Por" and
// its name.
var styleWord = map[string]bool{
	"the": true, "el": true, "la": true, "of": true, "de": true, "del": true,
	"government": true, "gobierno": true, "republic": true, "republica": true, "kingdom": true, "reino": true,
	"state": true, "estado": true, "united": true, "unida": true, "federal": true, "democratic": true,
	"delegation": true, "delegacion": true,
}

// signingSegments cuts a cell at each "For" / "Por" that opens a word, so
// that signature lines run together ("For the Republic of Angola .......
// For the Republic of Botswana ......") give one segment each.
func signingSegments(cell string) []string {
	var out []string
	start := 0
	for i := 1; i+4 <= len(cell); i++ {
		if cell[i-1] == ' ' && signWord(cell[i:i+4]) && i > start {
			out = append(out, cell[start:i])
			start = i
		}
	}
	return append(out, cell[start:])
}

// signWord reports "For " or "Por " in any case.
func signWord(w string) bool {
	switch w {
	case "For ", "FOR ", "Por ", "POR ":
		return true
	}
	return false
}

// signatureColumns reports a block of signers set in columns: every line
// a signerLine, and one line at least of two cells ("Co-Chair      Co-Chair").
func signatureColumns(text string, spans []span) bool {
	lines := make([]string, len(spans))
	for k, sp := range spans {
		lines[k] = text[sp.start:sp.end]
	}
	return signerColumns(lines)
}

// signerColumns reports lines of signers set in columns (signatureColumns).
func signerColumns(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	two := false
	for k, l := range lines {
		n, ok := signerLine(l, k == 0)
		if !ok {
			return false
		}
		two = two || n > 1
	}
	return two
}

// signerLine reads one line of a signature block in columns: one to three
// short cells apart by runs of three spaces or more, none ending a
// sentence, capitalised on the block's first line. It returns the cells.
func signerLine(line string, first bool) (int, bool) {
	var cells []string
	for _, c := range strings.Split(strings.TrimSpace(line), "   ") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 || len(cells) > 3 {
		return 0, false
	}
	for _, c := range cells {
		if len(strings.Fields(c)) > 6 || first && !startsUpper(c) || strings.ContainsAny(c[len(c)-1:], ".;:,") {
			return 0, false
		}
	}
	return len(cells), true
}

// signerRun reports a paragraph of names and titles run together, as a
// re-wrap leaves a block of signers ("Chair Vice-Chair Secretary, Ministry
// of Labour ..."): no sentence end, and most of its words capitalised.
func signerRun(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".;:") {
		return false
	}
	caps, words := 0, 0
	for _, w := range strings.Fields(t) {
		if len(w) <= 3 && !startsUpper(w) {
			continue // "of", "and", "de"
		}
		words++
		if startsUpper(w) {
			caps++
		}
	}
	return words >= 4 && caps*4 >= words*3
}
