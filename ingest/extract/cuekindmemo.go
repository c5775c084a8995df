package extract

import (
	"hash/maphash"
	"sync/atomic"
)

// cueKindMemo remembers cueKindOf's answers for recent texts: the structure
// parser asks for the kind of a block's lead-in again as the block grows
// (1,579 asks a pass of the test reports, for 761 texts). It is a
// direct-mapped table keyed by content and rules, as the token cache.
var cueKindMemo struct {
	seed    maphash.Seed
	entries [cueKindMemoSize]atomic.Pointer[cueKindEntry]
}

// cueKindMemoSize is the number of texts cueKindMemo holds.
const cueKindMemoSize = 256

// cueKindEntry is one entry of cueKindMemo.
type cueKindEntry struct {
	r       *rules
	s, kind string
}

func init() { cueKindMemo.seed = maphash.MakeSeed() }

// memoCueKind returns cueKindOf1(t, r), from the memo when t was asked lately.
func memoCueKind(t string, r *rules) string {
	slot := &cueKindMemo.entries[maphash.String(cueKindMemo.seed, t)%cueKindMemoSize]
	if e := slot.Load(); e != nil && e.r == r && e.s == t {
		return e.kind
	}
	k := cueKindOf1(t, r)
	slot.Store(&cueKindEntry{r: r, s: t, kind: k})
	return k
}
