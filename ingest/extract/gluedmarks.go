package extract

import (
	"regexp"
	"slices"
	"strings"
)

// reGluedMarker finds a point's marker run into its first word, as
// converters leave it ("1.Aprobar", "10.Ex-", "2)With", "(a)To take",
// "a)Agradecer", "I.SOBRE", "4.-Con", "b.-Solicitar", "B.-To"): after a line start, a space or the end of a
// sentence, a number or a letter and its mark, then a word in capitals.
var reGluedMarker = regexp.MustCompile(`(?m)(?:^|[\s:;.])(?:\(?[0-9]{1,2}(?:[.)]|\.-)|\([a-z]\)|[a-zA-Z](?:\)|\.-)|\(?[ivx]{1,4}\))\p{Lu}\p{Ll}|(?:^|\s)[IVX]{1,4}\.\p{Lu}{3}`)

// reRunInMarker finds a point's marker run into the end of the sentence
// before it, where line breaks were lost ("... by January 31, 2005.3.
// Concerning ...", "... June 2004.8. To urge ..."): after a year or a word's
// end and its full stop, a number and its mark, a space and a capital.
var reRunInMarker = regexp.MustCompile(`(?:\d{4}|\p{Ll}{2})\.[0-9]{1,2}[.)]\s+\p{Lu}`)

// reGluedLead finds a list's first marker run into the colon of its lead-in,
// where line breaks were lost ("ACORDARON:1. Aprobar ...", "agreed:a) To
// ..."): a letter, the colon, a number or a small letter and its mark, a
// capital (a time, "10:30.", has a digit before its colon).
var reGluedLead = regexp.MustCompile(`\p{L}:(?:[0-9]{1,2}[.)]|\(?[a-z]\))\s*\p{Lu}`)

// reGluedClause finds a clause opened by a verb in capitals run into the
// semicolon that ends the clause before it, where line breaks were lost
// ("... contenidas en el;APROBAR el Plan ..."): a small letter, the
// semicolon, four capitals.
var reGluedClause = regexp.MustCompile(`\p{Ll};\p{Lu}{4}`)

// unglueMarkers puts a space after each marker run into its word, and
// before each marker run into the sentence before it, so the parser reads
// it as any other marker; the result maps back to text.
func unglueMarkers(text string) *relined {
	out := &relined{text: text, n: len(text)}
	if !mayHoldGluedMarker(text) {
		return out
	}
	var at []int // positions of text before which a space goes
	for _, m := range reGluedMarker.FindAllStringIndex(text, -1) {
		if text[m[0]] == '.' {
			at = append(at, m[0]+1) // "... XV RCM.4)To instruct": the sentence's end too
		}
		at = append(at, gluedWordAt(text, m[0], m[1]))
	}
	for _, m := range reRunInMarker.FindAllStringIndex(text, -1) {
		at = append(at, m[0]+strings.IndexByte(text[m[0]:m[1]], '.')+1)
	}
	for _, m := range reGluedLead.FindAllStringIndex(text, -1) {
		at = append(at, m[0]+strings.IndexByte(text[m[0]:m[1]], ':')+1)
	}
	for _, m := range reGluedClause.FindAllStringIndex(text, -1) {
		at = append(at, m[0]+strings.IndexByte(text[m[0]:m[1]], ';')+1)
	}
	if len(at) == 0 {
		return out
	}
	slices.Sort(at)
	at = slices.Compact(at)
	var sb strings.Builder
	prev := 0
	for i, p := range at {
		sb.WriteString(text[prev:p])
		sb.WriteByte(' ')
		out.at = append(out.at, sb.Len())
		out.cum = append(out.cum, i+1)
		prev = p
	}
	sb.WriteString(text[prev:])
	out.text = sb.String()
	return out
}

// gluedWordAt returns where the word starts in a match of reGluedMarker
// from start to end: after the marker's ".", ")" or ".-".
func gluedWordAt(text string, start, end int) int {
	return start + strings.LastIndexAny(text[start:end], ".)-") + 1
}

// mayHoldGluedMarker reports a text with a mark or a semicolon right
// before a capital letter (also after "-"), a full stop or a colon right
// before a digit, or a colon right before a small letter or "(", which
// every match of reGluedMarker, reRunInMarker, reGluedLead and
// reGluedClause holds.
func mayHoldGluedMarker(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		c := text[i+1]
		if c == '-' && text[i] == '.' && i+2 < len(text) {
			c = text[i+2] // "4.-Con"
		}
		if (text[i] == '.' || text[i] == ')' || text[i] == ';') && c >= 'A' && c <= 'Z' || (text[i] == '.' || text[i] == ':') && c >= '0' && c <= '9' ||
			text[i] == ':' && (c >= 'a' && c <= 'z' || c == '(') {
			return true
		}
	}
	return false
}
