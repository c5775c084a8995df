package followup

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
	"runtime/debug"
)

var (
	//go:embed sql/inputs.sql
	sqlInputs string
	//go:embed sql/affected.sql
	sqlAffected string
	//go:embed sql/keep.sql
	sqlKeep string
)

// maxDrift is how far the number of agreements may move from the one the
// statistics (idf, common concepts) were computed on before a run computes
// them anew and matches every commitment.
const maxDrift = 0.05

// Tables of the matcher's state, kept beside commitment_followups so that the
// next run can match only what changed.
const (
	stateMeta   = "stg_followup_meta"   // version, agreements the statistics were computed on
	stateDF     = "stg_followup_df"     // concept, agreements holding it
	stateInputs = "stg_followup_inputs" // meeting, start date, fingerprint of what the matcher read
)

// state is what a previous run left: its statistics.
type state struct {
	idf idf
}

// version identifies the rules and the program: state written by other
// rules or another build is not reused.
func version(r *Rules) string {
	h := sha256.New()
	fmt.Fprintf(h, "%v", *r)
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.time" {
				fmt.Fprint(h, s.Value)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// loadState reads the previous run's state from schema prev when it can be
// reused: written by the same rules and program, on an archive of nearly as
// many agreements. It copies the previous fingerprints and rows into
// fu_prev_inputs and fu_prev_result. why says why not when ok is false.
func loadState(ctx context.Context, conn *sql.Conn, prev, ver string, agreements int) (st state, ok bool, why string, err error) {
	if prev == "" {
		return st, false, "no previous run given", nil
	}
	var n int
	err = conn.QueryRowContext(ctx, `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()
		AND schema_name = ? AND table_name IN (?, ?, ?, 'commitment_followups')`, prev, stateMeta, stateDF, stateInputs).Scan(&n)
	if err != nil {
		return st, false, "", fmt.Errorf("followup: previous state: %w", err)
	}
	if n != 4 {
		return st, false, "no previous state", nil
	}
	var oldVer string
	var oldN int
	if err := conn.QueryRowContext(ctx, fmt.Sprintf(`SELECT version, agreements FROM %s.%s`, prev, stateMeta)).Scan(&oldVer, &oldN); err != nil {
		return st, false, "", fmt.Errorf("followup: previous state: %w", err)
	}
	if oldVer != ver {
		return st, false, "other rules or program", nil
	}
	if math.Abs(float64(agreements-oldN)) > maxDrift*float64(oldN) {
		return st, false, fmt.Sprintf("agreements moved from %d to %d, more than %.0f%%", oldN, agreements, 100*maxDrift), nil
	}
	st.idf = idf{n: oldN, df: map[string]int{}}
	err = queryRows(ctx, conn, stateDF, fmt.Sprintf(`SELECT term, df FROM %s.%s`, prev, stateDF), func(r *sql.Rows) error {
		var t string
		var df int
		if err := r.Scan(&t, &df); err != nil {
			return err
		}
		st.idf.df[t] = df
		return nil
	})
	if err != nil {
		return st, false, "", err
	}
	for _, q := range []string{
		fmt.Sprintf(`CREATE OR REPLACE TEMP TABLE fu_prev_inputs AS SELECT meeting_id, start_date, fp FROM %s.%s`, prev, stateInputs),
		fmt.Sprintf(`CREATE OR REPLACE TEMP TABLE fu_prev_result AS FROM %s.commitment_followups`, prev),
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return st, false, "", fmt.Errorf("followup: previous state: %w", err)
		}
	}
	return st, true, "", nil
}

// saveState writes the statistics and the fingerprints of this run beside
// commitment_followups, for the next run.
func saveState(ctx context.Context, conn *sql.Conn, ver string, d idf) error {
	if _, err := conn.ExecContext(ctx, `CREATE OR REPLACE TEMP TABLE fu_df (term VARCHAR, df BIGINT)`); err != nil {
		return fmt.Errorf("followup: save state: %w", err)
	}
	err := appendRows(conn, "fu_df", func(add func(...driver.Value) error) error {
		for _, t := range sortedKeys(d.df) {
			if err := add(t, int64(d.df[t])); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{fmt.Sprintf(`CREATE OR REPLACE TABLE %s AS SELECT CAST(? AS VARCHAR) AS version, CAST(? AS BIGINT) AS agreements`, stateMeta), []any{ver, d.n}},
		{fmt.Sprintf(`CREATE OR REPLACE TABLE %s AS FROM fu_df ORDER BY term`, stateDF), nil},
		{fmt.Sprintf(`CREATE OR REPLACE TABLE %s AS SELECT meeting_id, start_date, fp FROM fu_inputs ORDER BY meeting_id`, stateInputs), nil},
	} {
		if _, err := conn.ExecContext(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("followup: save state: %w", err)
		}
	}
	return nil
}
