package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"actas/ingest/load"
)

// Batches of documents saved in one transaction. The writer hands the saver
// one job at a time and keeps collecting while it runs, so extraction never
// waits for a commit and batches grow as saving falls behind: a job is sent
// when the saver is idle and batchSize documents are held (1, then twice as
// many each time, up to batchMax, so that a run shows progress at once), or
// flushEvery after the last one, so that a slow PDF does not hold back the
// documents before it. A batch holds at most batchMax documents and
// batchBytes of text; past maxHeld documents held the writer stops taking
// outcomes, so memory stays bounded when the disk is slow.
const (
	batchMax   = 1024
	batchBytes = 32 << 20
	maxHeld    = 4 * batchMax
	flushEvery = 500 * time.Millisecond
)

// job is what the saver writes, in this order: the new stamps of files
// found unchanged by their hash, a batch of documents, the failures noted
// since the last job.
type job struct {
	stamps []load.PathStamp
	docs   []outcome
	fails  []Failure
}

// saved is the saver's report of a job: the error of each document, and
// whether the stamps and failures could be recorded.
type saved struct {
	job
	errs               []error
	stampErr, failsErr error
}

// saver writes the jobs it is given, one at a time, and reports each.
func (w *writer) saver(ctx context.Context) {
	for j := range w.jobs {
		r := saved{job: j}
		if len(j.stamps) > 0 {
			r.stampErr = w.st.RecordStamps(ctx, j.stamps)
		}
		if len(j.docs) > 0 {
			r.errs = w.saveBatch(ctx, j.docs)
		}
		if len(j.fails) > 0 {
			r.failsErr = w.recordAll(ctx, j.fails)
		}
		w.results <- r
	}
}

// recordAll writes failures to ingest_errors in one transaction.
func (w *writer) recordAll(ctx context.Context, fails []Failure) error {
	rows := make([]load.PathError, len(fails))
	for i, f := range fails {
		rows[i] = load.PathError{Path: f.Path, Stage: f.Stage, Reason: f.Reason}
	}
	return w.st.RecordErrors(ctx, w.runID, rows)
}

// send hands the saver the next job when it is idle and there is one to
// write: a full batch, or anything held when force is set. A cancelled run
// starts no new job.
func (w *writer) send(ctx context.Context, force bool) {
	if w.busy || w.fatal != nil || ctx.Err() != nil {
		return
	}
	if !force && len(w.pending) < max(w.batchSize, 1) {
		return
	}
	if len(w.pending) == 0 && len(w.stamps) == 0 && len(w.fails) == 0 {
		return
	}
	n, size := 0, 0
	for n < len(w.pending) && n < batchMax && size < batchBytes {
		size += w.pending[n].textBytes()
		n++
	}
	j := job{stamps: w.stamps, docs: w.pending[:n:n], fails: w.fails}
	w.pending = append([]outcome(nil), w.pending[n:]...)
	w.stamps, w.fails = nil, nil
	if n > 0 {
		w.batchSize = min(max(2*w.batchSize, 1), batchMax)
	}
	w.busy = true
	w.jobs <- j
}

// onSaved settles what the saver wrote: each document is loaded, or failed
// at stage load alone; a database that cannot record stops the run.
func (w *writer) onSaved(ctx context.Context, r saved) {
	w.busy = false
	if r.stampErr != nil {
		w.stop(fmt.Errorf("ingest: the database could not record the size and time of %d unchanged files: %w", len(r.stamps), r.stampErr))
	}
	if r.failsErr != nil {
		f := r.fails[0]
		w.stop(fmt.Errorf("ingest: %s failed at %s (%s) and the database could not record it: %w", f.Path, f.Stage, f.Reason, r.failsErr))
	}
	lost := 0 // documents not known saved or failed: the database became unusable
	for _, err := range r.errs {
		if errors.Is(err, load.ErrUnusable) {
			lost++
		}
	}
	for i, o := range r.docs {
		if w.unusable(o, r.errs[i], lost) {
			continue
		}
		if r.errs[i] != nil {
			o.fail = o.src.failf(StageLoad, "%v", r.errs[i])
		}
		w.settle(ctx, o)
	}
}

// unusable stops the run when err says the database can no longer be
// written: the document is neither loaded nor failed in this process, and
// the next command finds it saved whole or not at all.
func (w *writer) unusable(o outcome, err error, lost int) bool {
	if !errors.Is(err, load.ErrUnusable) {
		return false
	}
	what := o.src.path
	if lost > 1 {
		what = fmt.Sprintf("%s and %d other documents of its batch", o.src.path, lost-1)
	}
	w.stop(fmt.Errorf("ingest: saving %s: %w\nfree space and run the same command again: the next command marks this run aborted and finds %s saved whole or not at all", what, err, what))
	return true
}

// saveBatch saves batch through the store's SaveBatch; on a panic it saves
// each document alone, so that the panic fails only its own document.
func (w *writer) saveBatch(ctx context.Context, batch []outcome) (errs []error) {
	defer func() {
		if r := recover(); r != nil {
			errs = make([]error, len(batch))
			for i, o := range batch {
				errs[i] = w.save(ctx, o)
			}
		}
	}()
	items := make([]load.Item, len(batch))
	for i, o := range batch {
		items[i] = load.Item{Doc: o.doc, Report: o.rep, Stamp: o.stamp}
	}
	errs = w.st.SaveBatch(ctx, items)
	if len(errs) != len(batch) {
		err := fmt.Errorf("store returned %d results for %d documents", len(errs), len(batch))
		errs = make([]error, len(batch))
		for i := range errs {
			errs[i] = err
		}
	}
	return errs
}

// textBytes is the size of the text of the outcome's document.
func (o outcome) textBytes() int {
	n := 0
	if o.doc != nil {
		for _, p := range o.doc.Pages {
			n += len(p.Text)
		}
	}
	return n
}
