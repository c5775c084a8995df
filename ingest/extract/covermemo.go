package extract

import (
	"regexp"
	"strings"
)

// reMemoLabel matches a label line of a cover memo or transmittal note
// ("PARA:", "ASUNTO:", "TO:", "SUBJECT:").
var reMemoLabel = regexp.MustCompile(`(?m)^[ \t]*(?:PARA|DE|ASUNTO|FECHA|REF|TO|FROM|SUBJECT|DATE|RE)[ \t]*:`)

// coverMemoEnd returns where the report starts after a cover memo that
// opens text (two label lines or more, "PARA: ... ASUNTO: ...", then the
// note and its signature): at the first title in capitals of three words
// or more after a blank line, "ACTA DE LA REUNIÓN DEL GRUPO ...". It is 0
// when text opens with no memo or no title follows it.
func coverMemoEnd(text string) int {
	ls := reMemoLabel.FindAllStringIndex(text[:min(len(text), 1500)], -1)
	if len(ls) < 2 {
		return 0
	}
	at := ls[len(ls)-1][1]
	blank := false
	for at < len(text) {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text) - at
		}
		l := strings.TrimSpace(text[at : at+end])
		if l == "" {
			blank = true
		} else if blank && countFields(l, 3) >= 3 && isUpperWord(l) {
			return at
		} else {
			blank = false
		}
		at += end + 1
	}
	return 0
}
