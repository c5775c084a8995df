package extract

import (
	"regexp"
	"strings"
)

// reGluedMarker finds a point's marker run into its first word, as
// converters leave it ("1.Aprobar", "10.Ex-", "2)With", "(a)To take",
// "a)Agradecer", "I.SOBRE"): after a line start, a space or the end of a
// sentence, a number or a letter and its mark, then a word in capitals.
var reGluedMarker = regexp.MustCompile(`(?m)(?:^|[\s:;.])(?:\(?[0-9]{1,2}[.)]|\([a-z]\)|[a-z]\)|\(?[ivx]{1,4}\))\p{Lu}\p{Ll}|(?:^|\s)[IVX]{1,4}\.\p{Lu}{3}`)

// unglueMarkers puts a space after each marker run into its word, so the
// parser reads it as any other marker; the result maps back to text.
func unglueMarkers(text string) *relined {
	out := &relined{text: text, n: len(text)}
	if !mayHoldGluedMarker(text) {
		return out
	}
	var sb strings.Builder
	prev, cum := 0, 0
	for _, m := range reGluedMarker.FindAllStringIndex(text, -1) {
		at := gluedWordAt(text, m[0], m[1])
		sb.WriteString(text[prev:at])
		sb.WriteByte(' ')
		cum++
		out.at = append(out.at, sb.Len())
		out.cum = append(out.cum, cum)
		prev = at
	}
	if cum == 0 {
		return out
	}
	sb.WriteString(text[prev:])
	out.text = sb.String()
	return out
}

// gluedWordAt returns where the word starts in a match of reGluedMarker
// from start to end: after the marker's "." or ")".
func gluedWordAt(text string, start, end int) int {
	return start + strings.LastIndexAny(text[start:end], ".)") + 1
}

// mayHoldGluedMarker reports a text with a mark right before a capital
// letter, which every match of reGluedMarker holds.
func mayHoldGluedMarker(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == ')') && text[i+1] >= 'A' && text[i+1] <= 'Z' {
			return true
		}
	}
	return false
}
