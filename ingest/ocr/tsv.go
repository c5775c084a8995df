package ocr

import (
	"errors"
	"strconv"
	"strings"
)

// word is one word of tesseract's TSV output, in pixels of the page image.
type word struct {
	block, par, line int
	left, top, w, h  int
	conf             float64 // 0 to 100
	text             string
}

// parseTSV reads the word rows (level 5) of `tesseract ... tsv` output.
func parseTSV(out string) ([]word, error) {
	lines := strings.Split(out, "\n")
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "level\t") {
		return nil, errors.New("tesseract tsv: no header")
	}
	var words []word
	for _, l := range lines[1:] {
		f := strings.Split(strings.TrimRight(l, "\r"), "\t")
		if len(f) < 12 || f[0] != "5" {
			continue
		}
		text := strings.TrimSpace(strings.Join(f[11:], " "))
		if text == "" {
			continue
		}
		var n [9]int
		ok := true
		for i := range n {
			v, err := strconv.Atoi(f[i+1])
			n[i], ok = v, ok && err == nil
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		if !ok || err != nil {
			return nil, errors.New("tesseract tsv: bad row: " + l)
		}
		words = append(words, word{block: n[1], par: n[2], line: n[3],
			left: n[5], top: n[6], w: n[7], h: n[8], conf: max(conf, 0), text: text})
	}
	return words, nil
}
