// Package duckstmt runs a statement on DuckDB's own driver interface, where
// the column types of a result can be read.
package duckstmt

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"

	"github.com/duckdb/duckdb-go/v2"
)

// Query prepares stmt on conn, runs it with args bound to its parameters and
// calls fn with the prepared DuckDB statement (for column types) and its rows.
func Query(ctx context.Context, conn *sql.Conn, stmt string, args []any, fn func(st *duckdb.Stmt, rows driver.Rows) error) error {
	return conn.Raw(func(dc any) error {
		prep, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return errors.New("driver connection cannot prepare statements")
		}
		ds, err := prep.PrepareContext(ctx, stmt)
		if err != nil {
			return err
		}
		defer ds.Close()
		st, ok := ds.(*duckdb.Stmt)
		if !ok {
			return fmt.Errorf("not a DuckDB statement: %T", ds)
		}
		named := make([]driver.NamedValue, len(args))
		for i, a := range args {
			named[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
		}
		rows, err := st.QueryContext(ctx, named)
		if err != nil {
			return err
		}
		defer rows.Close()
		return fn(st, rows)
	})
}
