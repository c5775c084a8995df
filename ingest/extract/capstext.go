package extract

import (
	"unicode"
	"unicode/utf8"

	"actas/ingest/gazetteer"
)

// minCapsLetters is the number of letters from which a text in capitals
// reads as typed so, not as a heading or an acronym.
const minCapsLetters = 20

// capsText reports a text typed in capitals ("COSTA RICA OFRECE SER SEDE
// ..."): twenty letters or more, and at most one in twenty in small letters.
func capsText(s string) bool {
	upper, lower := 0, 0
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			lower++
			if lower*20 > upper+len(s)-i {
				return false // the capitals still to come (a rune has a byte or more) cannot make up for it
			}
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			upper++
		case r < utf8.RuneSelf: // no other ASCII rune has a case
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= minCapsLetters && lower*20 <= upper
}

// recased returns a text typed in capitals as it would be written: the
// words outside the names found in it in small letters, the first letter of
// each sentence in capitals ("COSTA RICA OFRECE SER SEDE" → "COSTA RICA
// ofrece ser sede"). Every byte keeps its place: a letter whose other case
// is written with another number of bytes is left as it is.
func recased(s string, names []gazetteer.Match) string {
	b := []byte(s)
	next := 0 // the next name
	start := true
	for i := 0; i < len(s); {
		for next < len(names) && names[next].End <= i {
			next++
		}
		if next < len(names) && names[next].Start <= i {
			i = names[next].End
			start = false
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			want := unicode.ToLower(r)
			if start {
				want = r
			}
			if utf8.RuneLen(want) == n {
				utf8.EncodeRune(b[i:], want)
			}
			start = false
		} else if r == '.' || r == '!' || r == '?' {
			start = true
		} else if unicode.IsDigit(r) {
			start = false
		}
		i += n
	}
	return string(b)
}
