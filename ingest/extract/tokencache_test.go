package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"actas"
)

// TestTokenCacheConcurrent extracts the test reports on several goroutines at
// once, sharing the token cache, and checks each report equals the one
// extracted alone with the cache cleared.
func TestTokenCacheConcurrent(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*/*.txt")
	if len(files) > 40 {
		files = files[:40]
	}
	extract := func(p string) *actas.Report {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Error(err)
			return nil
		}
		rep, _ := x.Extract(&actas.Document{Pages: []actas.Page{{Number: 1, Text: string(b)}}})
		return rep
	}
	want := map[string]*actas.Report{}
	for _, p := range files {
		clearTokenCache()
		want[p] = extract(p)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range files {
				p := files[(k+w*7)%len(files)]
				if got := extract(p); !reflect.DeepEqual(got, want[p]) {
					t.Errorf("%s: report differs when extracted beside others", p)
				}
			}
		}()
	}
	wg.Wait()
}

// TestTokensCached checks that a cached tokenization equals a fresh one and
// cannot be grown into by a caller's append.
func TestTokensCached(t *testing.T) {
	for _, s := range []string{"", "Los Viceministros ACORDARON:", "état, «Año» – 3º", "a\u00a0b\tc\nd"} {
		for _, words := range []bool{false, true} {
			clearTokenCache()
			fresh := tokenize1(s, words)
			first, second := tokens(s, words), tokens(s, words)
			if !reflect.DeepEqual(first, fresh[:len(fresh):len(fresh)]) || !reflect.DeepEqual(second, first) {
				t.Errorf("%q words=%v: cached %v, fresh %v", s, words, second, fresh)
			}
			if cap(second) != len(second) {
				t.Errorf("%q: cached slice has spare capacity %d", s, cap(second)-len(second))
			}
		}
	}
}

// TestWordsFromCachedTokens checks that the words of a text whose tokens are
// cached are those tokenizeWords cuts.
func TestWordsFromCachedTokens(t *testing.T) {
	for _, s := range []string{"Los Viceministros ACORDARON:", "état, «Año» – 3º", "(a) y (b)."} {
		clearTokenCache()
		tokens(s, false)
		fresh := tokenize1(s, true)
		if got := tokens(s, true); !reflect.DeepEqual(got, fresh[:len(fresh):len(fresh)]) {
			t.Errorf("%q: words %v, want %v", s, got, fresh)
		}
	}
}

// clearTokenCache empties the token cache.
func clearTokenCache() {
	for i := range tokenCache.entries {
		tokenCache.entries[i].Store(nil)
	}
}
