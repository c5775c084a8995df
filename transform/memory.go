package transform

import (
	"context"
	"database/sql"
	"fmt"
)

// DefaultMemoryLimit is DuckDB's memory limit during a transform when
// Options.MemoryLimit is empty: what does not fit spills to the temporary
// directory beside the database (docs/scale.md).
const DefaultMemoryLimit = "1GB"

// limitMemory sets DuckDB's memory limit and its temporary directory to
// <database>.tmp in the database's folder, and returns a function that puts
// the previous settings back (they are global to the open database).
func limitMemory(ctx context.Context, conn *sql.Conn, limit string) (func(), error) {
	if limit == "" {
		limit = DefaultMemoryLimit
	}
	var oldLimit, oldTemp, path string
	err := conn.QueryRowContext(ctx, `select current_setting('memory_limit'), current_setting('temp_directory'),
		coalesce((select path from duckdb_databases() where database_name = current_database()), '')`).Scan(&oldLimit, &oldTemp, &path)
	if err != nil {
		return func() {}, fmt.Errorf("memory limit: %w", err)
	}
	set := func(ctx context.Context, limit, temp string) error {
		if _, err := conn.ExecContext(ctx, "set memory_limit = "+quote(limit)); err != nil {
			return fmt.Errorf("memory limit %s: %w", limit, err)
		}
		if temp == "" || temp == oldTemp {
			return nil
		}
		if _, err := conn.ExecContext(ctx, "set temp_directory = "+quote(temp)); err != nil {
			return fmt.Errorf("temporary directory %s: %w", temp, err)
		}
		return nil
	}
	temp := ""
	if path != "" {
		temp = path + ".tmp"
	}
	if err := set(ctx, limit, temp); err != nil {
		set(context.Background(), oldLimit, oldTemp)
		return func() {}, err
	}
	return func() { set(context.Background(), oldLimit, oldTemp) }, nil
}
