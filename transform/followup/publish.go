package followup

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// appendResults adds rows to the scratch table fu_result (result.sql).
func appendResults(conn *sql.Conn, rows []result) error {
	return appendRows(conn, "fu_result", func(add func(...driver.Value) error) error {
		for _, r := range rows {
			if err := add(r.commitmentID, r.status, nullable(r.fulfilledBy), nullable(r.evidence),
				nullScore(r), nullable(r.reason), nullable(r.evidenceID)); err != nil {
				return err
			}
		}
		return nil
	})
}

// publish adds to fu_result the previous rows of the commitments not matched
// again when keep is set, and replaces commitment_followups with it. It
// returns how many previous rows it kept.
func publish(ctx context.Context, conn *sql.Conn, keep bool) (int, error) {
	var kept int64
	if keep {
		res, err := conn.ExecContext(ctx, sqlKeep)
		if err != nil {
			return 0, fmt.Errorf("followup: keep previous rows: %w", err)
		}
		if kept, err = res.RowsAffected(); err != nil {
			return 0, fmt.Errorf("followup: keep previous rows: %w", err)
		}
	}
	if _, err := conn.ExecContext(ctx, sqlPublish); err != nil {
		return 0, fmt.Errorf("followup: write commitment_followups: %w", err)
	}
	return int(kept), nil
}

// nullable maps "" to NULL.
func nullable(s string) driver.Value {
	if s == "" {
		return nil
	}
	return s
}

// nullScore is the score of the link or of the nearest clause, NULL when there is none.
func nullScore(r result) driver.Value {
	if !r.scored {
		return nil
	}
	return r.score
}
