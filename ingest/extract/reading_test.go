package extract

import (
	"testing"
)

// readingGates are the cue sets the cue gates ask about, for the tests of
// reading against foldedHolds.
func readingGates(x *Extractor) []*cueIndex {
	return []*cueIndex{x.rules.structure.phrases("operative", "preamble", "end"), x.rules.structure.phrases("operative"),
		x.rules.sections.phrases("closed"), x.rules.sections.phrases("closing"), x.rules.sections.phrases("colophon"),
		x.rules.participants.phrases("observer"), x.rules.participants.phrases("annex"), x.rules.participants.phrases("origin"),
		x.rules.structure.phrases("serves_as"), x.rules.structure.phrases("chaired_by"),
		x.rules.participants.phrases("participation", "excused", "label", "observer"), x.rules.structure.phrases("participation", "label", "observer"),
		x.rules.structure.phrases("end"), x.rules.structure.phrases("topic"), x.rules.bodyWords.phrases("optional")}
}

// checkReading compares the reading of s with what it stands in for: its
// fold with fold, its spans with the tokens tokenize1 cuts, its cue tests
// with foldedHoldsFrom, and its tokens with tokenize.
func checkReading(t *testing.T, x *Extractor, gates []*cueIndex, s string) {
	t.Helper()
	rd := readingOf(s)
	r := &rd
	for _, first := range []int{-1, 0, 1, 5} {
		for k, g := range gates {
			if got, want := r.holdsFrom(g, first), foldedHoldsFrom(s, g, first); got != want {
				t.Fatalf("reading(%q).holdsFrom(gate %d, %d) = %v, want %v", s, k, first, got, want)
			}
		}
	}
	if string(r.folded) != fold(s) {
		t.Fatalf("reading(%q).folded = %q, want %q", s, r.folded, fold(s))
	}
	toks := tokenize1(s, false)
	if len(toks) != len(r.spans) {
		t.Fatalf("reading(%q): %d spans, %d tokens", s, len(r.spans), len(toks))
	}
	for k, tk := range toks {
		sp := r.spans[k]
		if int(sp.start) != tk.start || int(sp.end) != tk.end || string(r.folded[sp.fstart:sp.fend]) != tk.fold {
			t.Fatalf("reading(%q): span %d is %d-%d %q, token %d-%d %q", s, k, sp.start, sp.end, r.folded[sp.fstart:sp.fend], tk.start, tk.end, tk.fold)
		}
	}
	if got := r.tokens(); len(got) != len(toks) {
		t.Fatalf("reading(%q).tokens(): %d tokens, want %d", s, len(got), len(toks))
	}
}

// TestReading holds the reading to foldedHoldsFrom, fold and tokenize on
// every paragraph and line of the test reports.
func TestReading(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	gates := readingGates(x)
	n := 0
	for _, text := range testReports(t) {
		for _, s := range sentences(text) {
			checkReading(t, x, gates, s)
			n++
		}
		for _, ln := range splitLines(text) {
			checkReading(t, x, gates, text[ln.start:ln.end])
			n++
		}
	}
	if n < 8000 {
		t.Fatalf("only %d texts read", n)
	}
}

// FuzzReading is TestReading on any text.
func FuzzReading(f *testing.F) {
	seedReportParagraphs(f)
	for _, s := range []string{"", "a\u00c9b", "\xff en calidad de observadores\xc3", "`Participaron´ \u00a0las delegaciones:", "ſ İ ß ﬁ", "OBSERVADORES:\tChile", "x\u2028y\u3000z"} {
		f.Add(s)
	}
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	gates := readingGates(x)
	f.Fuzz(func(t *testing.T, s string) { checkReading(t, x, gates, s) })
}
