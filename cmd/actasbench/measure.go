package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"actas"
	"actas/ingest/extract"
	"actas/ingest/pages"
	"actas/ingest/textenc"
)

// childRun is what one run of a child process took.
type childRun struct {
	Wall     time.Duration
	CPU      time.Duration // user + system, of the child and the children it waited for
	MaxRSSMB float64       // peak resident memory of the child (its largest descendant)
	Stderr   string
	Exit     int
}

// runChild runs name with args and measures its wall time, CPU and peak memory.
func runChild(ctx context.Context, name string, args ...string) (childRun, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	start := time.Now()
	err := cmd.Run()
	r := childRun{Wall: time.Since(start), Stderr: errb.String()}
	if cmd.ProcessState == nil {
		return r, fmt.Errorf("%s: %w", name, err)
	}
	r.Exit = cmd.ProcessState.ExitCode()
	r.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.MaxRSSMB = float64(ru.Maxrss) / 1024
	}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return r, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}

// summaryRe reads the ingest summary line: files, duration, loaded, pages, failed.
var summaryRe = regexp.MustCompile(`ingest run \d+: (\d+) files \([^)]*\) in (\S+): (\d+) loaded \((\d+) pages\), (\d+) unchanged, (\d+) failed`)

// ingestFigures are the counts and duration the ingest command printed.
type ingestFigures struct {
	Files, Loaded, Pages, Unchanged, Failed int
	Ingest                                  time.Duration // without the transform that follows
	CPU                                     time.Duration // of the whole command
}

// parseSummary reads the ingest summary from the command's standard error.
func parseSummary(stderr string) (ingestFigures, error) {
	m := summaryRe.FindStringSubmatch(stderr)
	if m == nil {
		return ingestFigures{}, fmt.Errorf("no ingest summary in the output:\n%s", tail(stderr, 2000))
	}
	var f ingestFigures
	fmt.Sscan(m[1], &f.Files)
	fmt.Sscan(m[3], &f.Loaded)
	fmt.Sscan(m[4], &f.Pages)
	fmt.Sscan(m[5], &f.Unchanged)
	fmt.Sscan(m[6], &f.Failed)
	d, err := time.ParseDuration(m[2])
	if err != nil {
		return f, fmt.Errorf("ingest summary duration %q: %w", m[2], err)
	}
	f.Ingest = d
	return f, nil
}

// tail is the last n bytes of s.
func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// listFiles lists the regular files under dir, sorted.
func listFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// extractOnly reads, decodes and extracts every text file on workers
// goroutines, as ingest does but without a database, and returns the time
// it took and the reports that had a meeting.
func extractOnly(files []string, workers int) (time.Duration, int, error) {
	start := time.Now() // the extractor's reference data is loaded once, as ingest does
	ex, err := extract.Default()
	if err != nil {
		return 0, 0, err
	}
	var found atomic.Int64
	err = eachFile(files, workers, func(path string) error {
		ok, err := extractFile(ex, path)
		if ok {
			found.Add(1)
		}
		return err
	})
	return time.Since(start), int(found.Load()), err
}

// extractFile extracts one text file and reports whether it found a meeting.
func extractFile(ex *extract.Extractor, path string) (bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	text, _, err := textenc.Decode(b)
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	doc := &actas.Document{ID: "bench", Path: path, Format: "txt",
		Pages: pages.Clean([]actas.Page{{Number: 1, Text: text, Method: "text"}})}
	rep, err := ex.Extract(doc)
	if err != nil {
		return false, nil
	}
	return rep != nil && !rep.Meeting.StartDate.IsZero(), nil
}

// pdftotextAll runs pdftotext -layout over files, workers at once, and
// returns the wall time.
func pdftotextAll(ctx context.Context, files []string, workers int) (time.Duration, error) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return 0, err
	}
	start := time.Now()
	err := eachFile(files, workers, func(path string) error {
		if err := exec.CommandContext(ctx, "pdftotext", "-q", "-layout", path, os.DevNull).Run(); err != nil {
			return fmt.Errorf("pdftotext %s: %w", path, err)
		}
		return nil
	})
	return time.Since(start), err
}

// eachFile runs f on every file, workers at once, and returns the first
// error; a failed file does not stop the others.
func eachFile(files []string, workers int, f func(path string) error) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				if err := f(files[i]); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	return firstErr
}

// selfCPU is the user and system CPU time this process has used.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// defaultWorkers is the number of CPUs.
func defaultWorkers() int { return runtime.NumCPU() }
