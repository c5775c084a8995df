package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"actas/ingest/pdftext"
)

// Executable returns the path of the binary to re-execute as the worker.
var Executable = os.Executable

// errOutputLimit is raised when the child writes more than allowed.
var errOutputLimit = errors.New("output limit exceeded")

// ExtractPDF extracts the PDF at path in a child process with the given
// limits. A crash, a timeout or exhausted memory in the child becomes an
// error such as "pdf worker: killed after 60s"; the caller never crashes.
func ExtractPDF(ctx context.Context, path string, opt pdftext.Options, lim Limits) (pdftext.Result, error) {
	if IsChild() {
		// This binary was re-executed as a worker but did not call Serve
		// first thing: refuse rather than start workers recursively.
		return pdftext.Result{}, errors.New("pdf worker: the binary does not call worker.Serve when worker.IsChild (main or TestMain)")
	}
	lim = lim.withDefaults()
	st, err := os.Stat(path)
	if err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %w", err)
	}
	if st.Size() > lim.MaxBytes {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %s: file is %d bytes, limit %d", path, st.Size(), lim.MaxBytes)
	}
	exe, err := Executable()
	if err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: find executable: %w", err)
	}
	req, err := json.Marshal(request{Path: path, Options: opt, MemoryMB: lim.MemoryMB, MaxBytes: lim.MaxBytes})
	if err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %w", err)
	}
	maxOut := opt.MaxOutput
	if maxOut <= 0 {
		maxOut = pdftext.DefaultOptions().MaxOutput
	}
	stdout := &capped{max: 2*maxOut + 1<<20}
	stderr := &tail{max: 16 << 10}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), envWorker+"="+rolePDF)
	cmd.Stdin = bytes.NewReader(req)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	isolate(cmd)
	stdout.onLimit = func() { kill(cmd) }
	if err := cmd.Start(); err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: start: %w", err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	timer := time.NewTimer(lim.Timeout)
	defer timer.Stop()
	select {
	case err = <-done:
	case <-timer.C:
		kill(cmd)
		<-done
		return pdftext.Result{}, fmt.Errorf("pdf worker: killed after %v", lim.Timeout)
	case <-ctx.Done():
		kill(cmd)
		<-done
		return pdftext.Result{}, fmt.Errorf("pdf worker: %w", ctx.Err())
	}
	if stdout.over {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %w (%d bytes)", errOutputLimit, stdout.max)
	}
	if err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %s: %s", exitReason(err), stderr.reason())
	}
	res, err := decode(stdout.buf.Bytes())
	if err != nil {
		return res, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return res, nil
}

// exitReason describes how the child ended: "exit 2" or "signal: killed".
func exitReason(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.ExitCode() >= 0 {
		return fmt.Sprintf("exit %d", ee.ExitCode())
	}
	return err.Error()
}

// decode turns the child's response into a result and error.
func decode(out []byte) (pdftext.Result, error) {
	var resp response
	if err := json.Unmarshal(out, &resp); err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: bad response: %w", err)
	}
	switch {
	case resp.Error == "":
		return resp.Result, nil
	case resp.Encrypted:
		return resp.Result, &childError{resp.Error, pdftext.ErrEncrypted}
	case resp.NotPDF:
		return resp.Result, &childError{resp.Error, pdftext.ErrNotPDF}
	}
	return resp.Result, &childError{msg: resp.Error}
}

// childError is an extraction error reported by the child, keeping the
// pdftext sentinel it wrapped there for errors.Is.
type childError struct {
	msg  string
	kind error
}

func (e *childError) Error() string { return e.msg }
func (e *childError) Unwrap() error { return e.kind }

// capped is a writer that keeps at most max bytes and calls onLimit once past it.
type capped struct {
	buf     bytes.Buffer
	max     int
	over    bool
	onLimit func()
}

// Write keeps p while under the cap.
func (c *capped) Write(p []byte) (int, error) {
	if c.over {
		return 0, errOutputLimit
	}
	if c.buf.Len()+len(p) > c.max {
		c.over = true
		if c.onLimit != nil {
			c.onLimit()
		}
		return 0, errOutputLimit
	}
	return c.buf.Write(p)
}

// tail is a writer that keeps the last max bytes.
type tail struct {
	buf []byte
	max int
}

// Write appends p, dropping the oldest bytes past max.
func (t *tail) Write(p []byte) (int, error) {
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.max {
		t.buf = append(t.buf[:0], t.buf[len(t.buf)-t.max:]...)
	}
	return len(p), nil
}

// reason picks the telling line of the child's standard error: a Go
// "fatal error:" or "panic:" line when there is one, else the last line.
func (t *tail) reason() string {
	lines := strings.Split(strings.TrimSpace(string(t.buf)), "\n")
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "runtime: goroutine stack exceeds") {
			return l
		}
	}
	if last := strings.TrimSpace(lines[len(lines)-1]); last != "" {
		return last
	}
	return "no message"
}
