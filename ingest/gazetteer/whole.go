package gazetteer

// Phrase is a text tokenized once, to be joined to others (WholeBody): a
// process's name written around the words of a report.
type Phrase struct {
	text string
	toks []Token
}

// NewPhrase tokenizes s for WholeBody.
func NewPhrase(s string) Phrase { return Phrase{text: s, toks: Tokenize(s)} }

// WholeBody returns the body that prefix + words + suffix names from its
// first byte to its last, as BodySpan of the joined text would find it,
// without joining or tokenizing the parts again. A prefix must end and a
// suffix start with a space (or be empty), so that no token runs across.
func (g *Gazetteer) WholeBody(prefix, words, suffix Phrase) (Body, bool) {
	n := len(prefix.text) + len(words.text) + len(suffix.text)
	if prefix.text != "" && prefix.text[len(prefix.text)-1] != ' ' || suffix.text != "" && suffix.text[0] != ' ' {
		b, s, e, ok := g.BodySpan(prefix.text + words.text + suffix.text)
		return b, ok && s == 0 && e == n
	}
	p := tokenPool.Get().(*[]Token)
	all := (*p)[:0]
	off := 0 // where the part starts in the joined text
	for _, part := range [3]Phrase{prefix, words, suffix} {
		for _, t := range part.toks {
			t.Start += off
			t.End += off
			all = append(all, t)
		}
		off += len(part.text)
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
