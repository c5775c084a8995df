package worker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"actas/ingest/pdftext"
)

// Executable returns the path of the binary to re-execute as the worker.
var Executable = os.Executable

// ExtractPDF extracts the PDF at path in a pooled child process with the
// given limits. A crash, a timeout or exhausted memory in the child becomes
// an error such as "pdf worker: killed after 60s"; the caller never crashes.
func ExtractPDF(ctx context.Context, path string, opt pdftext.Options, lim Limits) (pdftext.Result, error) {
	return extract(ctx, path, opt, lim, true)
}

// extractOnce is ExtractPDF with a fresh child for this file alone, the
// way before the pool (kept for the benchmark).
func extractOnce(ctx context.Context, path string, opt pdftext.Options, lim Limits) (pdftext.Result, error) {
	return extract(ctx, path, opt, lim, false)
}

// extract checks the file, runs it through a child, pooled or not, and
// decodes the answer.
func extract(ctx context.Context, path string, opt pdftext.Options, lim Limits, pooled bool) (pdftext.Result, error) {
	if IsChild() {
		// This binary was re-executed as a worker but did not call Serve
		// first thing: refuse rather than start workers recursively.
		return pdftext.Result{}, errors.New("pdf worker: the binary does not call worker.Serve when worker.IsChild (main or TestMain)")
	}
	if err := ctx.Err(); err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %w", err)
	}
	lim = lim.withDefaults()
	st, err := os.Stat(path)
	if err != nil {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %w", err)
	}
	if st.Size() > lim.MaxBytes {
		return pdftext.Result{}, fmt.Errorf("pdf worker: %s: file is %d bytes, limit %d", path, st.Size(), lim.MaxBytes)
	}
	maxOut := opt.MaxOutput
	if maxOut <= 0 {
		maxOut = pdftext.DefaultOptions().MaxOutput
	}
	var c *proc
	if pooled {
		c, err = children.get(lim.MemoryMB)
	} else {
		c, err = startProc(lim.MemoryMB)
	}
	if err != nil {
		return pdftext.Result{}, err
	}
	req := request{Path: path, Options: opt, MemoryMB: lim.MemoryMB, MaxBytes: lim.MaxBytes}
	resp, err := c.do(ctx, req, lim.Timeout, 2*maxOut+1<<20)
	if err != nil {
		return pdftext.Result{}, err
	}
	if pooled {
		children.put(c)
	} else {
		c.close()
	}
	res, err := decode(resp)
	if err != nil {
		return res, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return res, nil
}

// decode turns the child's response into a result and error.
func decode(resp response) (pdftext.Result, error) {
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
