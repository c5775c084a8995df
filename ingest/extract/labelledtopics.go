package extract

import "strings"

// topicAfterLabelled reports a title line at line i that ends a labelled
// point of minutes ("ACUERDO 2. Solicitar a la OIM ... 2023." / "Guía
// regional para la identificación de víctimas" / "La ST y UNODC
// presentaron ..."): after a blank line, under a point labelled with a word
// whose own text ends a sentence, a line with no marker and no sentence end,
// alone before a blank line and a paragraph of prose. The paragraph narrates
// the next agenda item; it does not go on the decision above it.
func (p *parser) topicAfterLabelled(lines []line, i int, t string) bool {
	if !p.paraBreak || len(p.stack) == 0 || !p.stack[0].node.cand.named || !startsUpper(t) ||
		strings.ContainsRune(".,;:!?", lastRune(t)) || parseMarker(t) != nil || countFields(t, 17) > 16 {
		return false
	}
	own := strings.TrimSpace(p.spanText(p.deepest().spans))
	if !strings.ContainsRune(".;", lastRune(own)) {
		return false
	}
	if i+1 >= len(lines) || strings.TrimSpace(p.text[lines[i+1].start:lines[i+1].end]) != "" {
		return false
	}
	next := p.nextText(lines, i)
	return len(next) >= 40 && startsUpper(next) && parseMarker(next) == nil
}
