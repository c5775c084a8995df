package worker

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync/atomic"
	"time"
)

// closeGrace is how long a child asked to exit has before it is killed.
const closeGrace = 5 * time.Second

// starts counts the children started, for tests.
var starts atomic.Int64

// proc is one long-lived child: the same binary re-executed with
// ACTAS_WORKER=pdf, serving one request at a time.
type proc struct {
	cmd      *exec.Cmd
	in       *os.File      // the child's standard input
	out      *bufio.Reader // the child's standard output
	outFile  *os.File
	stderr   *tail
	done     chan struct{} // closed when the child has exited
	waitErr  error         // how it exited, set before done is closed
	memoryMB int           // the memory limit it was started for
	files    int           // requests answered
	heapSys  uint64        // heap held from the OS at the last answer
	gen      int           // the pool's generation when it started
}

// startProc starts a child for the given memory limit.
func startProc(memoryMB int) (*proc, error) {
	exe, err := Executable()
	if err != nil {
		return nil, fmt.Errorf("pdf worker: find executable: %w", err)
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("pdf worker: %w", err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, fmt.Errorf("pdf worker: %w", err)
	}
	p := &proc{in: inW, out: bufio.NewReader(outR), outFile: outR, stderr: &tail{max: 16 << 10}, done: make(chan struct{}), memoryMB: memoryMB}
	p.cmd = exec.Command(exe)
	p.cmd.Env = append(os.Environ(), envWorker+"="+rolePDF)
	p.cmd.Stdin, p.cmd.Stdout, p.cmd.Stderr = inR, outW, p.stderr
	isolate(p.cmd)
	err = p.cmd.Start()
	inR.Close()
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		return nil, fmt.Errorf("pdf worker: start: %w", err)
	}
	starts.Add(1)
	go func() {
		p.waitErr = p.cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// exited reports whether the child has ended.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// do sends one request and waits for its answer, at most timeout. On any
// failure the child is killed and must not be used again.
func (p *proc) do(ctx context.Context, req request, timeout time.Duration, maxOut int) (response, error) {
	p.stderr.reset()
	if err := writeFrame(p.in, req); err != nil {
		p.kill()
		return response{}, fmt.Errorf("pdf worker: send request: %s (%w)", p.exitReason(), err)
	}
	type answer struct {
		resp response
		err  error
	}
	got := make(chan answer, 1)
	go func() {
		var a answer
		a.err = readFrame(p.out, maxOut, &a.resp)
		got <- a
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case a := <-got:
		if a.err == nil {
			p.files++
			p.heapSys = a.resp.HeapSys
			return a.resp, nil
		}
		p.kill()
		switch {
		case errors.Is(a.err, errOutputLimit):
			return response{}, fmt.Errorf("pdf worker: %w", a.err)
		case errors.Is(a.err, io.EOF), errors.Is(a.err, io.ErrUnexpectedEOF):
			return response{}, fmt.Errorf("pdf worker: %s", p.exitReason())
		}
		return response{}, fmt.Errorf("pdf worker: bad response: %w", a.err)
	case <-timer.C:
		p.kill()
		<-got
		return response{}, fmt.Errorf("pdf worker: killed after %v", timeout)
	case <-ctx.Done():
		p.kill()
		<-got
		return response{}, fmt.Errorf("pdf worker: %w", ctx.Err())
	}
}

// exitReason describes how the ended child died: "exit 2: fatal error: ...".
func (p *proc) exitReason() string {
	<-p.done
	return fmt.Sprintf("%s: %s", exitReason(p.waitErr), p.stderr.reason())
}

// kill ends the child's process group and releases its pipes.
func (p *proc) kill() {
	kill(p.cmd)
	<-p.done
	p.in.Close()
	p.outFile.Close()
}

// close asks the child to exit by closing its standard input and kills it
// if it has not within closeGrace.
func (p *proc) close() {
	p.in.Close()
	select {
	case <-p.done:
	case <-time.After(closeGrace):
	}
	p.kill()
}

// exitReason describes how a child ended: "exit 2" or "signal: killed".
func exitReason(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() >= 0 {
		return fmt.Sprintf("exit %d", ee.ExitCode())
	}
	if err == nil {
		return "exit 0"
	}
	return err.Error()
}
