package followup

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"time"

	"github.com/duckdb/duckdb-go/v2"
)

// A concept held by more than maxShare of the agreements (and by more than
// minCommon of them) pairs almost everything: it counts in the score but does
// not make a candidate by itself.
const (
	maxShare  = 0.1
	minCommon = 20
)

// candidates writes the concepts of the commitments in scope and of the
// agreements profiled to scratch tables and runs candidates.sql over the
// agreements numbered sp.lo to sp.hi (those profiled) and the meetings at
// positions sp.from to sp.to (those of scope); it returns the candidate
// pairs per commitment.
func candidates(ctx context.Context, conn *sql.Conn, p *profiles, scope []*commitment, sp span, clk *clock) (map[string][]pair, error) {
	t := time.Now()
	if _, err := conn.ExecContext(ctx, sqlTerms); err != nil {
		return nil, fmt.Errorf("followup: scratch tables: %w", err)
	}
	common := func(t string) bool {
		df := p.idf.df[t]
		return df > minCommon && float64(df) > maxShare*float64(p.idf.n)
	}
	err := appendRows(conn, "fu_commitment_terms", func(add func(...driver.Value) error) error {
		for _, c := range scope {
			for t := range p.commitmentTerms(c) {
				if common(t) {
					continue
				}
				if err := add(c.id, t); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = appendRows(conn, "fu_agreement_terms", func(add func(...driver.Value) error) error {
		for id, t := range p.terms {
			for term := range t.own {
				if common(term) {
					continue
				}
				if err := add(id, term); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = appendRows(conn, "fu_actions", func(add func(...driver.Value) error) error {
		for a := range p.rules.actions {
			if err := add(a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	clk.add("terms", t)
	t = time.Now()
	defer clk.add("candidates", t)
	out := map[string][]pair{}
	args := []any{sp.lo, sp.hi, sp.from, sp.to}
	err = queryRowsArgs(ctx, conn, "candidates", sqlCandidates, args, func(r *sql.Rows) error {
		var cid string
		var pr pair
		if err := r.Scan(&cid, &pr.agreementID, &pr.party); err != nil {
			return err
		}
		out[cid] = append(out[cid], pr)
		return nil
	})
	return out, err
}

// appendRows fills a scratch table of the connection with DuckDB's appender.
func appendRows(conn *sql.Conn, table string, fill func(add func(...driver.Value) error) error) error {
	err := conn.Raw(func(dc any) error {
		c, ok := dc.(driver.Conn)
		if !ok {
			return fmt.Errorf("not a driver connection")
		}
		app, err := duckdb.NewAppender(c, "temp", "main", table)
		if err != nil {
			return err
		}
		if err := fill(app.AppendRow); err != nil {
			app.Close()
			return err
		}
		return app.Close()
	})
	if err != nil {
		return fmt.Errorf("followup: fill %s: %w", table, err)
	}
	return nil
}
