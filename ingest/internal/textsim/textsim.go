// Package textsim compares two texts of the same report, as tests of the
// format readers do: token similarity and the list markers they print.
package textsim

import (
	"regexp"
	"strings"
	"unicode"
)

// Tokens splits text into words without their leading and trailing
// punctuation, dropping tokens made only of punctuation (such as a "-"
// bullet), so that layout and marker style ("1)" or "1.") do not count.
func Tokens(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Similarity is 2·LCS/(|a|+|b|) over the token sequences of a and b.
func Similarity(a, b string) float64 {
	x, y := Tokens(a), Tokens(b)
	if len(x)+len(y) == 0 {
		return 1
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			switch {
			case x[i] == y[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return 2 * float64(prev[len(y)]) / float64(len(x)+len(y))
}

// markerRE finds a list marker at the start of a line: "2.", "a)", "- a.", "iv.".
var markerRE = regexp.MustCompile(`(?m)^[ \t]*(?:[-•][ \t]+)?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{2,6})[.)][ \t]`)

// Markers lists the labels of the line-initial list markers of s, in order,
// without their punctuation.
func Markers(s string) []string {
	var out []string
	for _, m := range markerRE.FindAllStringSubmatch(s, -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	return out
}
