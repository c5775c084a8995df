package ingest

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard is one of N parts of an archive: a file belongs to shard K when the
// FNV-1a hash of its path, modulo N, is K (0 <= K < N). Machines that expand
// the same paths therefore split the files among them with no coordination.
// The zero Shard keeps every file.
type Shard struct {
	K, N int
}

// ParseShard reads "K/N", 0 <= K < N.
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, err1 := strconv.Atoi(strings.TrimSpace(k))
	ni, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || ni < 1 || ki < 0 || ki >= ni {
		return Shard{}, fmt.Errorf("shard %q: want K/N with 0 <= K < N, e.g. 0/4", s)
	}
	return Shard{K: ki, N: ni}, nil
}

// Has tells whether path belongs to the shard.
func (s Shard) Has(path string) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(path))
	return h.Sum64()%uint64(s.N) == uint64(s.K)
}

// keep returns the sources of the shard and releases the others.
func (s Shard) keep(sources []*source) []*source {
	if s.N <= 1 {
		return sources
	}
	out := sources[:0:0]
	for _, src := range sources {
		if s.Has(src.path) {
			out = append(out, src)
		} else {
			src.done()
		}
	}
	return out
}
