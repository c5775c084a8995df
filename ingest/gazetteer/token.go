package gazetteer

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"actas/ingest/internal/asciiclass"
)

// Token is one word or punctuation mark of a text, folded for matching.
type Token struct {
	Fold       string // lower case, accents removed: "mexico"
	Key        string // case kept, accents removed: "México" gives "Mexico"
	Start, End int    // byte offsets in the text
	Word       bool   // letters or digits (false for punctuation)
}

// Tokenize splits text into word tokens (runs of letters, digits and marks)
// and one-character punctuation tokens, skipping spaces. Curly apostrophes
// become "'" and every dash or hyphen becomes "-".
func Tokenize(text string) []Token { return appendTokens(nil, text) }

// tokenPool holds token slices for the matchers, whose tokens do not outlive
// the call: a report's text is tokenized a few times over, and a fresh slice
// each time was a large share of the allocation.
var tokenPool sync.Pool

func init() {
	tokenPool.New = func() any {
		b := new(tokenBuf)
		b.done = b.release // bound once: handing it out allocates nothing
		return b
	}
}

// tokenBuf is a pooled token slice with the function that gives it back.
type tokenBuf struct {
	toks []Token
	done func()
}

// release clears b's tokens and puts b back in the pool.
func (b *tokenBuf) release() {
	clear(b.toks) // let the texts go
	b.toks = b.toks[:0]
	tokenPool.Put(b)
}

// PooledTokens returns Tokenize(text) in a slice from a pool, and the
// function that gives it back: call it once the tokens are no longer used,
// and keep no part of the slice after.
func PooledTokens(text string) ([]Token, func()) {
	b := tokenPool.Get().(*tokenBuf)
	b.toks = appendTokens(b.toks[:0], text)
	return b.toks, b.done
}

// appendTokens appends the tokens of text to toks, which it grows once to
// the room they need.
func appendTokens(toks []Token, text string) []Token {
	// a text has at most a token per byte: a pooled slice often has room
	// enough without counting
	if cap(toks)-len(toks) < len(text) {
		if n := asciiclass.CountTokens(text); cap(toks)-len(toks) < n {
			toks = append(make([]Token, 0, len(toks)+n), toks...)
		}
	}
	// lower-cased ASCII words and the keys and folds of other words go to
	// one buffer, cut after the loop (on the stack while it fits)
	var bbuf [512]byte
	b := bbuf[:0]
	var movedBuf [3 * 64]int
	moved := movedBuf[:0] // token index, start and end in b, for each such fold
	var movedKeysBuf [3 * 16]int
	movedKeys := movedKeysBuf[:0] // the same for the keys of words past ASCII
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			switch asciiclass.Of[c] {
			case asciiclass.Space:
				i++
				continue
			case asciiclass.Punct:
				p := text[i : i+1]
				if c == '`' {
					p = "'"
				}
				toks = append(toks, Token{Fold: p, Key: p, Start: i, End: i + 1})
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j, rest := wordEnd(text, i+n)
			ascii := r < utf8.RuneSelf && rest
			w := text[i:j]
			if !ascii {
				// its key and fold go to the buffer, as foldWord writes them
				keyFrom := len(b)
				var foldFrom int
				b, foldFrom = appendKeyFold(b, w)
				movedKeys = append(movedKeys, len(toks), keyFrom, foldFrom)
				moved = append(moved, len(toks), foldFrom, len(b))
				toks = append(toks, Token{Start: i, End: j, Word: true})
				i = j
				continue
			}
			if hasUpperASCII(w) {
				from := len(b)
				for k := 0; k < len(w); k++ {
					c := w[k]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					b = append(b, c)
				}
				moved = append(moved, len(toks), from, len(b))
			}
			toks = append(toks, Token{Fold: w, Key: w, Start: i, End: j, Word: true})
			i = j
		case unicode.IsSpace(r) || r == softHyphen || r == '\u200b' || r == '\ufeff':
			i += n
		default:
			p := punct(r)
			toks = append(toks, Token{Fold: p, Key: p, Start: i, End: i + n})
			i += n
		}
	}
	if len(moved) > 0 {
		all := string(b)
		for k := 0; k < len(moved); k += 3 {
			toks[moved[k]].Fold = all[moved[k+1]:moved[k+2]]
		}
		for k := 0; k < len(movedKeys); k += 3 {
			toks[movedKeys[k]].Key = all[movedKeys[k+1]:movedKeys[k+2]]
		}
	}
	return toks
}

// hasUpperASCII reports whether s has an ASCII capital letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 'º' || r == 'ª'
}

// punct normalises one punctuation rune.
func punct(r rune) string {
	switch r {
	case '\u2019', '\u2018', '\u02bc', '`', '\u00b4', '\u2032':
		return "'"
	case '\u201c', '\u201d', '\u00ab', '\u00bb', '\u2033':
		return `"`
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return "-"
	case utf8.RuneError:
		return "\ufffd"
	}
	return string(r)
}

// foldWord returns w without accents (key) and also lower-cased (fold).
func foldWord(w string) (key, fold string) {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return w, lowerASCII(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		b.WriteString(stripRune(r))
	}
	key = b.String()
	return key, strings.ToLower(key)
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// latin holds stripRune's answers for the Latin-1 and Latin Extended-A/B runes.
var latin = func() (t [0x250]string) {
	for r := rune(0x80); r < 0x250; r++ {
		t[r] = decompose(r)
	}
	return t
}()

// stripRune removes the diacritics of one rune: "é" gives "e", "º" gives "o".
func stripRune(r rune) string {
	if r == softHyphen {
		return "" // no letter of the word
	}
	if r >= 0 && r < rune(len(latin)) {
		return latin[r]
	}
	return decompose(r)
}

// decompose strips r's diacritics through Unicode compatibility decomposition.
func decompose(r rune) string {
	if unicode.Is(unicode.Mn, r) {
		return ""
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFKD.Bytes(buf[:n])
	var b strings.Builder
	for _, c := range string(d) {
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return string(r)
	}
	return b.String()
}

// Fold returns text lower-cased, without accents, its tokens joined by single spaces.
func Fold(text string) string {
	toks := Tokenize(text)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Fold
	}
	return strings.Join(parts, " ")
}

// wordEnd returns where the word going on at byte j of text ends, and
// whether what it read there is all ASCII.
func wordEnd(text string, j int) (int, bool) {
	ascii := true
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			if asciiclass.Of[c] != asciiclass.Word {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == softHyphen && j+n < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[j+n:]); isWordRune(next) {
				ascii = false
				j += n // "Hon\u00adduras": a soft hyphen inside a word
				continue
			}
		}
		if !isWordRune(r) {
			break
		}
		ascii = false
		j += n
	}
	return j, ascii
}

// softHyphen marks where a word may break; it is no part of the word.
const softHyphen = '\u00ad'

// appendKeyFold appends to b the key of word w (its diacritics stripped)
// and then its fold (the key in small letters), as foldWord writes them,
// and returns where the fold starts.
func appendKeyFold(b []byte, w string) ([]byte, int) {
	keyFrom := len(b)
	for _, r := range w {
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else {
			b = append(b, stripRune(r)...)
		}
	}
	foldFrom := len(b)
	for _, r := range string(b[keyFrom:foldFrom]) {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b, foldFrom
}
