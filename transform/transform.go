// Package transform builds the analysts' tables from the raw extraction rows:
// reference tables, SQL models (staging, core, marts), corrections, data
// tests and schema comments.
package transform

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"time"

	"actas/data"
	"actas/transform/followup"
)

// Options configures a transform run.
type Options struct {
	// Corrections is the path of a corrections CSV; "" means none.
	Corrections string
	// Reference holds the reference CSV files (countries.csv, ...); nil means data.FS.
	Reference fs.FS
	// Followup replaces commitment_followups; nil means followup.Run.
	Followup FollowupFunc
	// FullFollowup matches every commitment and computes the follow-up
	// statistics anew, instead of matching only what changed since the last run.
	FullFollowup bool
	// everyFollowup matches every commitment with the last run's statistics (tests).
	everyFollowup bool
	// MemoryLimit is DuckDB's memory limit while the transform runs ("4GB");
	// "" means DefaultMemoryLimit. Beyond it DuckDB spills to <database>.tmp.
	MemoryLimit string
}

// Result reports what a transform run did.
type Result struct {
	Models   int
	Tests    int
	Stale    []string // corrections that matched nothing, human readable
	Duration time.Duration
	// Followup says what the default follow-up matcher did: how many
	// commitments it matched, how many previous rows it kept, or why it
	// matched every commitment.
	Followup followup.Report
	// Recovered is true when a previous transform was killed before it
	// published; its unfinished tables were dropped (the public ones were whole).
	Recovered bool
}

// Layers of models, in build order; follow-up matching runs between staging and core.
var (
	layersBefore = []string{"staging"}
	layersAfter  = []string{"core", "marts"}
)

// Run rebuilds every table from the raw rows. The new generation is built
// aside, in schema build (staging, follow-up matching, core, marts, data
// tests), then published in one transaction that replaces the public tables
// of main; a failure or a kill at any point leaves the previous generation
// whole, and the next run drops what it left in build.
func Run(ctx context.Context, db *sql.DB, opt Options) (Result, error) {
	start := time.Now()
	var res Result
	var cs []Correction
	if opt.Corrections != "" {
		var err error
		if cs, err = readCorrections(opt.Corrections); err != nil {
			return res, fmt.Errorf("transform: %w", err)
		}
	}
	ref := opt.Reference
	if ref == nil {
		ref = data.FS
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return res, fmt.Errorf("transform: %w", err)
	}
	defer conn.Close()
	restore, err := limitMemory(ctx, conn, opt.MemoryLimit)
	if err != nil {
		return res, fmt.Errorf("transform: %w", err)
	}
	defer restore()
	if err := requireRaw(ctx, conn); err != nil {
		return res, fmt.Errorf("transform: %w", err)
	}
	if res.Recovered, err = enterBuild(ctx, conn); err != nil {
		return res, fmt.Errorf("transform: %w", err)
	}
	defer leaveBuild(conn)
	err = inTx(ctx, conn, func() error {
		if err := loadReference(ctx, conn, ref); err != nil {
			return err
		}
		if err := script(ctx, conn, "reference.sql"); err != nil {
			return err
		}
		if err := loadCorrections(ctx, conn, cs); err != nil {
			return err
		}
		if err := buildLayers(ctx, conn, layersBefore, &res); err != nil {
			return err
		}
		res.Stale, err = stale(ctx, conn)
		slog.DebugContext(ctx, "transform: reference and staging", "took", time.Since(start).Round(time.Millisecond))
		return err
	})
	if err != nil {
		return res, fmt.Errorf("transform: %w", err)
	}
	fu := opt.Followup
	if fu == nil {
		fu = func(ctx context.Context, db *sql.DB) error {
			var err error
			res.Followup, err = followup.RunOptions(ctx, db, followup.Options{Previous: StagingSchema,
				Full: opt.FullFollowup, Every: opt.everyFollowup})
			return err
		}
	}
	t := time.Now()
	if err := runFollowup(ctx, conn, fu); err != nil {
		return res, fmt.Errorf("transform: follow-up: %w", err)
	}
	slog.DebugContext(ctx, "transform: follow-up", "took", time.Since(t).Round(time.Millisecond))
	t = time.Now()
	err = inTx(ctx, conn, func() error {
		if err := buildLayers(ctx, conn, layersAfter, &res); err != nil {
			return err
		}
		slog.DebugContext(ctx, "transform: core and marts", "took", time.Since(t).Round(time.Millisecond))
		t = time.Now()
		defer func() { slog.DebugContext(ctx, "transform: publish", "took", time.Since(t).Round(time.Millisecond)) }()
		return publish(ctx, conn)
	})
	if err != nil {
		return res, fmt.Errorf("transform: %w", err)
	}
	res.Duration = time.Since(start)
	return res, nil
}

// buildLayers builds the models of each layer, then runs that layer's data tests.
func buildLayers(ctx context.Context, conn *sql.Conn, layers []string, res *Result) error {
	for _, l := range layers {
		ms, err := models(l)
		if err != nil {
			return err
		}
		if err := build(ctx, conn, ms); err != nil {
			return err
		}
		res.Models += len(ms)
		if l == "staging" {
			if _, err := conn.ExecContext(ctx, followupDDL); err != nil {
				return fmt.Errorf("commitment_followups: %w", err)
			}
		}
		ts, err := dataTests(l)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		if err := runTests(ctx, conn, ts); err != nil {
			return err
		}
		res.Tests += len(ts)
	}
	return nil
}

// requireRaw fails when the raw tables written by ingest are missing.
func requireRaw(ctx context.Context, conn *sql.Conn) error {
	var n int
	err := conn.QueryRowContext(ctx, `select count(*) from duckdb_tables()
		where database_name = current_database() and (schema_name = 'main' and table_name = 'documents'
		or schema_name = 'raw' and table_name in ('raw_meetings', 'raw_participants', 'raw_agreements',
			'raw_agreement_actions', 'raw_agreement_mentions', 'raw_commitments'))`).Scan(&n)
	if err != nil {
		return err
	}
	if n != 7 {
		return fmt.Errorf("raw tables missing: open the database with ingest/load first")
	}
	return nil
}

// inTx runs fn inside a transaction on conn, rolling back when it fails.
func inTx(ctx context.Context, conn *sql.Conn, fn func() error) error {
	if _, err := conn.ExecContext(ctx, "begin transaction"); err != nil {
		return err
	}
	if err := fn(); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return err
	}
	if _, err := conn.ExecContext(ctx, "commit"); err != nil {
		conn.ExecContext(context.Background(), "rollback")
		return err
	}
	return nil
}

// stale lists the corrections that match nothing.
func stale(ctx context.Context, conn *sql.Conn) ([]string, error) {
	b, err := fs.ReadFile(sqlFS, "stale.sql")
	if err != nil {
		return nil, err
	}
	rs, err := conn.QueryContext(ctx, trimSQL(string(b)))
	if err != nil {
		return nil, fmt.Errorf("stale corrections: %w", err)
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var line int
		var table, id, column, value, reason string
		if err := rs.Scan(&line, &table, &id, &column, &value, &reason); err != nil {
			return nil, fmt.Errorf("stale corrections: %w", err)
		}
		out = append(out, fmt.Sprintf("line %d: %s %s %s=%s: %s", line, table, id, column, value, reason))
	}
	return out, rs.Err()
}
