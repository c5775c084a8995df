package pages

import (
	"io/fs"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"actas"
	"actas/data"
)

// hardWrapShare is the share of non-blank lines that must have the longest
// length for a document to count as hard-wrapped at a fixed column (a
// monospaced print that cuts words: "Gua\ntemala").
const hardWrapShare = 0.4

// Unwrap rejoins words that a fixed-column print cut at the end of a line.
// A cut is recognised on a line of the full width whose last fragment and
// the next line's first fragment make a word the document uses elsewhere, or
// are not words of the document on their own. Documents whose lines are not
// of one width come back unchanged.
func Unwrap(pages []actas.Page) []actas.Page {
	width := wrapWidth(pages)
	if width == 0 {
		return pages
	}
	vocab := vocabulary(pages, width)
	if ww := wordWrapped(pages, width); 4*ww >= fullLines(pages, width) && 2*wordCuts(pages, width, vocab) < ww {
		return pages // a text wrapped at word boundaries cuts no word
	}
	out := make([]actas.Page, len(pages))
	for i, p := range pages {
		out[i] = p
		out[i].Text = unwrapText(p.Text, width, vocab)
	}
	return out
}

// wrapWidth returns the column a hard-wrapped document is cut at, or 0.
func wrapWidth(pages []actas.Page) int {
	count := map[int]int{}
	lines := 0
	for _, p := range pages {
		for _, l := range strings.Split(p.Text, "\n") {
			if n := utf8.RuneCountInString(l); n > 0 {
				count[n]++
				lines++
			}
		}
	}
	// the width is the length most lines reach, one short counting too (the
	// cut dropped a space at its start or end); a line may run one over (a
	// character the print drew wider)
	width, full := 0, 0
	for n := range count {
		if f := count[n] + count[n-1]; n >= 40 && (f > full || f == full && n > width) {
			width, full = n, f
		}
	}
	over := 0
	for n, c := range count {
		if n > width+1 {
			over += c
		}
	}
	if lines < 8 || width < 40 || float64(full) < hardWrapShare*float64(lines-cutRests(pages, width)) || over*10 > lines {
		return 0
	}
	return width
}

// fullLines counts the lines of the full width, or one short.
func fullLines(pages []actas.Page, width int) int {
	n := 0
	for _, p := range pages {
		for _, l := range strings.Split(p.Text, "\n") {
			if utf8.RuneCountInString(l) >= width-1 {
				n++
			}
		}
	}
	return n
}

// wordCuts counts the full lines whose last letters and the next line's
// first make a word the document or the reference data knows while a piece
// is none ("Organiz" / "ación"): the mark of a print cut at a column.
func wordCuts(pages []actas.Page, width int, vocab map[string]bool) int {
	lex := lexicon()
	n := 0
	for _, p := range pages {
		lines := strings.Split(p.Text, "\n")
		for i := 0; i+1 < len(lines); i++ {
			if utf8.RuneCountInString(lines[i]) < width-1 || !endsWithLetter(lines[i]) || !startsWithLetter(lines[i+1]) {
				continue
			}
			head, tail := strings.ToLower(lastWord(lines[i])), strings.ToLower(firstWord(lines[i+1]))
			joined := head + tail
			if (vocab[joined] || lex[joined]) && !(vocab[head] || lex[head]) {
				n++
			}
		}
	}
	return n
}

// cutRests counts the short lines right after a full one: the rest of a
// line a print cut off when its text was wrapped wider than the print's
// column ("... a la Organiz" / "ación"), no line of its own.
func cutRests(pages []actas.Page, width int) int {
	n := 0
	for _, p := range pages {
		lines := strings.Split(p.Text, "\n")
		for i := 1; i < len(lines); i++ {
			if utf8.RuneCountInString(lines[i-1]) >= width-1 {
				if c := utf8.RuneCountInString(lines[i]); c > 0 && c < width-1 {
					n++
				}
			}
		}
	}
	return n
}

