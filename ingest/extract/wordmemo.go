package extract

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// wordMemo remembers a word reading's answers (a verb cue's inflected form,
// a misspelt verb) for the last words asked: the analyses read the same
// words at every token of every lead-in and point. It is a direct-mapped
// table keyed by the word and a second key (a language), safe for
// concurrent extractions: a slot's entry is replaced whole, and callers
// must not change the answers they get.
type wordMemo[V any] struct {
	seed  maphash.Seed
	slots [wordMemoSize]atomic.Pointer[wordAnswer[V]]
}

// wordMemoSize is the number of words a wordMemo holds.
const wordMemoSize = 4096

// wordAnswer is one entry of a wordMemo.
type wordAnswer[V any] struct {
	w, k string
	v    V
}

// newWordMemo returns an empty memo.
func newWordMemo[V any]() *wordMemo[V] { return &wordMemo[V]{seed: maphash.MakeSeed()} }

// get returns read() for the word w and key k, from the memo when they were
// asked lately.
func (m *wordMemo[V]) get(w, k string, read func() V) V {
	h := maphash.String(m.seed, w)
	for i := 0; i < len(k); i++ { // k is short: a language
		h = (h ^ uint64(k[i])) * 0x100000001b3
	}
	slot := &m.slots[h%wordMemoSize]
	if e := slot.Load(); e != nil && e.w == w && e.k == k {
		return e.v
	}
	v := read()
	slot.Store(&wordAnswer[V]{w: strings.Clone(w), k: k, v: v}) // a clone: w may be cut from a whole text
	return v
}

// reset forgets every answer (a rule set that changes after it was read).
func (m *wordMemo[V]) reset() {
	for i := range m.slots {
		m.slots[i].Store(nil)
	}
}
