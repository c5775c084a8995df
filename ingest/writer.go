package ingest

import (
	"context"
	"fmt"
	"time"

	"actas/ingest/load"
)

// store is what a run needs of the database (load.Store).
type store interface {
	LoadIndex(ctx context.Context) (*load.Index, error)
	Lookup(ctx context.Context, sha256, path string, st load.Stamp) (state, documentID string, err error)
	SaveItem(ctx context.Context, it load.Item) error
	SaveBatch(ctx context.Context, items []load.Item) []error
	RecordStamps(ctx context.Context, stamps []load.PathStamp) error
	StartRun(ctx context.Context) (int64, error)
	RecordErrors(ctx context.Context, runID int64, rows []load.PathError) error
	RecordSkipped(ctx context.Context, runID int64, path, reason string) error
	FinishRun(ctx context.Context, runID int64, status string, files, loaded, unchanged, failed, skipped int) error
}

// claimReq asks the writer whether a file's content must be processed.
type claimReq struct {
	sha, path string
	size      int64
	stamp     load.Stamp
	reply     chan bool
}

// claim is content being processed in this run, with the other paths that hold it.
type claim struct {
	path    string
	done    bool
	fail    *Failure
	waiting []claimReq
}

// writer is the goroutine that answers claims, holds processed documents,
// counts and keeps the summary; its saver goroutine writes to the database
// (see batch.go), so that no worker waits for a commit.
type writer struct {
	st     store
	runID  int64
	sum    Summary
	prog   *progress
	claims map[string]*claim
	msgs   chan any // claimReq or outcome
	fatal  error
	cancel context.CancelFunc
	index  *load.Index // what was loaded when the run started
	// What the next job of the saver writes (see send).
	pending   []outcome        // processed documents
	stamps    []load.PathStamp // new stamps of paths found unchanged by their hash
	fails     []Failure        // failures not yet in ingest_errors
	batchSize int              // documents that make the next batch full
	jobs      chan job
	results   chan saved
	busy      bool // the saver is writing a job
}

// claim tells whether the worker must process content sha found at path; when
// not, the writer has counted the file as unchanged (or as a duplicate).
func (w *writer) claim(ctx context.Context, sha, path string, size int64, stamp load.Stamp) bool {
	reply := make(chan bool, 1)
	w.msgs <- claimReq{sha: sha, path: path, size: size, stamp: stamp, reply: reply}
	return <-reply
}

// unchangedFiles counts the sources that expansion found unchanged by their
// stamp and returns the others.
func (w *writer) unchangedFiles(sources []*source) []*source {
	rest := sources[:0:0]
	for _, src := range sources {
		if !src.unchanged {
			rest = append(rest, src)
			continue
		}
		w.sum.Bytes += src.size
		w.unchanged(src.path)
	}
	return rest
}

// loop handles messages until msgs is closed and everything held is
// written, handing the saver a job whenever it is idle and one is due.
func (w *writer) loop(ctx context.Context) {
	w.jobs, w.results = make(chan job), make(chan saved, 1)
	saverDone := make(chan struct{})
	go func() {
		w.saver(ctx)
		close(saverDone)
	}()
	defer func() {
		close(w.jobs)
		<-saverDone
	}()
	tick := time.NewTicker(flushEvery)
	defer tick.Stop()
	open := true
	for open || w.busy {
		msgs := w.msgs
		if !open || len(w.pending) >= maxHeld && w.fatal == nil {
			msgs = nil // the saver is behind: workers wait
		}
		select {
		case m, ok := <-msgs:
			if !ok {
				open = false
				w.send(ctx, true)
				continue
			}
			switch m := m.(type) {
			case claimReq:
				m.reply <- w.onClaim(ctx, m)
			case outcome:
				w.onOutcome(ctx, m)
			}
			w.send(ctx, false)
		case r := <-w.results:
			w.onSaved(ctx, r)
			w.send(ctx, !open)
		case <-tick.C:
			w.send(ctx, true)
		}
	}
}

