package worker

import (
	"runtime"
	"sync"
)

// maxFiles is the number of files after which a child is replaced.
var maxFiles = 200

// children is the package's pool of idle workers.
var children pool

// pool keeps idle children for reuse, keyed by their memory limit.
type pool struct {
	mu   sync.Mutex
	idle map[int][]*proc // by Limits.MemoryMB, most recently used last
	n    int             // idle children of all keys
	gen  int             // Shutdown calls so far; older children are not kept
}

// get returns an idle child started for memoryMB, or starts one.
func (p *pool) get(memoryMB int) (*proc, error) {
	p.mu.Lock()
	for len(p.idle[memoryMB]) > 0 {
		list := p.idle[memoryMB]
		c := list[len(list)-1]
		p.idle[memoryMB] = list[:len(list)-1]
		p.n--
		if !c.exited() {
			p.mu.Unlock()
			return c, nil
		}
		c.kill()
	}
	gen := p.gen
	p.mu.Unlock()
	c, err := startProc(memoryMB)
	if c != nil {
		c.gen = gen
	}
	return c, err
}

// put returns a child after a successful request: it is kept for the next
// one unless it is worn out or runtime.NumCPU() children are idle already.
func (p *pool) put(c *proc) {
	if retire(c) {
		c.close()
		return
	}
	p.mu.Lock()
	if p.n >= runtime.NumCPU() || c.gen != p.gen {
		p.mu.Unlock()
		c.close()
		return
	}
	if p.idle == nil {
		p.idle = map[int][]*proc{}
	}
	p.idle[c.memoryMB] = append(p.idle[c.memoryMB], c)
	p.n++
	p.mu.Unlock()
}

// retire reports whether a child has served maxFiles files or its heap has
// grown past half its memory limit.
func retire(c *proc) bool {
	return c.files >= maxFiles || c.heapSys > uint64(c.memoryMB)<<20/2
}

// closeIdle ends every idle child and waits for them to exit.
func (p *pool) closeIdle() {
	p.mu.Lock()
	var all []*proc
	for _, list := range p.idle {
		all = append(all, list...)
	}
	p.idle, p.n = nil, 0
	p.gen++
	p.mu.Unlock()
	for _, c := range all {
		c.in.Close()
	}
	for _, c := range all {
		c.close()
	}
}

// Shutdown ends the idle PDF workers and those busy with a file once it is
// done. ExtractPDF may still be called afterwards and starts new ones.
func Shutdown() {
	children.closeIdle()
}
