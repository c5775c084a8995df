package gazetteer

// Phrase is a text tokenized once, to be joined to others (WholeBody): a
// process's name written around the words of a report.
type Phrase struct {
	text string
	toks []Token
	kept keptTokens
}

// NewPhrase tokenizes s for WholeBody.
func NewPhrase(s string) Phrase {
	toks := Tokenize(s)
	return Phrase{text: s, toks: toks, kept: keptOf(toks)}
}

// keptTokens says how many of a part's tokens matchTokens keeps, and which
// is the first (-1 when none).
type keptTokens struct{ n, first int }

// keptOf counts the tokens of toks that matchTokens keeps.
func keptOf(toks []Token) keptTokens {
	k := keptTokens{first: -1}
	for i, t := range toks {
		if !dropped(t) {
			if k.n == 0 {
				k.first = i
			}
			k.n++
		}
	}
	return k
}

// WholeBody returns the body that prefix + words + suffix names from its
// first byte to its last, as BodySpan of the joined text would find it,
// without joining or tokenizing the parts again. A prefix must end and a
// suffix start with a space (or be empty), so that no token runs across.
func (g *Gazetteer) WholeBody(prefix, words, suffix Phrase) (Body, bool) {
	return g.wholeBody(prefix, words.text, words.toks, words.kept, suffix)
}

// WholeBodies returns the bodies that words name whole with each pair of
// around written before and after them (WholeBody), in the order of
// around; words are tokenized once.
func (g *Gazetteer) WholeBodies(words string, around [][2]Phrase) []Body {
	var buf [16]Token // on the stack while words hold that many tokens
	toks := appendTokens(buf[:0], words)
	kept := keptOf(toks)
	var out []Body
	for _, a := range around {
		if b, ok := g.wholeBody(a[0], words, toks, kept, a[1]); ok {
			out = append(out, b)
		}
	}
	return out
}

// wholeBody is WholeBody with the words' text and tokens apart.
func (g *Gazetteer) wholeBody(prefix Phrase, words string, wordToks []Token, wordsKept keptTokens, suffix Phrase) (Body, bool) {
	n := len(prefix.text) + len(words) + len(suffix.text)
	if prefix.text != "" && prefix.text[len(prefix.text)-1] != ' ' || suffix.text != "" && suffix.text[0] != ' ' {
		b, s, e, ok := g.BodySpan(prefix.text + words + suffix.text)
		return b, ok && s == 0 && e == n
	}
	parts := [3][]Token{prefix.toks, wordToks, suffix.toks}
	offs := [3]int{0, len(prefix.text), len(prefix.text) + len(words)} // where each part starts in the joined text
	if !g.mayBeWhole(parts, [3]keptTokens{prefix.kept, wordsKept, suffix.kept}, offs) {
		return Body{}, false
	}
	var buf [32]Token // on the stack while the parts hold that many tokens
	all := buf[:0]
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

// bodyShape is the first fold and the number of tokens of a body alias.
type bodyShape struct {
	first string
	n     int
}

// mayBeWhole reports whether the tokens of the parts joined, as
// matchTokens keeps them (kept), can be a body's alias from first to last:
// the first a word at the first byte, and some alias of as many tokens
// opening with its fold. Only then does wholeBody join them and look the
// alias up.
func (g *Gazetteer) mayBeWhole(parts [3][]Token, kept [3]keptTokens, offs [3]int) bool {
	n := kept[0].n + kept[1].n + kept[2].n
	for k, kp := range kept {
		if kp.n > 0 {
			first := &parts[k][kp.first]
			return first.Word && first.Start+offs[k] == 0 && g.bodyShapes[bodyShape{first.Fold, n}]
		}
	}
	return false
}
