package extract

import "strings"

// capsClauses splits the points of a declaration whose paragraphs open with
// a verb of the action table in capitals where such a verb opens a sentence
// inside one ("APROBAR el Plan ... del GRCM. ENCOMENDAR a la Secretaría
// Técnica ..."): each verb in capitals opens a clause, and so a point.
func capsClauses(text string, r *rules, points []*para) []*para {
	var out []*para
	for _, p := range points {
		if !capsLead(spansText(text, p.spans), r) {
			out = append(out, p)
			continue
		}
		runOn := capsVerbCount(text, r, p) >= 3 // "ACUERDAN: AGRADECER ... APROBAR ... y ENCARGAR ...": line breaks lost
		for {
			q, ok := nextCapsVerb(text, r, p, runOn)
			if !ok {
				break
			}
			head, tail := cutPara(text, p, q)
			out = append(out, head)
			p = tail
		}
		out = append(out, p)
	}
	return out
}

// capsLead reports a text that opens with a verb in capitals, one word or
// a cue of several ("INSTITUCIONALIZAR el Foro", "TOMAR NOTA del informe").
func capsLead(t string, r *rules) bool {
	return capsOpening(t) || capsVerbOpening(t, r)
}

// capsOpening reports a text that opens with one word in capitals, as a
// verb that opens a clause is written ("INSTITUCIONALIZAR el Foro ..."),
// not a title ("CONFERENCIA REGIONAL ...").
func capsOpening(t string) bool {
	ws := strings.Fields(t)
	w := strings.TrimRight(firstWord(strings.TrimSpace(t)), ",:;.")
	return len(ws) > 1 && hasLetters(w, 4) && isUpperWord(w) && !isUpperWord(ws[1])
}

// capsVerbOpening reports a text that opens with a cue verb in capitals.
func capsVerbOpening(t string, r *rules) bool {
	t = strings.TrimSpace(t)
	w := strings.TrimRight(firstWord(t), ",:;.")
	return len(w) >= 4 && isUpperWord(w) && hasLetters(w, 4) && opensClause(t, r)
}

// nextCapsVerb returns where, after p's first word, a sentence opens with a
// cue verb in capitals; in a paragraph whose line breaks were lost (runOn),
// also a verb after "y" / "e" / "and" ("... APROBAR el Plan y ENCARGAR a la
// ST ..."), which in a paragraph of its own goes on its agreement
// (ANNOTATION.md: one agreement per paragraph).
// The text before a word is read across the paragraph's line ends ("...
// en calidad" / "de observador e INVITAR ...").
func nextCapsVerb(text string, r *rules, p *para, runOn bool) (int, bool) {
	first := true
	for _, sp := range p.spans {
		line := text[sp.start:sp.end]
		for i := 0; i < len(line); i++ {
			if isSpace(line[i]) || i > 0 && !isSpace(line[i-1]) {
				continue
			}
			if first {
				first = false // the paragraph's own verb
				continue
			}
			if c := line[i]; c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				continue // no word in capitals
			}
			q := sp.start + i
			before := text[max(p.spans[0].start, q-200):q]
			if (boundary(before, len(before)) || runOn && afterConj(before)) && capsVerbOpening(line[i:], r) {
				return q, true // "... observador e INVITAR a la Conferencia ...": a clause of its own, as writers number it
			}
		}
	}
	return 0, false
}

// afterConj reports text that ends with "y", "e" or "and" after at least
// three words of its clause ("TOMAR NOTA de la propuesta ... y"), not a
// verb joined to the one before ("TOMAR NOTA y APROBAR el informe").
func afterConj(before string) bool {
	prev, ok := beforeConj(before)
	ws := strings.Fields(prev)
	return ok && len(ws) >= 3 && !isUpperWord(ws[len(ws)-1])
}

// beforeConj returns the text before a "y", "e" or "and" that ends before,
// and whether it ends so.
func beforeConj(before string) (string, bool) {
	before = trimRightSpace(before)
	w := lastWord(before)
	if w != "y" && w != "e" && w != "and" || !strings.HasSuffix(before, w) {
		return "", false
	}
	return trimRightSpace(before[:len(before)-len(w)]), true
}

// conjAfterStop reports text that ends with "y", "e" or "and" after a
// semicolon or comma ("...; y AGRADECER al pueblo ..."): the last clause of
// a run of clauses opens after it.
func conjAfterStop(before string) bool {
	prev, ok := beforeConj(before)
	return ok && (strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ","))
}

// cutPara cuts p at byte q of text, inside one of its spans: the part
// before keeps no bullets, the part after keeps them.
func cutPara(text string, p *para, q int) (*para, *para) {
	head, tail := &para{}, &para{bullets: p.bullets, subs: p.subs}
	for _, sp := range p.spans {
		switch {
		case sp.end <= q:
			head.spans = append(head.spans, sp)
		case sp.start >= q:
			tail.spans = append(tail.spans, sp)
		default:
			end := q
			for end > sp.start && isSpace(text[end-1]) {
				end--
			}
			head.spans = append(head.spans, span{sp.start, end})
			tail.spans = append(tail.spans, span{q, sp.end})
		}
	}
	return head, tail
}

// capsRoots splits the unnumbered paragraphs of an operative block where a
// sentence inside one opens with a cue verb in capitals, as capsClauses
// splits a declaration's paragraphs ("EXPRESAR su satisfacción ... reunión.
// REAFIRMAR el compromiso ..."): each verb opens a point, numbered by
// position.
func capsRoots(text string, r *rules, blocks []*block) {
	for _, b := range blocks {
		if !b.operative || len(b.roots) < 2 || !allPlain(b.roots) {
			continue
		}
		var roots []*node
		for _, n := range b.roots {
			if len(n.children) > 0 || !capsLead(spansText(text, n.spans), r) {
				roots = append(roots, n)
				continue
			}
			for _, p := range capsClauses(text, r, []*para{{spans: n.spans}}) {
				c := *n
				c.spans, c.markStart = p.spans, p.spans[0].start
				roots = append(roots, &c)
			}
		}
		for k, n := range roots {
			n.value = k + 1
		}
		b.roots = roots
	}
}

// capsVerbCount counts the cue verbs in capitals that open a clause in p
// after a sentence end or "y" / "e" / "and", its first word too.
func capsVerbCount(text string, r *rules, p *para) int {
	n := 1
	q := *p
	for {
		at, ok := nextCapsVerb(text, r, &q, true)
		if !ok || n >= 3 {
			return n
		}
		n++
		_, tail := cutPara(text, &q, at)
		q = *tail
	}
}
