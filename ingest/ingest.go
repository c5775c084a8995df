// Package ingest loads archives of meeting reports: it expands files, folders,
// zip archives and lists of paths, skips content already loaded, extracts the
// rest in parallel (each PDF in a worker process) and saves each document in
// one transaction, accounting for every file in ingest_runs and ingest_errors.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"actas/ingest/extract"
	"actas/ingest/load"
)

// pipeline is one run: its options, its writer and its start.
type pipeline struct {
	opt     Options
	w       *writer
	started time.Time // the run's start, every document's ingested_at
}

// Run ingests paths (files, folders, zip archives, "-" for a list on
// opt.Stdin) into st. Per-file problems go to Summary.Failures and
// ingest_errors; the error is for a fatal problem (unusable database,
// extractor that cannot load) or a cancelled ctx.
func Run(ctx context.Context, st *load.Store, paths []string, opt Options) (Summary, error) {
	if st == nil {
		return Summary{}, errors.New("ingest: no store")
	}
	return run(ctx, st, paths, opt)
}

// run is Run on any store.
func run(ctx context.Context, st store, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	opt = opt.withDefaults()
	if opt.Extract == nil {
		ex, err := extract.Default()
		if err != nil {
			return Summary{}, fmt.Errorf("ingest: load the extractor: %w", err)
		}
		opt.Extract = ex.Extract
	}
	runID, err := st.StartRun(ctx)
	if err != nil {
		return Summary{}, fmt.Errorf("ingest: %w", err)
	}
	idx, err := st.LoadIndex(ctx)
	if err != nil {
		st.FinishRun(context.WithoutCancel(ctx), runID, load.RunInterrupted, 0, 0, 0, 0, 0)
		return Summary{}, fmt.Errorf("ingest: %w", err)
	}
	var known func(string, load.Stamp) bool
	if !opt.Rehash {
		known = idx.Unchanged
	}
	sources, skipped := expand(paths, opt, known)
	for _, sk := range skipped {
		if err := st.RecordSkipped(ctx, runID, sk.path, sk.reason); err != nil {
			st.FinishRun(context.WithoutCancel(ctx), runID, load.RunInterrupted, 0, 0, 0, 0, 0)
			return Summary{}, fmt.Errorf("ingest: %w", err)
		}
	}
	sources = opt.Shard.keep(sources)
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := &writer{st: st, runID: runID, prog: newProgress(opt.Progress, len(sources)),
		claims: map[string]*claim{}, msgs: make(chan any), cancel: cancel, index: idx}
	w.sum.RunID = runID
	sources = w.unchangedFiles(sources)
	dbctx := context.WithoutCancel(ctx)
	writerDone := make(chan struct{})
	go func() {
		w.loop(dbctx)
		close(writerDone)
	}()
	p := &pipeline{opt: opt, w: w, started: start.UTC()}
	p.work(wctx, sources)
	close(w.msgs)
	<-writerDone
	w.prog.finish()

	sum := w.sum
	sum.Files = sum.Loaded + sum.Unchanged + sum.Failed
	for _, sk := range skipped {
		sum.Skipped = append(sum.Skipped, sk.path)
	}
	slices.SortStableFunc(sum.Failures, func(a, b Failure) int { return strings.Compare(a.Path, b.Path) })
	slices.SortStableFunc(sum.Uncertain, func(a, b Failure) int { return strings.Compare(a.Path, b.Path) })
	sum.Duration = time.Since(start)
	if w.fatal != nil { // what the run did is not all recorded: the next run marks it aborted
		return sum, w.fatal
	}
	status := load.RunFinished
	if ctx.Err() != nil {
		status = load.RunInterrupted
	}
	if err := st.FinishRun(dbctx, runID, status, sum.Files, sum.Loaded, sum.Unchanged, sum.Failed, len(sum.Skipped)); err != nil {
		return sum, fmt.Errorf("ingest: the database could not record the end of the run (the next run marks it aborted): %w", err)
	}
	return sum, ctx.Err()
}

// work feeds the sources, in order, to opt.Workers goroutines and returns
// when all are done or ctx is cancelled.
func (p *pipeline) work(ctx context.Context, sources []*source) {
	jobs := make(chan *source)
	var wg sync.WaitGroup
	for range p.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for src := range jobs {
				out, ok := p.process(ctx, src)
				if ok && ctx.Err() == nil {
					p.w.msgs <- out
				}
			}
		}()
	}
	sent := 0
feed:
	for _, src := range sources {
		select {
		case jobs <- src:
			sent++
		case <-ctx.Done():
			break feed
		}
	}
	for _, rest := range sources[sent:] {
		rest.done()
	}
	close(jobs)
	wg.Wait()
}
