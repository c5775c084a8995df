package sqlshell

import (
	"actas/analytics/internal/duckstmt"
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/duckdb/duckdb-go/v2"
)

// column is one result column: its name, DuckDB type name and type.
type column struct {
	name     string
	typeName string
	info     duckdb.TypeInfo
}

// sink receives the results of the statements of one Run.
type sink interface {
	// begin starts a result with these columns.
	begin(cols []column) error
	// row takes one row of the current result; vals is reused after it returns.
	row(vals []driver.Value) error
	// end closes the current result.
	end() error
	// finish closes the whole output.
	finish() error
}

// runStatement runs one statement on conn with args bound to its parameters
// and feeds its result to out. A statement that only changes data or schema
// prints nothing.
func runStatement(ctx context.Context, conn *sql.Conn, stmt string, out sink, args ...any) error {
	return duckstmt.Query(ctx, conn, stmt, args, func(st *duckdb.Stmt, rows driver.Rows) error {
		cols, err := columns(st, rows)
		if err != nil {
			return err
		}
		if quiet(st, cols) {
			return nil
		}
		if err := out.begin(cols); err != nil {
			return err
		}
		vals := make([]driver.Value, len(cols))
		for {
			if err := ctx.Err(); err != nil {
				return err
			}
			err := rows.Next(vals)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return err
			}
			if err := out.row(vals); err != nil {
				return err
			}
		}
		return out.end()
	})
}

// columns describes the columns of a statement's result.
func columns(st *duckdb.Stmt, rows driver.Rows) ([]column, error) {
	names := rows.Columns()
	typed, _ := rows.(driver.RowsColumnTypeDatabaseTypeName)
	cols := make([]column, len(names))
	for i, name := range names {
		info, err := st.ColumnTypeInfo(i)
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", name, err)
		}
		cols[i] = column{name: name, info: info}
		if typed != nil {
			cols[i].typeName = strings.ToLower(typed.ColumnTypeDatabaseTypeName(i))
		}
	}
	return cols, nil
}

// quiet reports whether a result only tells how many rows a statement
// changed, or has no columns at all, and so is not printed.
func quiet(st *duckdb.Stmt, cols []column) bool {
	if len(cols) == 0 {
		return true
	}
	t, err := st.StatementType()
	if err != nil {
		return false
	}
	switch t {
	case duckdb.STATEMENT_TYPE_SELECT, duckdb.STATEMENT_TYPE_EXPLAIN, duckdb.STATEMENT_TYPE_PRAGMA,
		duckdb.STATEMENT_TYPE_CALL, duckdb.STATEMENT_TYPE_EXECUTE, duckdb.STATEMENT_TYPE_RELATION:
		return false
	}
	return len(cols) == 1 && cols[0].name == "Count"
}
