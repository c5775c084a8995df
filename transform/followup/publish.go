package followup

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// publish writes the rows to a scratch table, adds the previous rows of the
// commitments not matched again when keep is set, and replaces
// commitment_followups with it. It returns how many previous rows it kept.
func publish(ctx context.Context, conn *sql.Conn, rows []result, keep bool) (int, error) {
	if _, err := conn.ExecContext(ctx, sqlResult); err != nil {
		return 0, fmt.Errorf("followup: result table: %w", err)
	}
	err := appendRows(conn, "fu_result", func(add func(...driver.Value) error) error {
		for _, r := range rows {
			if err := add(r.commitmentID, r.status, nullable(r.fulfilledBy), nullable(r.evidence),
				nullScore(r), nullable(r.reason), nullable(r.evidenceID)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
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
