// Package asciiclass classes ASCII bytes as the tokenizers of ingest read
// them: a letter or digit is part of a word, white space separates, any other
// byte is a punctuation mark of its own.
package asciiclass

import (
	"unicode"
	"unicode/utf8"
)

// Classes of ASCII bytes.
const (
	Punct = iota
	Space
	Word
)

// Of classes each ASCII byte.
var Of = func() (t [utf8.RuneSelf]uint8) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = Word
		case unicode.IsSpace(c):
			t[c] = Space
		default:
			t[c] = Punct
		}
	}
	return t
}()

// CountTokens returns how many words and punctuation marks s holds, plus one:
// exact when s is ASCII and close otherwise (a non-ASCII byte counts as part
// of a word). Tokenizers use it to size their slices.
func CountTokens(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		cls := uint8(Word)
		if c := s[i]; c < utf8.RuneSelf {
			cls = Of[c]
		}
		switch cls {
		case Word:
			if !inWord {
				n++
			}
			inWord = true
		case Punct:
			n++
			inWord = false
		default:
			inWord = false
		}
	}
	return n + 1
}

// CountWords is CountTokens without the punctuation marks: how many words s
// holds, plus one.
func CountWords(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); i++ {
		word := true
		if c := s[i]; c < utf8.RuneSelf {
			word = Of[c] == Word
		}
		if word && !inWord {
			n++
		}
		inWord = word
	}
	return n + 1
}
