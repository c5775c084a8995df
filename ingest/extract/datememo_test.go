package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestDateMemo checks that findDates with its memo returns what the reading
// it remembers does, for every line, paragraph and whole test report, asked
// once and again after the first answer was changed.
func TestDateMemo(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts := append(strings.Split(string(b), "\n"), strings.Split(string(b), "\n\n")...)
		for _, s := range append(texts, string(b)) {
			want := numericDates(s)
			if hasMonthPrefix(s) && foldedHasMonth(s) {
				want = findDates1(s)
			}
			dateMemo.clear()
			first := findDates(s)
			if !reflect.DeepEqual(first, want) {
				t.Fatalf("%s: findDates(%q) = %v, want %v", p, s, first, want)
			}
			for i := range first {
				first[i].pos = -1 // a caller's change stays its own
			}
			if again := findDates(s); !reflect.DeepEqual(again, want) {
				t.Fatalf("%s: findDates(%q) again = %v, want %v", p, s, again, want)
			}
		}
	}
}

// TestScratchTokens checks that scratchTokens and scratchWords cut the
// tokens tokenize1 does, whether the text's tokens are cached or not.
func TestScratchTokens(t *testing.T) {
	for _, s := range []string{"", "Los Viceministros ACORDARON:", "état, «Año» – 3º", "a\u00a0b\tc\nd", strings.Repeat("veintiséis de Mayo, ", 80)} {
		want := tokenize1(s, false)
		for _, cached := range []bool{false, true} {
			clearTokenCache()
			if cached {
				tokens(s, false)
			}
			got, done := scratchTokens(s)
			if !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
				t.Errorf("%q cached=%v: scratchTokens %v, want %v", s, cached, got, want)
			}
			done()
		}
		// scratchWords, the words alone, with the words or all the tokens cached
		wantWords := tokenize1(s, true)
		for _, cached := range []int{0, 1, 2} {
			clearTokenCache()
			if cached > 0 {
				tokens(s, cached == 1)
			}
			got, done := scratchWords(s)
			if !reflect.DeepEqual(got, wantWords) && (len(got) > 0 || len(wantWords) > 0) {
				t.Errorf("%q cached=%d: scratchWords %v, want %v", s, cached, got, wantWords)
			}
			done()
		}
	}
}