// wordWrapped counts the short lines whose text goes on at the next line
// because its first word would not fit: the mark of a text wrapped at word
// boundaries (a re-wrap), where a print cut at a column fills every line. A
// capitalised first word counts too ("... a la Secretaría" / "Técnica que
// ..."): in a column print a short line ends a paragraph, seldom one whose
// next word would not have fitted.
func wordWrapped(pages []actas.Page, width int) int {
	n := 0
	for _, p := range pages {
		lines := strings.Split(p.Text, "\n")
		for i := 0; i+1 < len(lines); i++ {
			l := utf8.RuneCountInString(lines[i])
			w := strings.Fields(lines[i+1])
			if l == 0 || l >= width-1 || len(w) == 0 || !unicode.IsLetter(firstRune(w[0])) {
				continue
			}
			if l+1+utf8.RuneCountInString(w[0]) > width {
				n++
			}
		}
	}
	return n
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// vocabulary collects the folded words of the document that are not at a
// possible cut (the end of a full line, the start of the line after it).
func vocabulary(pages []actas.Page, width int) map[string]bool {
	v := map[string]bool{}
	for _, p := range pages {
		lines := strings.Split(p.Text, "\n")
		for i, l := range lines {
			words := strings.FieldsFunc(l, notLetter)
			if len(words) == 0 {
				continue
			}
			from, to := 0, len(words)
			if utf8.RuneCountInString(l) >= width-1 {
				to--
			}
			if i > 0 && utf8.RuneCountInString(lines[i-1]) >= width-1 && startsWithLetter(l) {
				from++
			}
			for _, w := range words[min(from, to):max(to, 0)] {
				v[strings.ToLower(w)] = true
			}
		}
	}
	return v
}

// unwrapText joins the cut words of one page, and a full line to the next
// where the sentence goes on there, so the print's paragraphs come one per
// line as in other formats.
func unwrapText(text string, width int, vocab map[string]bool) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		next := lines[i+1]
		full := utf8.RuneCountInString(l) >= width-1 && !gridLine(l) && !gridLine(next) && !furnitureLine(l) && !furnitureLine(next)
		if full && (cut(l, next, vocab) || strings.HasPrefix(next, " ") && goesOn(l, next)) {
			continue // no line break: the word goes on, or the space the cut left opens the next line
		}
		if full && goesOn(l, next) {
			b.WriteByte(' ') // the print broke the line at a space, not the writer
			continue
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// furnitureLine reports a rule ("_____") or a footer with its page number
// ("Red de Funcionarios de Enlace ...   Página 2"): the width of the print,
// no sentence the print wrapped.
func furnitureLine(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 5 && strings.Trim(t, "_=-–—*. ") == "" || defaultRules.match(t, true) || reFooterPage.MatchString(t)
}

// reFooterPage matches a line that ends with a page number set apart by
// spaces ("Red de Funcionarios de Enlace ...      Página 2").
var reFooterPage = regexp.MustCompile(`(?i)\S\s{3,}(?:p[áa]gina|p[áa]g\.?|page)\s*\d{1,4}(?:\s*(?:de|of|/)\s*\d{1,4})?$`)

// gridLine reports a line of a table drawn with bars and rules ("| 5  |
// Convene ... |", "+----+----+"): its width is the table's, no wrap.
func gridLine(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") || strings.HasPrefix(t, "+-")
}

// cut decides whether the break between line and next splits a word.
func cut(line, next string, vocab map[string]bool) bool {
	if line == "" || next == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsDigit(last) && unicode.IsDigit(first) {
		return true // a number cut: "de 200|1"
	}
	if (unicode.IsLetter(last) || unicode.IsDigit(last)) && strings.ContainsRune(").,;:]", first) {
		return true // closing punctuation never opens a line: "(CRM|)"
	}
	if !unicode.IsLetter(last) || !unicode.IsLetter(first) {
		return false
	}
	head := lastWord(line)
	tail := firstWord(next)
	joined := strings.ToLower(head + tail)
	if vocab[joined] {
		return true
	}
	lex := lexicon()
	h, t := strings.ToLower(head), strings.ToLower(tail)
	known := func(w string) bool { return vocab[w] || lex[w] || functionWords[w] }
	if lex[joined] && !(known(h) && known(t)) {
		return true // "Se|ptember", "Costa Ric|a": a word of the reference data, and a piece that is none ("y|a" stays two)
	}
	r, _ := utf8.DecodeRuneInString(tail)
	if unicode.IsUpper(r) && !isUpper(head) {
		return false // a new sentence or name
	}
	if functionWords[strings.ToLower(tail)] || functionWords[strings.ToLower(head)] {
		return false // "Por su parte | el Gobierno"
	}
	return !(vocab[h] || lex[h]) || !(vocab[t] || lex[t])
}

// lexicon is the words of the reference data (country, city and
// organisation names, cue phrases, month names): words a print may cut
// that a short document uses nowhere else, read once.
var lexicon = sync.OnceValue(func() map[string]bool {
	lex := map[string]bool{}
	files, err := fs.Glob(data.FS, "*.csv")
	if err != nil {
		return lex
	}
	for _, f := range files {
		b, err := fs.ReadFile(data.FS, f)
		if err != nil {
			continue
		}
		for _, w := range strings.FieldsFunc(string(b), notLetter) {
			if utf8.RuneCountInString(w) >= 2 {
				lex[strings.ToLower(w)] = true
			}
		}
	}
	return lex
})

// functionWords are short words that stand on their own at a line's edge.
var functionWords = map[string]bool{
	"el": true, "la": true, "los": true, "las": true, "de": true, "del": true, "y": true, "e": true,
	"o": true, "a": true, "en": true, "que": true, "se": true, "su": true, "sus": true, "por": true,
	"con": true, "al": true, "un": true, "una": true, "the": true, "of": true, "and": true, "to": true,
	"in": true, "an": true, "for": true, "on": true, "by": true, "with": true, "as": true, "at": true,
	"is": true, "it": true, "or": true,
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, notLetter)
	return s[i+1:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, notLetter); i >= 0 {
		return s[:i]
	}
	return s
}

func isUpper(s string) bool { return s != "" && strings.ToUpper(s) == s }

// goesOn reports whether the text of a full line goes on at the next line:
// the next line opens no list item and is no new sentence after a stop
// ("... the Regional" / "Consultation Group ..."; not "... solidarity." /
// "The Government ..."), and the next line is not indented as a point is.
func goesOn(line, next string) bool {
	t := strings.TrimLeft(next, " ")
	if t == "" || len(next)-len(t) > 1 || opensItem(t) || printedGlyph(t) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, " "))
	first, _ := utf8.DecodeRuneInString(t)
	return !(strings.ContainsRune(".:;!?", last) && (unicode.IsUpper(first) || unicode.IsDigit(first)))
}

// printedGlyph reports a line that opens with a character a printer wrote
// as an octal escape and a space ("\\225 To adopt ..."): a bullet.
func printedGlyph(t string) bool {
	if len(t) < 5 || t[0] != '\\' || t[4] != ' ' {
		return false
	}
	_, ok := octalByte(t[1:4])
	return ok
}
