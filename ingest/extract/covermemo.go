package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// memoLabels are the labels of a cover memo or transmittal note ("PARA:",
// "ASUNTO:", "TO:", "SUBJECT:").
var memoLabels = map[string]bool{"PARA": true, "DE": true, "ASUNTO": true, "FECHA": true, "REF": true, "TO": true, "FROM": true, "SUBJECT": true, "DATE": true, "RE": true}

// memoLabelEnds returns where each memo label's colon ends in s, in capitals
// or with a capital first letter: a label at a line's start or, where the
// memo's line breaks were lost, after a space.
func memoLabelEnds(s string) []int {
	var out []int
	for at := 0; ; {
		k := strings.IndexByte(s[at:], ':')
		if k < 0 {
			return out
		}
		c := at + k
		w := strings.TrimRight(s[:c], " \t")
		start := strings.LastIndexAny(w, " \t\n") + 1
		if l := w[start:]; memoLabels[l] || len(l) > 1 && l[0] >= 'A' && l[0] <= 'Z' && memoLabels[strings.ToUpper(l)] && l[1:] == strings.ToLower(l[1:]) { // "TO:", "To:"; not "de:" in a sentence
			out = append(out, c+1)
		}
		at = c + 1
	}
}

// coverMemoEnd returns where the report starts after a cover memo that
// opens text (two labels or more, "PARA: ... ASUNTO: ...", then the note
// and its signature): at the first run of three words or more in capitals
// after the last label, "ACTA DE LA REUNIÓN DEL GRUPO ...". It is 0 when
// text opens with no memo or no such title follows it.
func coverMemoEnd(text string) int {
	ls := memoLabelEnds(text[:min(len(text), 1500)])
	if len(ls) < 2 {
		return 0
	}
	run, start := 0, 0
	for at := ls[len(ls)-1]; at < len(text); {
		from := at
		if at = skipSpace(text, at); strings.Contains(text[from:at], "\n\n") {
			run = 0 // a title opens a paragraph ("... Secretaría Técnica de la CRM" / "ACTA DE LA ...")
		}
		end := at
		for end < len(text) && !isSpace(text[end]) {
			end++
		}
		if end == at {
			break
		}
		switch w := text[at:end]; {
		case capsWord(w):
			if run == 0 {
				start = at
			}
			if run++; run == 3 {
				return start
			}
		default:
			run = 0
		}
		at = end
	}
	return 0
}

// capsWord reports a word of letters in capitals ("ACTA", "REUNIÓN", "DE")
// with no punctuation but a closing parenthesis or comma.
func capsWord(w string) bool {
	letters := 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case (r == ')' || r == ',' || r == '(') && (i == 0 || i+utf8.RuneLen(r) == len(w)):
		default:
			return false
		}
	}
	return letters > 0
}
