package worker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// textPDF writes a one-page PDF in Helvetica that shows text.
func textPDF(t *testing.T, dir, name, text string) string {
	t.Helper()
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		"", // content, below
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	content := fmt.Sprintf("BT /F1 12 Tf 72 700 Td (%s) Tj ET", text)
	objs[3] = fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// idle returns the idle children of the pool.
func idle() []*proc {
	children.mu.Lock()
	defer children.mu.Unlock()
	var all []*proc
	for _, list := range children.idle {
		all = append(all, list...)
	}
	return all
}

// alive reports whether a process with this id exists.
func alive(pid int) bool {
	return syscall.Kill(pid, 0) == nil
}

// extractGood extracts testdata/good.pdf and fails the test if its text is missing.
func extractGood(t *testing.T) {
	t.Helper()
	res, err := ExtractPDF(context.Background(), "testdata/good.pdf", noOCR(), testLimits)
	if err != nil {
		t.Fatalf("good PDF: %v", err)
	}
	if len(res.Pages) == 0 || !strings.Contains(res.Pages[0].Text, "Conferencia Regional sobre Migración") {
		t.Fatalf("good PDF text missing: %+v", res.Pages)
	}
}

// TestPoolReuse sends many files in a row through a single child.
func TestPoolReuse(t *testing.T) {
	Shutdown()
	before := starts.Load()
	for range 20 {
		extractGood(t)
	}
	if n := starts.Load() - before; n != 1 {
		t.Fatalf("%d children started for 20 files in a row, want 1", n)
	}
	if n := len(idle()); n != 1 {
		t.Fatalf("%d idle children, want 1", n)
	}
}

// TestPoolRecycle replaces a child after maxFiles files.
func TestPoolRecycle(t *testing.T) {
	defer func(n int) { maxFiles = n }(maxFiles)
	maxFiles = 3
	Shutdown()
	before := starts.Load()
	for range 7 {
		extractGood(t)
	}
	if n := starts.Load() - before; n != 3 {
		t.Fatalf("%d children started for 7 files at 3 per child, want 3", n)
	}
}

// TestRetire checks when a child is worn out.
func TestRetire(t *testing.T) {
	tests := []struct {
		files   int
		heapSys uint64
		want    bool
	}{
		{1, 10 << 20, false},
		{maxFiles - 1, 10 << 20, false},
		{maxFiles, 10 << 20, true},
		{1, 192 << 20, false},
		{1, 193 << 20, true},
	}
	for _, tt := range tests {
		c := &proc{memoryMB: 384, files: tt.files, heapSys: tt.heapSys}
		if got := retire(c); got != tt.want {
			t.Errorf("retire(files %d, heap %d MB) = %v, want %v", tt.files, tt.heapSys>>20, got, tt.want)
		}
	}
}

// TestTimeoutNotReused kills a looping child and starts a fresh one for
// the next file.
func TestTimeoutNotReused(t *testing.T) {
	Shutdown()
	extractGood(t)
	pool := idle()
	if len(pool) != 1 {
		t.Fatalf("%d idle children, want 1", len(pool))
	}
	pid := pool[0].cmd.Process.Pid
	lim := testLimits
	lim.Timeout = time.Second
	_, err := ExtractPDF(context.Background(), "testdata/hostile/objstm-extends.pdf", noOCR(), lim)
	if err == nil || !strings.Contains(err.Error(), "killed after 1s") {
		t.Fatalf("error %v, want killed after 1s", err)
	}
	if alive(pid) {
		t.Fatalf("child %d still alive after its timeout", pid)
	}
	if n := len(idle()); n != 0 {
		t.Fatalf("%d idle children after the timeout, want 0", n)
	}
	before := starts.Load()
	extractGood(t)
	if n := starts.Load() - before; n != 1 {
		t.Fatalf("%d children started after the timeout, want 1", n)
	}
	if got := idle()[0].cmd.Process.Pid; got == pid {
		t.Fatalf("the killed child %d was reused", pid)
	}
}

// TestCrashThenGood lets a child die of memory and extracts a good file next.
func TestCrashThenGood(t *testing.T) {
	Shutdown()
	bomb := flateBomb(t, t.TempDir())
	extractGood(t)
	_, err := ExtractPDF(context.Background(), bomb, noOCR(), testLimits)
	if err == nil || !strings.Contains(err.Error(), "pdf worker: exit") {
		t.Fatalf("error %v, want the child to die", err)
	}
	extractGood(t)
}

// TestMemoryKey never gives a request a child started with another memory limit.
func TestMemoryKey(t *testing.T) {
	Shutdown()
	extractGood(t)
	before := starts.Load()
	lim := testLimits
	lim.MemoryMB = 300
	if _, err := ExtractPDF(context.Background(), "testdata/good.pdf", noOCR(), lim); err != nil {
		t.Fatal(err)
	}
	if n := starts.Load() - before; n != 1 {
		t.Fatalf("%d children started for a new memory limit, want 1", n)
	}
	mem := map[int]int{}
	for _, c := range idle() {
		mem[c.memoryMB]++
	}
	if mem[300] != 1 || mem[384] != 1 {
		t.Fatalf("idle children by memory limit: %v", mem)
	}
}

// TestConcurrent runs many calls at once; each gets its own file's text.
// With no more callers than CPUs every child goes back to the pool.
func TestConcurrent(t *testing.T) {
	const rounds = 5
	for _, callers := range []int{runtime.NumCPU(), 8} {
		t.Run(fmt.Sprint(callers), func(t *testing.T) {
			Shutdown()
			dir := t.TempDir()
			maxStarts := callers * rounds
			if callers <= runtime.NumCPU() {
				maxStarts = callers
			}
			before := starts.Load()
			errs := make(chan error, callers*rounds)
			var wg sync.WaitGroup
			for i := range callers {
				want := fmt.Sprintf("Documento numero %d", i)
				f := textPDF(t, dir, fmt.Sprintf("f%d.pdf", i), want)
				wg.Go(func() {
					for range rounds {
						res, err := ExtractPDF(context.Background(), f, noOCR(), testLimits)
						switch {
						case err != nil:
							errs <- err
						case len(res.Pages) != 1 || !strings.Contains(res.Pages[0].Text, want):
							errs <- fmt.Errorf("%s: got %+v, want %q", f, res.Pages, want)
						}
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			n := starts.Load() - before
			t.Logf("%d children started for %d callers × %d files", n, callers, rounds)
			if n < 1 || n > int64(maxStarts) {
				t.Errorf("%d children started, want 1..%d", n, maxStarts)
			}
			if n := len(idle()); n > runtime.NumCPU() {
				t.Errorf("%d idle children, at most %d wanted", n, runtime.NumCPU())
			}
		})
	}
}

// TestShutdown ends idle children, and later calls start new ones.
func TestShutdown(t *testing.T) {
	Shutdown()
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { extractGood(t) })
	}
	wg.Wait()
	pool := idle()
	if len(pool) == 0 {
		t.Fatal("no idle children")
	}
	Shutdown()
	for _, c := range pool {
		if alive(c.cmd.Process.Pid) {
			t.Errorf("child %d alive after Shutdown", c.cmd.Process.Pid)
		}
	}
	if n := len(idle()); n != 0 {
		t.Fatalf("%d idle children after Shutdown", n)
	}
	before := starts.Load()
	extractGood(t)
	if starts.Load() == before {
		t.Fatal("no child started after Shutdown")
	}
}

// TestExitOnEOF lets a child that served a file exit by itself, with
// status 0, when its standard input closes.
func TestExitOnEOF(t *testing.T) {
	c, err := startProc(testLimits.MemoryMB)
	if err != nil {
		t.Fatal(err)
	}
	defer c.kill()
	req := request{Path: "testdata/good.pdf", Options: noOCR(), MemoryMB: testLimits.MemoryMB}
	if _, err := c.do(context.Background(), req, time.Minute, 1<<20); err != nil {
		t.Fatal(err)
	}
	c.in.Close()
	<-c.done
	if c.waitErr != nil {
		t.Fatalf("child exit: %v, want status 0", c.waitErr)
	}
}

// TestShutdownBusy does not keep a child that was busy during Shutdown.
func TestShutdownBusy(t *testing.T) {
	Shutdown()
	c, err := children.get(testLimits.MemoryMB)
	if err != nil {
		t.Fatal(err)
	}
	Shutdown()
	children.put(c)
	if n := len(idle()); n != 0 {
		t.Fatalf("%d idle children, want the busy one ended", n)
	}
	if !c.exited() {
		t.Fatal("child busy during Shutdown still running")
	}
}

// TestCancelBeforeStart starts no child for a cancelled context.
func TestCancelBeforeStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := starts.Load()
	_, err := ExtractPDF(ctx, "testdata/good.pdf", noOCR(), testLimits)
	if !errors.Is(err, context.Canceled) || starts.Load() != before {
		t.Fatalf("error %v, %d starts; want context.Canceled and none", err, starts.Load()-before)
	}
}
