package worker

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"

	"actas/ingest/pdftext"
)

// maxStack is the goroutine stack limit in the child: deep recursion on
// nested input ends the child quickly instead of eating its memory.
const maxStack = 64 << 20

// freeAbove is the heap held from the OS past which the child returns its
// memory after a file; below it a forced collection costs more than it saves.
const freeAbove = 64 << 20

// IsChild reports whether this process was started as a PDF worker.
func IsChild() bool {
	return os.Getenv(envWorker) == rolePDF
}

// Serve is the child's main: it answers framed requests from standard input
// on standard output, one file at a time, until standard input ends, and
// returns the exit code.
func Serve() int {
	debug.SetMaxStack(maxStack)
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	memoryMB := 0
	for {
		var req request
		err := readFrame(in, maxRequest, &req)
		if errors.Is(err, io.EOF) {
			return 0
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "pdf worker: bad request: %v\n", err)
			return 3
		}
		if memoryMB == 0 {
			memoryMB = req.MemoryMB
			limitMemory(memoryMB)
		}
		resp := response{Error: fmt.Sprintf("pdf worker: %s: request for %d MB sent to a %d MB child", req.Path, req.MemoryMB, memoryMB)}
		if req.MemoryMB == memoryMB {
			resp = serve(req)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		resp.HeapSys = ms.HeapSys
		if err := writeFrame(out, resp); err == nil {
			err = out.Flush()
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "pdf worker: write response: %v\n", err)
			return 3
		}
		if ms.HeapSys-ms.HeapReleased > freeAbove {
			// Give a big file's memory back while the parent reads the answer.
			debug.FreeOSMemory()
		}
	}
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
