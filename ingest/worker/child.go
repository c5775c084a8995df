package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"actas/ingest/pdftext"
)

// maxStack is the goroutine stack limit in the child: deep recursion on
// nested input ends the child quickly instead of eating its memory.
const maxStack = 64 << 20

// IsChild reports whether this process was started as a PDF worker.
func IsChild() bool {
	return os.Getenv(envWorker) == rolePDF
}

// Serve is the child's main: it reads a request from standard input, runs
// pdftext.Extract with panics recovered, writes the response as JSON to
// standard output and returns the exit code.
func Serve() int {
	var req request
	if err := json.NewDecoder(io.LimitReader(os.Stdin, 1<<20)).Decode(&req); err != nil {
		fmt.Fprintf(os.Stderr, "pdf worker: bad request: %v\n", err)
		return 3
	}
	limitMemory(req.MemoryMB)
	debug.SetMaxStack(maxStack)
	resp := serve(req)
	if err := json.NewEncoder(os.Stdout).Encode(resp); err != nil {
		fmt.Fprintf(os.Stderr, "pdf worker: write response: %v\n", err)
		return 3
	}
	return 0
}

// serve extracts the requested file.
func serve(req request) (resp response) {
	defer func() {
		if r := recover(); r != nil {
			resp = response{Error: fmt.Sprintf("pdf %s: panic: %v", req.Path, r)}
		}
	}()
	data, err := readFile(req.Path, req.MaxBytes)
	if err != nil {
		return response{Error: err.Error()}
	}
	// No deadline here: the parent kills the whole process group on time.
	res, err := pdftext.Extract(context.Background(), data, req.Options)
	resp.Result = res
	if err != nil {
		resp.Error = err.Error()
		resp.Encrypted = errors.Is(err, pdftext.ErrEncrypted)
		resp.NotPDF = errors.Is(err, pdftext.ErrNotPDF)
	}
	return resp
}

// readFile reads path, refusing files larger than maxBytes.
func readFile(path string, maxBytes int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if maxBytes <= 0 {
		maxBytes = DefaultLimits().MaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, maxBytes)
	}
	return data, nil
}
