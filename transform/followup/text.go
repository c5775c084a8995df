package followup

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fold lower-cases s and removes its accents ("Difusión" → "difusion").
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}

// words splits s into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// hasDigit reports whether w holds a digit.
func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// phrase pads folded text with spaces between its words, so cues match whole words.
func phrase(s string) string {
	return " " + strings.Join(words(fold(s)), " ") + " "
}

// stripSurfaces blanks every case-insensitive occurrence of the given names in s.
func stripSurfaces(s string, names []string) string {
	f := phrase(s)
	for _, n := range names {
		p := phrase(n)
		if len(p) > 2 {
			f = strings.ReplaceAll(f, p, " ")
		}
	}
	return f
}
