package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"actas/ingest/internal/asciiclass"
)

// reading is one text read once for the steps that ask about its words: its
// fold and the spans of its tokens, cut the first time a step asks, and its
// tokens, so that the cue gates and the rules after them share one reading.
type reading struct {
	text   string
	folded []byte     // fold(text), once cut
	spans  []foldSpan // the tokens as tokenize cuts them, once cut
	cut    bool       // folded and spans are built
	toks   []token    // tokenize(text), once asked
	// the fold and spans of a short text, so that a reading kept on its
	// caller's stack is cut without allocating
	foldRoom [256]byte
	spanRoom [48]foldSpan
}

// foldSpan is one token of a reading: its bytes in the text and in the fold.
type foldSpan struct {
	start, end, fstart, fend int32
}

// readingOf returns the reading of s; nothing is read until a step asks.
func readingOf(s string) reading { return reading{text: s} }

// tokens returns tokenize(r.text), tokenized once.
func (r *reading) tokens() []token {
	if r.toks == nil {
		r.toks = tokenize(r.text)
	}
	return r.toks
}

// holds is foldedHolds(r.text, cues).
func (r *reading) holds(cues *cueIndex) bool { return r.holdsFrom(cues, -1) }

// holdsFrom is foldedHoldsFrom(r.text, cues, first), read from the fold and
// the token spans cut once for every cue set asked.
func (r *reading) holdsFrom(cues *cueIndex, first int) bool {
	if len(cues.byFirst) == 0 {
		return false
	}
	r.read()
	for k, sp := range r.spans {
		if k == first {
			return false
		}
		fw := r.folded[sp.fstart:sp.fend]
		if !cues.first.MayHoldBytes(fw) {
			continue // most words start no cue: no lookup
		}
		for _, p := range cues.byFirst[string(fw)] {
			all := true
			for _, w := range p[1:] {
				if !bytes.Contains(r.folded, []byte(w)) {
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

// read cuts the fold and the token spans of r.text: a token is a run of
// word runes, or one rune that is neither a word rune nor white space, as
// tokenize cuts them, and its fold is the fold of its runes.
func (r *reading) read() {
	if r.cut {
		return
	}
	r.cut = true
	s := r.text
	f := r.foldRoom[:0]
	spans := r.spanRoom[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch asciiclass.Of[c] {
			case asciiclass.Space:
				f = append(f, c)
				i++
				continue
			case asciiclass.Punct:
				spans = append(spans, foldSpan{int32(i), int32(i + 1), int32(len(f)), int32(len(f) + 1)})
				f = append(f, foldASCII[c])
				i++
				continue
			}
		}
		r0, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r0):
			f = utf8.AppendRune(f, foldRune(r0))
			i += n
		case isWordRune(r0):
			from := len(f)
			j := i
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					if asciiclass.Of[c] != asciiclass.Word {
						break
					}
					f = append(f, foldASCII[c])
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				f = utf8.AppendRune(f, foldRune(r2))
				j += n2
			}
			spans = append(spans, foldSpan{int32(i), int32(j), int32(from), int32(len(f))})
			i = j
		default:
			from := len(f)
			f = utf8.AppendRune(f, foldRune(r0))
			spans = append(spans, foldSpan{int32(i), int32(i + n), int32(from), int32(len(f))})
			i += n
		}
	}
	r.folded, r.spans = f, spans
}
