package transform

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"
)

//go:embed models tests reference.sql comments.sql stale.sql canonical.sql
var sqlFS embed.FS

// model is one SQL model: a query materialised as table name.
type model struct {
	name string // table name
	file string // path in sqlFS
	sql  string
}

// modelFile matches NN_name.sql.
var modelFile = regexp.MustCompile(`^\d+_([a-z0-9_]+)\.sql$`)

// models returns the models of a layer (staging, core, marts) in file order.
func models(layer string) ([]model, error) {
	dir := path.Join("models", layer)
	entries, err := fs.ReadDir(sqlFS, dir)
	if err != nil {
		return nil, fmt.Errorf("models %s: %w", layer, err)
	}
	var out []model
	for _, e := range entries {
		m := modelFile.FindStringSubmatch(e.Name())
		if m == nil {
			continue
		}
		file := path.Join(dir, e.Name())
		b, err := fs.ReadFile(sqlFS, file)
		if err != nil {
			return nil, fmt.Errorf("model %s: %w", file, err)
		}
		out = append(out, model{name: m[1], file: file, sql: trimSQL(string(b))})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].file < out[j].file })
	return out, nil
}

// build materialises each model as a table, in order.
func build(ctx context.Context, tx *sql.Conn, ms []model) error {
	for _, m := range ms {
		t := time.Now()
		q := fmt.Sprintf("create or replace table %s as\n%s", m.name, m.sql)
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("model %s (%s): %w", m.name, m.file, err)
		}
		slog.DebugContext(ctx, "transform: model", "model", m.name, "took", time.Since(t).Round(time.Millisecond))
	}
	return nil
}

// script runs the statements of an embedded SQL file one by one.
func script(ctx context.Context, tx *sql.Conn, file string) error {
	b, err := fs.ReadFile(sqlFS, file)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for _, q := range statements(string(b)) {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
	}
	return nil
}

// statements splits a script on semicolons that end a line.
func statements(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ";\n") {
		if q := trimSQL(part); q != "" {
			out = append(out, q)
		}
	}
	return out
}

// trimSQL drops comment-only lines at the ends, surrounding space and a final semicolon.
func trimSQL(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for len(lines) > 0 && (strings.HasPrefix(strings.TrimSpace(lines[0]), "--") || strings.TrimSpace(lines[0]) == "") {
		lines = lines[1:]
	}
	return strings.TrimSuffix(strings.TrimSpace(strings.Join(lines, "\n")), ";")
}
