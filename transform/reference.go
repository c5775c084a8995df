package transform

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"actas"
)

// refTable is a reference table loaded from a CSV file of the same name.
type refTable struct {
	name     string
	required []string // columns the models rely on
	booleans []string // columns cast to BOOLEAN
	seed     [][]string
}

// refTables lists the reference tables in load order.
var refTables = []refTable{
	{name: "countries", required: []string{"iso3", "iso2", "name_en", "name_es", "rcm_member"},
		booleans: []string{"rcm_member"}},
	{name: "country_aliases", required: []string{"iso3", "alias", "lang"}},
	{name: "organisations", required: []string{"org_id", "acronym_en", "acronym_es", "name_en", "name_es", "kind"}},
	{name: "organisation_aliases", required: []string{"org_id", "alias", "lang", "case_sensitive"}, booleans: []string{"case_sensitive"}},
	{name: "bodies", required: []string{"body_id", "name_en", "name_es", "org_id", "level"}},
	{name: "body_aliases", required: []string{"body_id", "alias", "lang"}},
	{name: "groups", required: []string{"group_id", "alias", "lang"},
		seed: [][]string{{actas.GroupMemberStates, "member states", "en"}}},
}

// loadReference loads every reference table from the CSV files in ref; a
// missing file gives an empty table (seeded where the models need a row).
func loadReference(ctx context.Context, tx *sql.Conn, ref fs.FS) error {
	dir, err := os.MkdirTemp("", "actas-ref-")
	if err != nil {
		return fmt.Errorf("reference: %w", err)
	}
	defer os.RemoveAll(dir)
	for _, t := range refTables {
		if err := t.load(ctx, tx, ref, dir); err != nil {
			return fmt.Errorf("reference %s.csv: %w", t.name, err)
		}
	}
	return nil
}

// load creates the table from its CSV, or empty when the file is missing.
func (t refTable) load(ctx context.Context, tx *sql.Conn, ref fs.FS, dir string) error {
	b, err := fs.ReadFile(ref, t.name+".csv")
	if errors.Is(err, fs.ErrNotExist) {
		return t.createEmpty(ctx, tx)
	}
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, t.name+".csv")
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return err
	}
	q := fmt.Sprintf(`create or replace table %s as select * from read_csv(%s, header = true,
		all_varchar = true, auto_detect = true, delim = ',', quote = '"', strict_mode = true)`, t.name, quote(tmp))
	if _, err := tx.ExecContext(ctx, q); err != nil {
		return err
	}
	if err := t.check(ctx, tx); err != nil {
		return err
	}
	for _, c := range t.booleans {
		q := fmt.Sprintf(`alter table %s alter column %s type boolean using coalesce(try_cast(%s as boolean), false)`, t.name, c, c)
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// check fails when a required column is missing.
func (t refTable) check(ctx context.Context, tx *sql.Conn) error {
	have := map[string]bool{}
	rs, err := tx.QueryContext(ctx, `select column_name from duckdb_columns()
		where database_name = current_database() and schema_name = current_schema() and table_name = ?`, t.name)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		var c string
		if err := rs.Scan(&c); err != nil {
			return err
		}
		have[c] = true
	}
	if err := rs.Err(); err != nil {
		return err
	}
	var missing []string
	for _, c := range t.required {
		if !have[c] {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing column(s) %s", strings.Join(missing, ", "))
	}
	return nil
}

// createEmpty creates the table with its required columns and seed rows.
func (t refTable) createEmpty(ctx context.Context, tx *sql.Conn) error {
	cols := make([]string, len(t.required))
	for i, c := range t.required {
		cols[i] = c + " varchar"
		for _, b := range t.booleans {
			if b == c {
				cols[i] = c + " boolean"
			}
		}
	}
	q := fmt.Sprintf("create or replace table %s (%s)", t.name, strings.Join(cols, ", "))
	if _, err := tx.ExecContext(ctx, q); err != nil {
		return err
	}
	for _, row := range t.seed {
		args := make([]any, len(row))
		marks := make([]string, len(row))
		for i, v := range row {
			args[i], marks[i] = v, "?"
		}
		q := fmt.Sprintf("insert into %s values (%s)", t.name, strings.Join(marks, ", "))
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}

// quote makes s a SQL string literal.
func quote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}
