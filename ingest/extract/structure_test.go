package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStructureReports extracts reports written in the habits of unseen
// archives (ACUERDO No. 1 after an agenda, sections that restart numbering,
// verbs in capitals, roman chapters holding dotted points, o and private-use
// sub-bullets, OCR bullets, signature blocks, plain declaration paragraphs,
// lost line breaks; narrative sections and dashed participants before the
// operative lead-in, points labelled "Acuerdo 1:", sublists among unnumbered
// paragraphs; numbered sections holding lead-ins, roman chapters over
// bullets, party headings over lettered points, headings damaged by OCR; an
// agenda or delegation list that a lead-in follows with no blank line, a
// running header parted by bars, star bullets under topic headings, a page
// break under a chapter heading below the lead-in, a clause of a lead-in
// over its own bulleted list) and compares their
// agreement numbers with the expected ones written by hand in NAME.numbers.
func TestStructureReports(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/structure/*.txt")
	held, _ := filepath.Glob("testdata/heldout/*.txt")
	files = append(files, held...)
	if len(files) < 7 {
		t.Fatalf("%d structure reports, want at least 7", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".numbers")
			if err != nil {
				t.Fatal(err)
			}
			got := numbersOf(t, x, f, string(src))
			if got != strings.TrimSpace(string(want)) {
				t.Errorf("agreements\n  got  %s\n  want %s", got, strings.TrimSpace(string(want)))
			}
		})
	}
}

// TestNextLineAsked holds signOffWrapped and heading, which read the next
// line only for a line that may open a closing formula or head a list, to
// the readings that took the next line first, at every line of the test
// reports and their perturbations as the parser reaches it.
func TestNextLineAsked(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*/*.txt")
	files = append(files, "Dada en la Ciudad de Panamá, Panamá, el 27 de junio de\n2014.\n")
	for _, f := range files {
		text := f
		if b, err := os.ReadFile(f); err == nil {
			text = string(b)
		}
		variants := []string{text}
		for _, pt := range perturbations {
			variants = append(variants, pt.fn(text))
		}
		for _, v := range variants {
			p := &parser{text: v, rules: x.rules, cur: &block{}, breaks: readBreaks(v, splitLines(v))}
			p.blocks = []*block{p.cur}
			lines := splitTopics(v, splitLines(v))
			p.findRepeats(lines)
			p.furniture = furnitureLines(v, lines)
			for i, ln := range lines {
				if s := strings.TrimSpace(v[ln.start:ln.end]); s != "" {
					next := p.nextText(lines, i)
					long := len(next) > 60 && !(signOffWord(s) && len(next) <= 160)
					want := !(next == "" || len(s) > 120 || long || !startsUpper(s) || strings.ContainsAny(s[len(s)-1:], ".:;")) && p.isSignOff(s+" "+next)
					if got := p.signOffWrapped(lines, i, s); got != want {
						t.Fatalf("%s: signOffWrapped(%q) = %v, want %v", f, s, got, want)
					}
					below := p.headingNext(lines, i, s)
					wantKind, wantOK := p.heading(s, func() string { return below })
					if kind, ok := p.heading(s, func() string { return p.headingNext(lines, i, s) }); kind != wantKind || ok != wantOK {
						t.Fatalf("%s: heading(%q) = %q, %v; want %q, %v", f, s, kind, ok, wantKind, wantOK)
					}
				}
				if p.stopped {
					break
				}
				p.handle(lines, i, ln)
			}
		}
	}
}
