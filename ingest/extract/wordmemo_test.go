package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// checkWordReadings reports an error when a memoized reading of w (stemCue,
// inflectedOf, fuzzyCue in each language) differs from the reading without
// the memo.
func checkWordReadings(t *testing.T, r *rules, w string) {
	t.Helper()
	if e, ok := r.actions.stemCue(w); true {
		if e1, ok1 := r.actions.stemCue1(w); ok != ok1 || !reflect.DeepEqual(e, e1) {
			t.Errorf("stemCue(%q) = %v %v, want %v %v", w, e, ok, e1, ok1)
		}
	}
	if got, want := r.actions.inflectedOf(w), r.actions.inflectedOf1(w); !reflect.DeepEqual(got, want) {
		t.Errorf("inflectedOf(%q) = %v, want %v", w, got, want)
	}
	for _, lang := range []string{"", "en", "es"} {
		e, ok := r.fuzzyCue(w, lang)
		if e1, ok1 := r.fuzzyCue1(w, lang); ok != ok1 || !reflect.DeepEqual(e, e1) {
			t.Errorf("fuzzyCue(%q, %q) = %v %v, want %v %v", w, lang, e, ok, e1, ok1)
		}
	}
}

// testWords returns the folded words of the test reports and the misspelt
// cue words the rules know.
func testWords(t testing.TB, r *rules) []string {
	files, _ := filepath.Glob("testdata/*/*.txt")
	seen := map[string]bool{}
	var out []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range tokenize1(string(b), true) {
			if !seen[tk.fold] {
				seen[tk.fold] = true
				out = append(out, tk.fold)
			}
		}
	}
	for w := range r.typos {
		out = append(out, w)
	}
	return out
}

// TestWordMemo checks the memoized word readings against the readings
// without the memo for every word of the test reports, asked twice over
// (more words than the memo holds, so answers are replaced too), from
// several goroutines at once.
func TestWordMemo(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := testWords(t, x.rules)
	words = append(words, "", "a", "tomó", "encomendó", "acogieron", "welcomed", "solicitarr", "agradeser", "encornendar")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				for k := range words {
					checkWordReadings(t, x.rules, words[(k+g*len(words)/4)%len(words)])
				}
			}
		}()
	}
	wg.Wait()
}

// TestWordMemoAdd checks that a cue added after a word was read changes
// the word's memoized reading as it changes the reading without the memo.
func TestWordMemoAdd(t *testing.T) {
	ps := newPhraseSet()
	ps.add("tomar nota", "verb", "", "es")
	if _, ok := ps.stemCue("aprobaron"); ok {
		t.Fatal("aprobaron read before aprobar is a cue")
	}
	if got := ps.inflectedOf("aprobaron"); len(got) != 0 {
		t.Fatalf("inflectedOf(aprobaron) = %v before aprobar is a cue", got)
	}
	ps.add("aprobar", "verb", "", "es")
	if _, ok := ps.stemCue("aprobaron"); !ok {
		t.Error("aprobaron not read after aprobar was added")
	}
	if got := ps.inflectedOf("aprobaron"); len(got) != 1 {
		t.Errorf("inflectedOf(aprobaron) = %v after aprobar was added", got)
	}
}

// FuzzWordMemo checks the memoized word readings against the readings
// without the memo for any word, asked twice.
func FuzzWordMemo(f *testing.F) {
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, w := range []string{"tomó", "encomendó", "solicitarle", "acogieron", "welcomed", "requessted", "endorscd", "encornendar", "ñandú", "\xff\xfe"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for range 2 {
			checkWordReadings(t, x.rules, w)
			checkWordReadings(t, x.rules, fold(w))
		}
	})
}
