package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"actas"
)

// perturbations mangle a report as archives do; the words and their order
// never change, so the agreements must not either.
var perturbations = []struct {
	name string
	fn   func(string) string
}{
	{"oneline", oneline},
	{"rewrap", rewrap},
	{"pages", withPages},
	{"crlf", crlfQuotes},
	{"ascii", stripAccents},
	{"noblank", noBlank},
}

var (
	reAnyBreak   = regexp.MustCompile(`\s*\n\s*`)
	reBlankLines = regexp.MustCompile(`\n[ \t]*\n+`)
	reParaSplit  = regexp.MustCompile(`\n[ \t]*\n`)
	reItemStart  = regexp.MustCompile(`^\s*(?:[0-9]+[.)]|[a-zA-Z][.)]|[ivxIVX]+[.)]|[-•–·]\s|\(?[a-z]\))`)
	reMarkerNBSP = regexp.MustCompile(`(?m)^(\s*(?:[0-9]+|[a-z])[.)])\s+`)
	reQuoted     = regexp.MustCompile(`"([^"\n]{1,200})"`)
)

// oneline loses every line break.
func oneline(s string) string { return strings.TrimSpace(reAnyBreak.ReplaceAllString(s, " ")) + "\n" }

// noBlank removes blank lines.
func noBlank(s string) string { return reBlankLines.ReplaceAllString(s, "\n") }

// rewrap re-wraps each paragraph at 60 columns, keeping list items on lines
// of their own and hyphenating every third long word cut at a line end.
func rewrap(s string) string {
	var out []string
	cut := 0
	for _, p := range reParaSplit.Split(s, -1) {
		var items [][]string
		for _, ln := range strings.Split(p, "\n") {
			if len(items) == 0 || reItemStart.MatchString(ln) {
				items = append(items, nil)
			}
			items[len(items)-1] = append(items[len(items)-1], strings.TrimSpace(ln))
		}
		var block []string
		for _, it := range items {
			line := ""
			for _, w := range strings.Fields(strings.Join(it, " ")) {
				if len(line)+1+len(w) <= 60 || line == "" {
					line = strings.TrimSpace(line + " " + w)
					continue
				}
				cut++
				if r := []rune(w); len(r) > 8 && cut%3 == 0 && isLetters(w) {
					block = append(block, line+" "+string(r[:4])+"-")
					line = string(r[4:])
					continue
				}
				block = append(block, line)
				line = w
			}
			if line != "" {
				block = append(block, line)
			}
		}
		out = append(out, strings.Join(block, "\n"))
	}
	return strings.Join(out, "\n\n") + "\n"
}

// isLetters reports whether w is letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 127 && strings.ContainsRune("áéíóúñü", r)) {
			return false
		}
	}
	return true
}

// withPages cuts the text every 20 lines with a footer, a form feed and a
// running header that repeats the title in capitals.
func withPages(s string) string {
	lines := strings.Split(s, "\n")
	head := ""
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			head = strings.ToUpper(t[:min(len(t), 60)])
			break
		}
	}
	var out []string
	n := 1
	for i, l := range lines {
		out = append(out, l)
		if i > 0 && i%20 == 0 && i < len(lines)-3 {
			out = append(out, "", fmt.Sprintf("Page %d", n), "\f"+head, "")
			n++
		}
	}
	return strings.Join(out, "\n")
}

// crlfQuotes writes Windows line ends, a no-break space after list markers
// and typographic quotes.
func crlfQuotes(s string) string {
	s = reMarkerNBSP.ReplaceAllString(s, "$1\u00a0")
	s = reQuoted.ReplaceAllString(s, "\u201c$1\u201d")
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// stripAccents writes Spanish letters without their accents.
func stripAccents(s string) string {
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ü", "u", "ñ", "n",
		"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U", "Ü", "U", "Ñ", "N").Replace(s)
}

// knownGaps reads the report/variant pairs whose agreement count still
// differs from the plain text's (testdata/perturb_known_gaps.txt).
func knownGaps(t *testing.T) map[string]bool {
	f, err := os.Open("testdata/perturb_known_gaps.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gaps := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			gaps[l] = true
		}
	}
	return gaps
}

// TestPerturbations extracts every test report and every perturbation of
// it: no step may fail, every span must lie in its page, and the agreements
// must be the plain text's, except for the listed known gaps (a gap that
// closes must leave the list).
func TestPerturbations(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	gaps := knownGaps(t)
	files, _ := filepath.Glob("testdata/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		plain := numbersOf(t, x, f, string(b))
		for _, p := range perturbations {
			key := filepath.Base(f) + " " + p.name
			got := numbersOf(t, x, key, p.fn(string(b)))
			switch {
			case got != plain && !gaps[key]:
				t.Errorf("%s: agreements\n  got  %s\n  want %s", key, got, plain)
			case got == plain && gaps[key]:
				t.Errorf("%s: listed as a known gap but now right; remove it from testdata/perturb_known_gaps.txt", key)
			}
		}
	}
}

// numbersOf extracts a text and returns its agreement numbers, checking
// that no step failed and that spans are valid.
func numbersOf(t *testing.T, x *Extractor, name, s string) string {
	t.Helper()
	pages := splitPages(s)
	doc := &actas.Document{Pages: pages}
	rep, err := x.Extract(doc)
	if err != nil {
		return "error: " + err.Error()
	}
	for _, w := range doc.Warnings {
		if strings.Contains(w, "degraded") {
			t.Errorf("%s: %s", name, w)
		}
	}
	var nums []string
	for _, a := range rep.Agreements {
		if a.Page < 1 || a.Page > len(pages) || a.CharStart < 0 || a.CharStart > a.CharEnd || a.CharEnd > len(pages[a.Page-1].Text) {
			t.Errorf("%s: agreement %s: span page %d [%d,%d) outside its page", name, a.Number, a.Page, a.CharStart, a.CharEnd)
		}
		nums = append(nums, a.Number)
	}
	return strings.Join(nums, " ")
}
