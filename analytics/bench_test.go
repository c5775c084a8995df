package analytics

import (
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkServe measures requests/s and p99 latency at 32 concurrent
// clients on loopback against a 10,000-meeting snapshot.
func BenchmarkServe(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.duckdb.snapshot")
	buildDB(b, path, []string{"schema.sql", "fixture.sql"}, "SET VARIABLE n = 10000", readTestdata(b, "generate.sql"),
		readTestdata(b, "derive.sql"))
	_, ts := startServer(b, Options{Snapshot: path})
	// The overview repeats one filter, answered from the snapshot's cache
	// after the first request; meeting pages cycle through all 10,000 ids,
	// each looked up in the snapshot's meeting index and rendered anew.
	for _, bc := range []struct {
		name string
		url  func(n int) string
	}{
		{"overview", func(int) string { return ts.URL + "/" }},
		{"meeting", func(n int) string { return fmt.Sprintf("%s/meetings/%016x", ts.URL, n%10000) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			if status, body, _ := get(b, bc.url(1)); status != 200 {
				b.Fatalf("%s: %d %s", bc.url(1), status, body)
			}
			serveLoad(b, bc.url, 32)
		})
	}
}

// serveLoad sends b.N GETs from clients goroutines and reports req/s and p99.
func serveLoad(b *testing.B, url func(n int) string, clients int) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	lat := make([]time.Duration, b.N)
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				n := i
				i++
				next.Unlock()
				if n >= b.N {
					return
				}
				t0 := time.Now()
				resp, err := client.Get(url(n))
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					b.Errorf("status %d", resp.StatusCode)
				}
				lat[n] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Microseconds())/1000, "p99-ms")
}

// readTestdata returns a testdata file's text.
func readTestdata(b testing.TB, name string) string {
	b.Helper()
	text, err := readFile(filepath.Join("testdata", name))
	if err != nil {
		b.Fatal(fmt.Errorf("testdata %s: %w", name, err))
	}
	return text
}
