package load

import (
	"context"
	"fmt"
	"time"
)

// StartRun records the start of an ingest run and returns its id.
func (s *Store) StartRun(ctx context.Context) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var id int64
	err := s.db.QueryRowContext(ctx,
		`insert into ingest_runs (started_at) values (?) returning run_id`, time.Now().UTC()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("start run: %w", err)
	}
	return id, nil
}

// RecordError records that path failed at stage (sniff, extract, load, ...) for reason.
func (s *Store) RecordError(ctx context.Context, runID int64, path, stage, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := s.db.ExecContext(ctx, `insert into ingest_errors (run_id, path, stage, reason) values (?, ?, ?, ?)`,
		runID, text(path), text(stage), text(reason))
	if err != nil {
		return fmt.Errorf("record error for %s: %w", path, err)
	}
	return nil
}

// FinishRun records the end of run runID and its counts.
func (s *Store) FinishRun(ctx context.Context, runID int64, files, loaded, unchanged, failed int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	res, err := s.db.ExecContext(ctx, `update ingest_runs set finished_at = ?, files = ?, loaded = ?,
		unchanged = ?, failed = ? where run_id = ?`, time.Now().UTC(), files, loaded, unchanged, failed, runID)
	if err != nil {
		return fmt.Errorf("finish run %d: %w", runID, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("finish run %d: no such run", runID)
	}
	return nil
}
