package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
)

// matchKindRef is matchKind as first written, over all the cues of the
// first word: the reference TestMatchKind holds the indexed version to.
func (p *phraseSet) matchKindRef(toks []token, i int, kind string) (cueEntry, int, bool) {
	if i >= len(toks) || !p.first.MayHold(toks[i].fold) {
		return cueEntry{}, i, false
	}
	for _, e := range p.byFirst[toks[i].fold] {
		if j, ok := matchWords(toks, i, e.words); ok && e.kind == kind {
			return e, j, true
		}
	}
	return cueEntry{}, i, false
}

// TestMatchKind checks that matchKind finds what matchKindRef finds, for
// every cue set and kind, at every token of the test reports.
func TestMatchKind(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r := x.rules
	sets := []*phraseSet{r.structure, r.actions, r.actionNouns, r.participants, r.bodyWords, r.gratitude, r.sections, r.columns}
	files, _ := filepath.Glob("testdata/*/*.txt")
	found := 0
	for _, p := range files[:min(len(files), 40)] {
		s, _ := os.ReadFile(p)
		toks := tokenize1(string(s), false)
		for _, set := range sets {
			for kind := range set.kinds {
				for _, k := range []string{kind, kind + "x"} {
					for i := 0; i <= len(toks); i++ {
						e, j, ok := set.matchKind(toks, i, k)
						we, wj, wok := set.matchKindRef(toks, i, k)
						if ok != wok || j != wj || !reflect.DeepEqual(e, we) {
							t.Fatalf("%s: matchKind(%d, %q) = %v %d %v, want %v %d %v", p, i, k, e, j, ok, we, wj, wok)
						}
						if ok {
							found++
						}
					}
				}
			}
		}
	}
	if found == 0 {
		t.Error("no cue found: the test tests nothing")
	}
}

// TestPhrasesConcurrent checks that phrases answers, from goroutines at
// once and again from its cache, the cues of the kinds asked.
func TestPhrasesConcurrent(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	set := x.rules.structure
	asks := [][]string{{"operative"}, {"operative", "preamble", "end"}, {"end", "operative"}, {"nokind"}, {}}
	want := make([]map[string][]phrase, len(asks))
	for i, kinds := range asks {
		want[i] = map[string][]phrase{}
		for w, list := range set.byFirst {
			for _, e := range list {
				if slices.Contains(kinds, e.kind) {
					want[i][w] = append(want[i][w], e.words)
				}
			}
		}
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				for i, kinds := range asks {
					if got := set.phrases(kinds...); !reflect.DeepEqual(got.byFirst, want[i]) {
						t.Errorf("phrases(%q) = %v, want %v", kinds, got.byFirst, want[i])
					}
				}
			}
		})
	}
	wg.Wait()
}