// onClaim answers a claim: new and changed content is processed once per run;
// content already loaded, or loading under another path, is not.
func (w *writer) onClaim(ctx context.Context, m claimReq) bool {
	w.sum.Bytes += m.size
	if w.fatal != nil {
		return false
	}
	if c, ok := w.claims[m.sha]; ok {
		if !c.done {
			c.waiting = append(c.waiting, m)
			return false
		}
		w.resolve(ctx, m.sha, c, m)
		return false
	}
	loaded, atPath := w.index.Known(m.sha, m.path)
	if loaded && atPath {
		if !m.stamp.IsZero() && !w.index.Unchanged(m.path, m.stamp) {
			w.stamps = append(w.stamps, load.PathStamp{DocumentID: m.sha[:16], Path: m.path, Stamp: m.stamp})
		}
		w.unchanged(m.path)
		return false
	}
	if !loaded {
		w.claims[m.sha] = &claim{path: m.path}
		return true
	}
	state, _, err := w.st.Lookup(ctx, m.sha, m.path, m.stamp)
	if err != nil {
		w.stop(fmt.Errorf("ingest: %w", err))
		return false
	}
	if state == "unchanged" {
		w.sum.NewPaths++
		w.unchanged(m.path)
		return false
	}
	w.claims[m.sha] = &claim{path: m.path}
	return true
}

// onOutcome holds a processed document for the next batch, or records its
// failure and settles the other paths with the same content.
func (w *writer) onOutcome(ctx context.Context, o outcome) {
	if w.fatal != nil {
		return
	}
	if o.fail == nil {
		w.pending = append(w.pending, o)
		return
	}
	w.settle(ctx, o)
}

// settle counts a saved or failed document and settles the other paths
// with the same content.
func (w *writer) settle(ctx context.Context, o outcome) {
	if o.fail != nil {
		w.failed(ctx, *o.fail)
	} else {
		w.loaded(ctx, o)
	}
	if c, ok := w.claims[o.sha]; ok && o.sha != "" {
		c.done, c.fail = true, o.fail
		for _, m := range c.waiting {
			w.resolve(ctx, o.sha, c, m)
		}
		c.waiting = nil
	}
}

// save saves one document, turning a panic into an error.
func (w *writer) save(ctx context.Context, o outcome) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (please report it): %v", r)
		}
	}()
	return w.st.SaveItem(ctx, load.Item{Doc: o.doc, Report: o.rep, Stamp: o.stamp})
}

// resolve settles a path whose content was processed under another path.
func (w *writer) resolve(ctx context.Context, sha string, c *claim, m claimReq) {
	if c.fail != nil {
		w.failed(ctx, Failure{Path: m.path, Stage: c.fail.Stage,
			Reason: fmt.Sprintf("same content as %s, which failed: %s", c.path, c.fail.Reason)})
		return
	}
	if _, _, err := w.st.Lookup(ctx, sha, m.path, m.stamp); err != nil {
		w.stop(fmt.Errorf("ingest: %w", err))
		return
	}
	w.unchanged(m.path)
}

// loaded counts a saved document and records its OCR note.
func (w *writer) loaded(ctx context.Context, o outcome) {
	w.sum.Loaded++
	w.sum.Pages += len(o.doc.Pages)
	if o.ocr != nil {
		w.sum.NeedsOCR++
		w.record(ctx, *o.ocr)
	}
	if v := o.doc.Verdict; v != "" {
		if w.sum.Verdicts == nil {
			w.sum.Verdicts = map[string]int{}
		}
		w.sum.Verdicts[v]++
		if v != "ok" {
			w.sum.Unclear = append(w.sum.Unclear, Failure{Path: o.src.path, Stage: v, Reason: o.doc.VerdictDetail})
		}
	}
	if o.doc.Uncertain {
		w.sum.Uncertain = append(w.sum.Uncertain, Failure{Path: o.src.path, Stage: StageOCR, Reason: uncertainReason(o.doc)})
	}
	w.prog.done(o.src.path, "loaded", fmt.Sprintf("%d pages, %s", len(o.doc.Pages), o.doc.Format), len(o.doc.Pages))
}

// unchanged counts a file whose content is already loaded.
func (w *writer) unchanged(path string) {
	w.sum.Unchanged++
	w.prog.done(path, "unchanged", "", 0)
}

// failed counts and records a file that was not loaded.
func (w *writer) failed(ctx context.Context, f Failure) {
	w.sum.Failed++
	w.record(ctx, f)
	w.prog.done(f.Path, "failed", f.Stage+": "+f.Reason, 0)
}

// record notes a failure in the summary and for the saver's next job, which
// writes it to ingest_errors.
func (w *writer) record(ctx context.Context, f Failure) {
	w.sum.Failures = append(w.sum.Failures, f)
	w.fails = append(w.fails, f)
}

// stop ends the run on a database error.
func (w *writer) stop(err error) {
	if w.fatal == nil {
		w.fatal = err
		w.cancel()
	}
}
