package ocr

import (
	"context"
	"sync"
	"testing"
	"time"
)

// waitQueued waits until n pages wait in p.
func waitQueued(t *testing.T, p *pool, n int) {
	t.Helper()
	for range 1000 {
		p.mu.Lock()
		got := len(p.waiting)
		p.mu.Unlock()
		if got == n {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("%d pages never waited", n)
}

func TestPoolPrefersKnownLanguage(t *testing.T) {
	p := &pool{free: 1}
	unknown, known := &document{}, &document{lang: Spanish}
	ctx := context.Background()
	if err := p.acquire(ctx, unknown); err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 2)
	var wg sync.WaitGroup
	wg.Go(func() { p.acquire(ctx, unknown); got <- "unknown"; p.release() })
	waitQueued(t, p, 1)
	wg.Go(func() { p.acquire(ctx, known); got <- "known"; p.release() })
	waitQueued(t, p, 2)
	p.release()
	wg.Wait()
	if first, second := <-got, <-got; first != "known" || second != "unknown" {
		t.Errorf("slots went to %s then %s, want the page of known language first", first, second)
	}
	if p.free != 1 || len(p.waiting) != 0 {
		t.Errorf("pool left with %d free, %d waiting", p.free, len(p.waiting))
	}
}

func TestPoolCancelledWait(t *testing.T) {
	p := &pool{free: 1}
	d := &document{}
	if err := p.acquire(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error)
	go func() { errc <- p.acquire(ctx, d) }()
	waitQueued(t, p, 1)
	cancel()
	if err := <-errc; err == nil {
		t.Fatal("a cancelled wait got a slot")
	}
	p.release()
	if p.free != 1 || len(p.waiting) != 0 {
		t.Errorf("pool left with %d free, %d waiting", p.free, len(p.waiting))
	}
}
