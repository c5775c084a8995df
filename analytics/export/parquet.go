package export

import (
	"actas/analytics/internal/duckstmt"
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/duckdb/duckdb-go/v2"
)

// batchRows is how many rows go into one Arrow record batch and so one
// Parquet row group.
const batchRows = 122880

// nullPartition names the partition of rows whose year is NULL, as Hive does.
const nullPartition = "__HIVE_DEFAULT_PARTITION__"

// writeParquetTable writes a table as Parquet into dir, one file per year
// when the table has a partition.
func writeParquetTable(ctx context.Context, db *sql.DB, t Table, dir string) ([]string, error) {
	from := quoteIdent(t.Name)
	whole := filepath.Join(dir, "part-0.parquet")
	if t.Partition == "" {
		return []string{whole}, writeParquet(ctx, db, "SELECT * FROM "+from, nil, whole)
	}
	years, err := partitions(ctx, db, t)
	if err != nil {
		return nil, err
	}
	if len(years) == 0 {
		// No rows: one file keeps the schema where readers look for it.
		return []string{whole}, writeParquet(ctx, db, "SELECT * FROM "+from, nil, whole)
	}
	sel := "SELECT * FROM " + from
	if t.ExcludeYear {
		sel = "SELECT * EXCLUDE (" + quoteIdent("year") + ") FROM " + from
	}
	var files []string
	for _, y := range years {
		query, args, name := sel+" WHERE CAST("+t.Partition+" AS VARCHAR) = $1", []any{y.String}, y.String
		if !y.Valid {
			query, args, name = sel+" WHERE "+t.Partition+" IS NULL", nil, nullPartition
		}
		path := filepath.Join(dir, "year="+name, "part-0.parquet")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		if err := writeParquet(ctx, db, query, args, path); err != nil {
			return nil, err
		}
		files = append(files, path)
	}
	return files, nil
}

// partitions lists the distinct years of a partitioned table as text.
func partitions(ctx context.Context, db *sql.DB, t Table) ([]sql.NullString, error) {
	q := fmt.Sprintf("SELECT DISTINCT CAST(%s AS VARCHAR) FROM %s ORDER BY 1 NULLS LAST", t.Partition, quoteIdent(t.Name))
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var years []sql.NullString
	for rows.Next() {
		var y sql.NullString
		if err := rows.Scan(&y); err != nil {
			return nil, err
		}
		years = append(years, y)
	}
	return years, rows.Err()
}

// writeParquet runs query with args and writes its rows to a Parquet file at
// path through Arrow record batches, compressed with zstd.
func writeParquet(ctx context.Context, db *sql.DB, query string, args []any, path string) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return duckstmt.Query(ctx, conn, query, args, func(st *duckdb.Stmt, rows driver.Rows) error {
		schema, appenders, err := arrowSchema(st, rows.Columns())
		if err != nil {
			return err
		}
		return writeRows(ctx, rows, schema, appenders, path)
	})
}

// writeRows copies rows into Arrow record batches and writes them to path.
func writeRows(ctx context.Context, rows driver.Rows, schema *arrow.Schema, appenders []appendFunc, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	props := parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Zstd))
	w, err := pqarrow.NewFileWriter(schema, f, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		return fmt.Errorf("parquet %s: %w", path, err)
	}
	rb := array.NewRecordBuilder(memory.DefaultAllocator, schema)
	defer rb.Release()
	flush := func() error {
		rec := rb.NewRecordBatch()
		defer rec.Release()
		if rec.NumRows() == 0 {
			return nil
		}
		return w.Write(rec)
	}
	vals := make([]driver.Value, len(appenders))
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			w.Close()
			return err
		}
		err := rows.Next(vals)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			w.Close()
			return err
		}
		for i, v := range vals {
			if err := appenders[i](rb.Field(i), v); err != nil {
				w.Close()
				return fmt.Errorf("column %s: %w", schema.Field(i).Name, err)
			}
		}
		if n++; n%batchRows == 0 {
			if err := flush(); err != nil {
				w.Close()
				return fmt.Errorf("parquet %s: %w", path, err)
			}
		}
	}
	if err := flush(); err != nil {
		w.Close()
		return fmt.Errorf("parquet %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("parquet %s: %w", path, err)
	}
	return nil
}
