package gazetteer

// Affix is a text tokenized once, to be written before or after other
// words (WholeBody): a process's name beside the words of a report.
type Affix struct {
	text string
	toks []Token
}

// NewAffix tokenizes s for WholeBody.
func NewAffix(s string) Affix { return Affix{text: s, toks: Tokenize(s)} }

// WholeBody returns the body that prefix + words + suffix names from its
// first byte to its last, as BodySpan of the joined text would find it,
// without joining or tokenizing the affixes again. A prefix must end and a
// suffix start with a space (or be empty), so that no token runs across.
func (g *Gazetteer) WholeBody(prefix Affix, words string, suffix Affix) (Body, bool) {
	n := len(prefix.text) + len(words) + len(suffix.text)
	if prefix.text != "" && prefix.text[len(prefix.text)-1] != ' ' || suffix.text != "" && suffix.text[0] != ' ' {
		b, s, e, ok := g.BodySpan(prefix.text + words + suffix.text)
		return b, ok && s == 0 && e == n
	}
	p := tokenPool.Get().(*[]Token)
	all := append((*p)[:0], prefix.toks...)
	k := len(all)
	all = appendTokens(all, words)
	for i := k; i < len(all); i++ {
		all[i].Start += len(prefix.text)
		all[i].End += len(prefix.text)
	}
	for _, t := range suffix.toks {
		t.Start += len(prefix.text) + len(words)
		t.End += len(prefix.text) + len(words)
		all = append(all, t)
	}
	defer func() {
		clear(all)
		*p = all[:0]
		tokenPool.Put(p)
	}()
	toks := matchTokens(all)
	for i := range toks {
		if !toks[i].Word {
			continue
		}
		if e := g.bodyIdx.longest(toks, i); e != nil && toks[i].Start == 0 && toks[i+len(e.folds)-1].End == n {
			return g.bodies[e.bodyID], true
		}
		break // a body BodySpan found further on would start past the first byte
	}
	return Body{}, false
}
