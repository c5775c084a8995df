package ocr

import (
	"context"
	"runtime"
	"slices"
	"sync"
)

// pool hands out the process's OCR slots, one per core. When a slot frees,
// a waiting page of a document whose language is known goes first: a page
// read in one language is faster than one read in all candidates, which
// is how a page is read while its document's language is unknown.
type pool struct {
	mu      sync.Mutex
	free    int
	waiting []*ticket
}

// ticket is a page waiting for a slot; ready receives when it has one.
type ticket struct {
	doc   *document
	ready chan struct{}
}

// slots is the pool of the whole process.
var slots = &pool{free: runtime.NumCPU()}

// acquire waits for a slot for a page of doc, or for ctx to end.
func (p *pool) acquire(ctx context.Context, doc *document) error {
	p.mu.Lock()
	if p.free > 0 && len(p.waiting) == 0 {
		p.free--
		p.mu.Unlock()
		return nil
	}
	t := &ticket{doc: doc, ready: make(chan struct{}, 1)}
	p.waiting = append(p.waiting, t)
	p.mu.Unlock()
	select {
	case <-t.ready:
		return nil
	case <-ctx.Done():
		p.mu.Lock()
		i := slices.Index(p.waiting, t)
		if i >= 0 {
			p.waiting = slices.Delete(p.waiting, i, i+1)
		}
		p.mu.Unlock()
		if i < 0 {
			// The slot was handed over as ctx ended: pass it on.
			p.release()
		}
		return ctx.Err()
	}
}

// release frees a slot, handing it to the first waiting page whose
// document's language is known, else to the first waiting page.
func (p *pool) release() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.waiting) == 0 {
		p.free++
		return
	}
	i := slices.IndexFunc(p.waiting, func(t *ticket) bool { return t.doc.known() })
	if i < 0 {
		i = 0
	}
	t := p.waiting[i]
	p.waiting = slices.Delete(p.waiting, i, i+1)
	t.ready <- struct{}{}
}
