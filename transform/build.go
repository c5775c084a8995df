package transform

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"slices"
	"strings"

	duckdb "github.com/duckdb/duckdb-go/v2"
)

// Schemas of a generation: built in BuildSchema, published to main (public
// tables) and StagingSchema (stg_* and the follow-up matcher's output).
const (
	BuildSchema   = "build"
	StagingSchema = "staging"
	buildPath     = "build,raw,main"
)

// ingestTables are the tables of main written by ingest, which a publish keeps.
var ingestTables = []string{"schema_version", "documents", "document_paths", "document_pages",
	"ingest_runs", "ingest_errors", "ingest_skipped"}

// canonicalTables are the public tables that count each meeting once; each
// copy's rows stay in the table of the same name with suffix _all.
var canonicalTables = []string{"meetings", "meeting_participants", "agreements",
	"agreement_actions", "agreement_mentions", "commitments"}

// enterBuild drops what an interrupted run left in BuildSchema, creates it
// anew and makes it conn's default schema. It reports whether a previous
// transform had left BuildSchema behind (it was killed before publishing).
func enterBuild(ctx context.Context, conn *sql.Conn) (bool, error) {
	var left bool
	if err := conn.QueryRowContext(ctx, `select count(*) > 0 from duckdb_schemas()
		where database_name = current_database() and schema_name = ?`, BuildSchema).Scan(&left); err != nil {
		return false, err
	}
	for _, q := range []string{
		"drop schema if exists " + BuildSchema + " cascade",
		"create schema " + BuildSchema,
		"use " + BuildSchema,
		"set search_path = '" + buildPath + "'",
	} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return left, fmt.Errorf("%s: %w", q, err)
		}
	}
	return left, nil
}

// leaveBuild makes main conn's default schema again and drops BuildSchema.
func leaveBuild(conn *sql.Conn) {
	ctx := context.Background()
	conn.ExecContext(ctx, "use main")
	conn.ExecContext(ctx, "reset search_path")
	conn.ExecContext(ctx, "drop schema if exists "+BuildSchema+" cascade")
}

// runFollowup runs fu on connections of the same database whose default
// schema is BuildSchema, so that it reads and writes the new generation.
func runFollowup(ctx context.Context, conn *sql.Conn, fu FollowupFunc) error {
	var path string
	if err := conn.QueryRowContext(ctx, `select coalesce(path, '') from duckdb_databases()
		where database_name = current_database()`).Scan(&path); err != nil {
		return err
	}
	if path == "" {
		return fmt.Errorf("the transform needs a database file, not an in-memory database")
	}
	cn, err := duckdb.NewConnector(path, func(e driver.ExecerContext) error {
		for _, q := range []string{"use " + BuildSchema, "set search_path = '" + buildPath + "'"} {
			if _, err := e.ExecContext(ctx, q, nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	db := sql.OpenDB(cn) // shares the open database: duckdb-go caches instances by path
	defer db.Close()
	return fu(ctx, db)
}

// publish replaces the public tables of main with those of BuildSchema and
// the tables of StagingSchema with its internal ones, splits the canonical
// tables from their _all copies and comments every table. It runs inside the
// transaction that built the generation; leaveBuild drops BuildSchema after.
func publish(ctx context.Context, conn *sql.Conn) error {
	for _, q := range []string{"use main", "set search_path = 'main'"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("publish: %w", err)
		}
	}
	built, err := tableNames(ctx, conn, BuildSchema)
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	old, err := tableNames(ctx, conn, "main")
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	stmts := []string{
		"drop schema if exists " + StagingSchema + " cascade",
		"create schema " + StagingSchema,
	}
	for _, t := range old {
		if !slices.Contains(ingestTables, t) {
			stmts = append(stmts, "drop table main."+ident(t))
		}
	}
	for _, t := range built {
		switch {
		case !IsPublic(t):
			stmts = append(stmts, fmt.Sprintf("create table %s.%s as from %s.%s", StagingSchema, ident(t), BuildSchema, ident(t)))
		case slices.Contains(canonicalTables, t):
			// canonical.sql publishes these
		default:
			stmts = append(stmts, fmt.Sprintf("create table main.%s as from %s.%s", ident(t), BuildSchema, ident(t)))
		}
	}
	for _, q := range stmts {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("publish: %s: %w", q, err)
		}
	}
	if err := script(ctx, conn, "canonical.sql"); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := script(ctx, conn, "comments.sql"); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := commentCopies(ctx, conn); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	return nil
}

// tableNames lists the tables of a schema of the current database.
func tableNames(ctx context.Context, conn *sql.Conn, schema string) ([]string, error) {
	rs, err := conn.QueryContext(ctx, `select table_name from duckdb_tables()
		where database_name = current_database() and schema_name = ? order by table_name`, schema)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var t string
		if err := rs.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rs.Err()
}

// commentCopies gives each X_all table the comments of X, its table comment
// saying it holds every copy.
func commentCopies(ctx context.Context, conn *sql.Conn) error {
	var stmts []string
	for _, t := range canonicalTables {
		rs, err := conn.QueryContext(ctx, `select c.column_name, coalesce(c.comment, ''), coalesce(t.comment, '')
			from duckdb_columns() as c join duckdb_tables() as t using (database_name, schema_name, table_name)
			where c.database_name = current_database() and c.schema_name = 'main' and c.table_name = ?
			order by c.column_index`, t)
		if err != nil {
			return err
		}
		first := true
		for rs.Next() {
			var col, cc, tc string
			if err := rs.Scan(&col, &cc, &tc); err != nil {
				rs.Close()
				return err
			}
			if first {
				stmts = append(stmts, fmt.Sprintf("comment on table main.%s is %s", ident(t+"_all"),
					quote(strings.TrimSuffix(tc, ".")+"; this table keeps the rows of every copy of a meeting (each document), "+t+" only those of canonical meetings.")))
				first = false
			}
			if cc != "" {
				stmts = append(stmts, fmt.Sprintf("comment on column main.%s.%s is %s", ident(t+"_all"), ident(col), quote(cc)))
			}
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return err
		}
	}
	for _, q := range stmts {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}
