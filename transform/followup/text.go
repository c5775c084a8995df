package followup

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// latin maps the accented letters of Spanish and English text to plain ones.
var latin = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ñ", "n",
	"à", "a", "è", "e", "ì", "i", "ò", "o", "ù", "u", "â", "a", "ê", "e", "î", "i", "ô", "o", "û", "u",
	"ä", "a", "ë", "e", "ï", "i", "ö", "o", "ç", "c", "ã", "a", "õ", "o")

// fold lower-cases s and removes its accents ("Difusión" → "difusion").
func fold(s string) string {
	s = latin.Replace(strings.ToLower(s))
	if !needsNorm(s) {
		return s
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// needsNorm reports whether s still holds a letter with a mark or a combining mark.
func needsNorm(s string) bool {
	for _, r := range s {
		if r >= 0xC0 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			return true
		}
	}
	return false
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

// stripSurfaces folds s and blanks every occurrence of the given names, which
// are already folded and padded by phrase.
func stripSurfaces(s string, names []string) string {
	f := phrase(s)
	for _, p := range names {
		if len(p) > 2 {
			f = strings.ReplaceAll(f, p, " ")
		}
	}
	return f
}
