// Package export writes every public table of the actas database to files
// analysts can load elsewhere: Parquet (written through Arrow, partitioned
// by year), CSV or newline-delimited JSON.
package export

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Format is the file format of an export.
type Format string

// The export formats.
const (
	FormatParquet Format = "parquet"
	FormatCSV     Format = "csv"
	FormatJSON    Format = "json"
)

// ParseFormat returns the Format named s, or an error listing the formats.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case FormatParquet, FormatCSV, FormatJSON:
		return f, nil
	}
	return "", fmt.Errorf("unknown export format %q (want parquet, csv or json)", s)
}

// Export writes every public table (see Tables) to outDir/TABLE/ in format f
// and returns the files written. Parquet goes to
// TABLE/year=YYYY/part-0.parquet when the table has a year (or start_date)
// column and to TABLE/part-0.parquet otherwise; CSV to TABLE/TABLE.csv and
// JSON to TABLE/TABLE.jsonl. A table's earlier export is replaced whole.
func Export(ctx context.Context, db *sql.DB, f Format, outDir string) ([]string, error) {
	if _, err := ParseFormat(string(f)); err != nil {
		return nil, err
	}
	tables, err := Tables(ctx, db)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	var files []string
	for _, t := range tables {
		written, err := exportTable(ctx, db, t, f, outDir)
		if err != nil {
			return files, fmt.Errorf("export %s: %w", t.Name, err)
		}
		files = append(files, written...)
	}
	return files, nil
}

// exportTable writes one table into a temporary folder in outDir, then puts
// it in place of outDir/TABLE.
func exportTable(ctx context.Context, db *sql.DB, t Table, f Format, outDir string) ([]string, error) {
	if t.Name == "" || t.Name == "." || t.Name == ".." || strings.ContainsAny(t.Name, `/\`) {
		return nil, errors.New("table name cannot name a folder")
	}
	tmp, err := os.MkdirTemp(outDir, ".export-"+t.Name+"-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	var written []string
	switch f {
	case FormatParquet:
		written, err = writeParquetTable(ctx, db, t, tmp)
	case FormatCSV:
		written, err = copyTable(ctx, db, t, filepath.Join(tmp, t.Name+".csv"), "FORMAT csv, HEADER true")
	case FormatJSON:
		written, err = copyTable(ctx, db, t, filepath.Join(tmp, t.Name+".jsonl"), "FORMAT json")
	}
	if err != nil {
		return nil, err
	}
	final := filepath.Join(outDir, t.Name)
	if err := os.RemoveAll(final); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, final); err != nil {
		return nil, err
	}
	for i, w := range written {
		rel, err := filepath.Rel(tmp, w)
		if err != nil {
			return nil, err
		}
		written[i] = filepath.Join(final, rel)
	}
	return written, nil
}

// copyTable writes a table to one file with DuckDB's COPY and options.
func copyTable(ctx context.Context, db *sql.DB, t Table, path, options string) ([]string, error) {
	stmt := fmt.Sprintf("COPY (SELECT * FROM %s) TO %s (%s)", quoteIdent(t.Name), quoteString(path), options)
	if _, err := db.ExecContext(ctx, stmt); err != nil {
		return nil, err
	}
	return []string{path}, nil
}
