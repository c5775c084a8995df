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
	return g.wholeBody(prefix, words.text, words.toks, suffix)
}

// WholeBodies returns the bodies that words name whole with each pair of
// around written before and after them (WholeBody), in the order of
// around; words are tokenized once.
func (g *Gazetteer) WholeBodies(words string, around [][2]Phrase) []Body {
	var buf [16]Token // on the stack while words hold that many tokens
	toks := appendTokens(buf[:0], words)
	var out []Body
	for _, a := range around {
		if b, ok := g.wholeBody(a[0], words, toks, a[1]); ok {
			out = append(out, b)
		}
	}
	return out
}

// wholeBody is WholeBody with the words' text and tokens apart.
func (g *Gazetteer) wholeBody(prefix Phrase, words string, wordToks []Token, suffix Phrase) (Body, bool) {
	n := len(prefix.text) + len(words) + len(suffix.text)
	if prefix.text != "" && prefix.text[len(prefix.text)-1] != ' ' || suffix.text != "" && suffix.text[0] != ' ' {
		b, s, e, ok := g.BodySpan(prefix.text + words + suffix.text)
		return b, ok && s == 0 && e == n
	}
	var buf [32]Token // on the stack while the parts hold that many tokens
	all := buf[:0]
	parts := [3][]Token{prefix.toks, wordToks, suffix.toks}
	offs := [3]int{0, len(prefix.text), len(prefix.text) + len(words)} // where each part starts in the joined text
	for k, part := range parts {
		for _, t := range part {
			t.Start += offs[k]
			t.End += offs[k]
			all = append(all, t)
		}
	}
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
