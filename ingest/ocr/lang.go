package ocr

import (
	"strings"
	"unicode"
)

// Tesseract language codes the OCR chooses between.
const (
	Spanish = "spa"
	English = "eng"
)

// stopwords are frequent short words that tell Spanish from English text.
var stopwords = map[string]map[string]bool{
	Spanish: set("de la que el en los del las por para con se al una su sus como entre sobre y lo más también este esta"),
	English: set("the of and to in for on that with by is are be this as from at its which was were have has their"),
}

// set makes a set of the space-separated words of s.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// minVotes is the number of stopwords a page needs for its language to be
// told; a page with fewer (a cover, a list of names) is not decided.
const minVotes = 8

// detectLang returns the language of a page's words among langs, or ""
// when the page has too few stopwords or they do not clearly agree.
func detectLang(words []word, langs []string) string {
	votes := map[string]int{}
	for _, w := range words {
		t := strings.ToLower(strings.TrimFunc(w.text, func(r rune) bool { return !unicode.IsLetter(r) }))
		for _, l := range langs {
			if stopwords[l][t] {
				votes[l]++
			}
		}
	}
	best, second := "", 0
	for _, l := range langs {
		switch v := votes[l]; {
		case best == "" || v > votes[best]:
			second = votes[best]
			best = l
		case v > second:
			second = v
		}
	}
	if votes[best] < minVotes || votes[best] < 2*second {
		return ""
	}
	return best
}
