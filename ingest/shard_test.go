package ingest

import (
	"fmt"
	"testing"
)

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"0/4", Shard{0, 4}, true},
		{"3/4", Shard{3, 4}, true},
		{" 1 / 2 ", Shard{1, 2}, true},
		{"4/4", Shard{}, false},
		{"-1/4", Shard{}, false},
		{"1/0", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
	}
	for _, tt := range tests {
		got, err := ParseShard(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestShardPartition checks that the shards of N split paths exactly and
// about evenly.
func TestShardPartition(t *testing.T) {
	const n, files = 4, 4000
	counts := make([]int, n)
	for i := range files {
		path := fmt.Sprintf("/archive/%03d/report-%d.txt", i/100, i)
		owners := 0
		for k := range n {
			if (Shard{k, n}).Has(path) {
				owners++
				counts[k]++
			}
		}
		if owners != 1 {
			t.Fatalf("%s is in %d shards", path, owners)
		}
	}
	for k, c := range counts {
		if c < files/n*8/10 || c > files/n*12/10 {
			t.Errorf("shard %d/%d holds %d of %d files", k, n, c, files)
		}
	}
	if !(Shard{}).Has("/any") {
		t.Error("the zero shard must keep every file")
	}
}
