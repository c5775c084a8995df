package extract

import (
	"hash/maphash"
	"sync"
	"sync/atomic"

	"actas/ingest/internal/asciiclass"
)

// tokenCache remembers the tokens of recently tokenized texts: the parsers
// ask for the words of the same line several times (one cue test after
// another), and a line is tokenized once instead. It is a direct-mapped
// table keyed by content, safe for concurrent extractions; callers must not
// change the tokens they get.
var tokenCache struct {
	seed    maphash.Seed
	entries [tokenCacheSize]atomic.Pointer[cachedTokens]
}

// tokenCacheSize is the number of cached texts; tokenCacheMax the longest
// text cached, so the cache holds at most a few megabytes.
const (
	tokenCacheSize = 1024
	tokenCacheMax  = 1024
)

// cachedTokens is one entry of tokenCache.
type cachedTokens struct {
	s         string
	wordsOnly bool
	toks      []token
}

func init() { tokenCache.seed = maphash.MakeSeed() }

// cachedTokenize returns tokens(s, wordsOnly), from the cache when s was
// tokenized lately; the slice is capped so that an append copies it.
func cachedTokenize(s string, wordsOnly bool) []token {
	if len(s) > tokenCacheMax {
		return tokenize1(s, wordsOnly)
	}
	h := maphash.String(tokenCache.seed, s)
	if wordsOnly {
		h ^= 1
	}
	slot := &tokenCache.entries[h%tokenCacheSize]
	if e := slot.Load(); e != nil && e.wordsOnly == wordsOnly && e.s == s {
		return e.toks
	}
	var toks []token
	if all := tokenCache.entries[(h^1)%tokenCacheSize].Load(); wordsOnly && all != nil && !all.wordsOnly && all.s == s {
		toks = wordsOf(all.toks) // the text's tokens are cached: keep their words
	} else {
		toks = tokenize1(s, wordsOnly)
	}
	toks = toks[:len(toks):len(toks)]
	slot.Store(&cachedTokens{s: s, wordsOnly: wordsOnly, toks: toks})
	return toks
}

// wordsOf returns the word tokens of toks.
func wordsOf(toks []token) []token {
	n := 0
	for _, t := range toks {
		if t.word {
			n++
		}
	}
	out := make([]token, 0, n)
	for _, t := range toks {
		if t.word {
			out = append(out, t)
		}
	}
	return out
}

// scratchTokens returns tokens(s, false) for a caller that keeps none of
// them: the cached tokens when s was tokenized lately, else tokens cut into a
// pooled slice that done gives back (and the cache does not keep).
func scratchTokens(s string) (toks []token, done func()) {
	return scratch(s, false)
}

// scratchWords is scratchTokens for the words alone: tokens(s, true) for a
// caller that keeps none of them.
func scratchWords(s string) (toks []token, done func()) {
	return scratch(s, true)
}

// scratch serves scratchTokens and scratchWords: the cached tokens of s (the
// words alone with wordsOnly), else a pooled slice that done gives back.
func scratch(s string, wordsOnly bool) (toks []token, done func()) {
	if len(s) <= tokenCacheMax {
		h := maphash.String(tokenCache.seed, s)
		if wordsOnly {
			h ^= 1
		}
		if e := tokenCache.entries[h%tokenCacheSize].Load(); e != nil && e.wordsOnly == wordsOnly && e.s == s {
			return e.toks, func() {}
		}
	}
	p := scratchPool.Get().(*[]token)
	if cap(*p) < len(s) { // a text has at most a token per byte: count only when it may lack room
		count := asciiclass.CountTokens
		if wordsOnly {
			count = asciiclass.CountWords
		}
		if n := count(s); cap(*p) < n {
			*p = make([]token, 0, n)
		}
	}
	toks = appendTokens((*p)[:0], s, wordsOnly)
	return toks, func() {
		clear(toks) // let the texts go
		*p = toks[:0]
		scratchPool.Put(p)
	}
}

// scratchPool holds the token slices of scratchTokens.
var scratchPool = sync.Pool{New: func() any { return new([]token) }}
