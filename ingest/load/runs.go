package load

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Run statuses in ingest_runs.status.
const (
	RunRunning     = "running"
	RunFinished    = "finished"
	RunInterrupted = "interrupted" // stopped by SIGINT or SIGTERM, what was done is recorded
	RunAborted     = "aborted"     // the process died; marked by the next command
)

// StartRun records the start of an ingest run and returns its id, one more
// than the largest so far.
func (s *Store) StartRun(ctx context.Context) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var id int64
	err := s.db.QueryRowContext(ctx,
		`insert into ingest_runs (run_id, started_at, status)
		select coalesce(max(run_id), 0) + 1, ?, ? from ingest_runs returning run_id`,
		time.Now().UTC(), RunRunning).Scan(&id)
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
		return fmt.Errorf("record error for %s: %w", text(path), err)
	}
	return nil
}

// PathError is one row of ingest_errors for RecordErrors.
type PathError struct {
	Path, Stage, Reason string
}

// RecordErrors records that each path failed at its stage for its reason,
// all in one transaction.
func (s *Store) RecordErrors(ctx context.Context, runID int64, rows []PathError) error {
	if len(rows) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("record errors: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "begin transaction"); err != nil {
		return fmt.Errorf("record errors: %w", err)
	}
	const chunk = 500
	for i := 0; i < len(rows); i += chunk {
		part := rows[i:min(i+chunk, len(rows))]
		args := make([]any, 0, 4*len(part))
		for _, r := range part {
			args = append(args, runID, text(r.Path), text(r.Stage), text(r.Reason))
		}
		q := `insert into ingest_errors (run_id, path, stage, reason) values ` +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?), ", len(part)), ", ")
		if _, err := conn.ExecContext(ctx, q, args...); err != nil {
			conn.ExecContext(context.Background(), "rollback")
			return usable(conn, fmt.Errorf("record error for %s: %w", text(part[0].Path), err))
		}
	}
	if _, err := conn.ExecContext(ctx, "commit"); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return usable(conn, fmt.Errorf("record errors: commit: %w", err))
	}
	return nil
}

// RecordSkipped records that path was not read, and why (extension, dotfile,
// not a regular file, ...).
func (s *Store) RecordSkipped(ctx context.Context, runID int64, path, reason string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := s.db.ExecContext(ctx, `insert into ingest_skipped (run_id, path, reason) values (?, ?, ?)`,
		runID, text(path), text(reason))
	if err != nil {
		return fmt.Errorf("record skipped %s: %w", text(path), err)
	}
	return nil
}

// FinishRun records the end of run runID, its counts and its status
// (RunFinished or RunInterrupted).
func (s *Store) FinishRun(ctx context.Context, runID int64, status string, files, loaded, unchanged, failed, skipped int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	res, err := s.db.ExecContext(ctx, `update ingest_runs set finished_at = ?, files = ?, loaded = ?,
		unchanged = ?, failed = ?, skipped = ?, status = ? where run_id = ?`,
		time.Now().UTC(), files, loaded, unchanged, failed, skipped, status, runID)
	if err != nil {
		return usable(s.db, fmt.Errorf("finish run %d: %w", runID, err)) // a checkpoint that failed at this commit
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("finish run %d: no such run", runID)
	}
	return nil
}
