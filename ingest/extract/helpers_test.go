package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"actas/ingest/internal/numeral"
)

// FuzzHelpers holds the allocation-free lexical helpers to the code they
// replaced: isAnnexHeading to the count of strings.Fields, splitLines to the
// lines appended one by one, spanText to the joined spans.
func FuzzHelpers(f *testing.F) {
	for _, s := range []string{"", "\n", "ANEXO I", " anexo  uno dos tres cuatro cinco seis siete ocho nueve diez once doce", "Annex: a b c d e f g h i j k l m",
		"  APPENDIX\u00a0II\n\tlist", "ANEXO\n\nDELEGACIONES", "a\u2003b", "annexes", "Anexo:", "a\u00a0b", "a\u0085", "\u3000x", "a\u1680b", "x\u205f", "a\u2029b", "“a” – b", "\xf0\xe2\x80\x80", "\xe2\x80", "\xe1\x9a", "a b", " a", "a "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(strings.TrimSpace(s))
		if got, want := isAnnexHeading(s), len(fs) > 0 && len(fs) <= 12 && annexWord(fs[0]); got != want {
			t.Fatalf("isAnnexHeading(%q) = %v, want %v", s, got, want)
		}
		var want []line
		start := 0
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == '\n' {
				ind := 0
				for _, r := range s[start:i] {
					if r == ' ' {
						ind++
					} else if r == '\t' {
						ind += 4
					} else {
						break
					}
				}
				want = append(want, line{start: start, end: i, indent: ind})
				start = i + 1
			}
		}
		if got, want := squashed(s), squashedRef(s); got != want {
			t.Fatalf("squashed(%q) = %v, want %v", s, got, want)
		}
		for _, limit := range []int{0, 1, 8, 120} {
			if got, want := squashLen(s, limit), min(len(squash(s)), limit+1); got != want {
				t.Fatalf("squashLen(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
		lines := splitLines(s)
		if !reflect.DeepEqual(lines, want) {
			t.Fatalf("splitLines(%q) = %v, want %v", s, lines, want)
		}
		var wantTable []tableLine // textLines cuts the lines splitLines does, without indents
		for _, l := range want {
			wantTable = append(wantTable, tableLine{l.start, l.end})
		}
		if got := textLines(s); !reflect.DeepEqual(got, wantTable) {
			t.Fatalf("textLines(%q) = %v, want %v", s, got, wantTable)
		}
		p := &parser{text: s}
		var spans []span
		joined := ""
		for _, ln := range lines {
			spans = append(spans, span{ln.start, ln.end})
			joined += s[ln.start:ln.end] + "\n"
		}
		if got := p.spanText(spans); got != joined {
			t.Fatalf("spanText(%q) = %q, want %q", s, got, joined)
		}
	})
}

// FuzzTrimRightSpace holds trimRightSpace to strings.TrimRight.
func FuzzTrimRightSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a.\u00a0 \n", "x\xc2", "x\xa0", "\xe0\xc2\xa0", "\u00a0\u00a0", "b\t\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimRightSpace(s), strings.TrimRight(s, spaces+"\u00a0"); got != want {
			t.Fatalf("trimRightSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzStampWords holds stampWords to the lower-cased line it replaced.
func FuzzStampWords(f *testing.F) {
	for _, s := range []string{"", "DRAFT", "Borrador", "confidencial", "Impreso el 3/4/2015", "PRINTED ON", "see HTTP://x", "WWW.oas.org",
		"İmpreso el", "PRİNTED ON", "draſt", "\u212aey", "printed  on", "wwwx", "drafts"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := string(appendLower(nil, s)) // as isStamp lower-cased the line
		want := strings.Contains(low, "http") || strings.Contains(low, "www.") || strings.Contains(low, "impreso el") ||
			strings.Contains(low, "printed on") || low == "confidencial" || low == "draft" || low == "borrador"
		if got := stampWords(s); got != want {
			t.Fatalf("stampWords(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestMarkerWords checks that the filter before the ordinal and point-word
// lookups holds every key of both maps.
func TestMarkerWords(t *testing.T) {
	for _, m := range []map[string]bool{func() map[string]bool {
		k := map[string]bool{}
		for w := range ordinals {
			k[w] = true
		}
		return k
	}(), pointWords} {
		for w := range m {
			if !markerWords.MayHoldBytes([]byte(w)) {
				t.Errorf("markerWords refuses %q", w)
			}
		}
	}
}

// TestCueIndexFilter checks that the filter of each cue index foldedHolds
// reads holds every first word of the index.
func TestCueIndexFilter(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []*phraseSet{x.rules.structure, x.rules.participants, x.rules.actions, x.rules.sections} {
		kinds := map[string]bool{}
		for _, list := range set.byFirst {
			for _, e := range list {
				kinds[e.kind] = true
			}
		}
		for k := range kinds {
			ix := set.phrases(k)
			for w := range ix.byFirst {
				if !ix.first.MayHold(w) {
					t.Errorf("the filter of %s cues refuses %q", k, w)
				}
			}
		}
	}
}

// romanValueRef is romanValue as first written.
func romanValueRef(s string) int {
	if s == "" || len(s) > 8 {
		return 0
	}
	low := strings.ToLower(s)
	if low != s && strings.ToUpper(s) != s {
		return 0
	}
	total, prev := 0, 0
	rs := []rune(low)
	for i := len(rs) - 1; i >= 0; i-- {
		v := romanDigit(rs[i])
		if v == 0 {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	if total <= 0 || total > 60 || numeral.Roman(total) != low {
		return 0
	}
	return total
}

// FuzzRomanValue holds romanValue to romanValueRef.
func FuzzRomanValue(f *testing.F) {
	for _, s := range []string{"", "i", "IV", "iV", "xxxviii", "XL", "lx", "lxi", "İİ", "Ii", "mcm", "vv", "ix1", "XIV."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := romanValue(s), romanValueRef(s); got != want {
			t.Fatalf("romanValue(%q) = %d, want %d", s, got, want)
		}
	})
}

// seedReportParagraphs adds each paragraph of the test reports to f's seed
// corpus and returns the reports' texts.
func seedReportParagraphs(f *testing.F) []string {
	texts := testReports(f)
	for _, s := range texts {
		for _, l := range strings.Split(s, "\n\n") {
			f.Add(l)
		}
	}
	return texts
}

// squashedRef is squashed reading every rune, the reference FuzzHelpers
// holds it to.
func squashedRef(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return !prevSpace || s == ""
}

// reportsAndVariants returns the text of every test report and of each of
// its perturbations.
func reportsAndVariants(t testing.TB) []string {
	t.Helper()
	var texts []string
	for _, s := range testReports(t) {
		texts = append(texts, s)
		for _, pt := range perturbations {
			texts = append(texts, pt.fn(s))
		}
	}
	return texts
}

// testReports returns the text of every test report (testdata/*/*.txt).
func testReports(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob("testdata/*/*.txt")
	var texts []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
