package ocr

import (
	"image"
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

// bandShare is the share of the page height read to tell the language:
// five or six lines of a page of text, 50 to 80 words.
const bandShare = 12

// denseBand returns the band of img, 1/bandShare of its height, with the
// most dark pixels, or nil when the page is blank.
func denseBand(img *image.Gray) *image.Gray {
	b := img.Bounds()
	rows := make([]int, b.Dy())
	total := 0
	for y := range rows {
		i := img.PixOffset(b.Min.X, b.Min.Y+y)
		for _, v := range img.Pix[i : i+b.Dx()] {
			if v < 128 {
				rows[y]++
			}
		}
		total += rows[y]
	}
	h := b.Dy() / bandShare
	if total == 0 || h == 0 {
		return nil
	}
	best, sum, top := 0, 0, 0
	for y := range rows {
		sum += rows[y]
		if y >= h {
			sum -= rows[y-h]
		}
		if sum > best {
			best, top = sum, max(0, y-h+1)
		}
	}
	return img.SubImage(image.Rect(b.Min.X, b.Min.Y+top, b.Max.X, b.Min.Y+top+h)).(*image.Gray)
}
