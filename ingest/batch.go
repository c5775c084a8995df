package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"actas/ingest/load"
)

// Batches of documents saved in one transaction: the first holds one
// document and each next one twice as many, up to batchMax, so that a run
// shows progress at once; whatever is held is saved every flushEvery, so
// that a slow PDF does not hold back the documents before it.
const (
	batchMax   = 256
	flushEvery = 500 * time.Millisecond
)

// flush records the new stamps of unchanged files, then saves the pending
// documents in one batch and settles each: a document the store could not
// save fails at stage load, alone.
func (w *writer) flush(ctx context.Context) {
	if len(w.stamps) > 0 && w.fatal == nil {
		if err := w.st.RecordStamps(ctx, w.stamps); err != nil {
			w.stop(fmt.Errorf("ingest: the database could not record the size and time of %d unchanged files: %w", len(w.stamps), err))
		}
		w.stamps = nil
	}
	if len(w.pending) == 0 {
		return
	}
	batch := w.pending
	w.pending = nil
	w.batchSize = min(max(2*w.batchSize, 1), batchMax)
	if w.fatal != nil {
		return
	}
	errs := w.saveBatch(ctx, batch)
	lost := 0 // documents not known saved or failed: the database became unusable
	for _, err := range errs {
		if errors.Is(err, load.ErrUnusable) {
			lost++
		}
	}
	for i, o := range batch {
		if w.unusable(o, errs[i], lost) {
			continue
		}
		if errs[i] != nil {
			o.fail = o.src.failf(StageLoad, "%v", errs[i])
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
