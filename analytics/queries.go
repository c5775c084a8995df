package analytics

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"regexp"
	"strings"
	"text/template"
)

//go:embed queries/*.sql
var queryFiles embed.FS

// query is one embedded SQL statement and the named parameters it uses.
type query struct {
	name   string
	text   string
	params []string
}

var (
	fmRef    = regexp.MustCompile(`\bfm\b|\bfmp\b`)
	paramRef = regexp.MustCompile(`\$([a-z]+)`)
	// leadingWith finds a query's own WITH, which joins filter.sql's as ", name AS".
	leadingWith = regexp.MustCompile(`(?s)^((?:--[^\n]*\n)*)WITH\b`)
	// queryTemplates holds every query file parsed as a text/template over a dialect.
	queryTemplates = parseQueries()
)

// parseQueries parses every query file into one template set (files whose
// name starts with _ hold shared fragments); they are compiled in, so an error is a bug.
func parseQueries() *template.Template {
	return template.Must(template.New("").Option("missingkey=error").ParseFS(queryFiles, "queries/*.sql"))
}

// querySet is every query rendered for one snapshot's dialect.
type querySet map[string]query

// renderQueries renders every query for d; those that read fm get filter.sql in front.
func renderQueries(d dialect) (querySet, error) {
	texts := map[string]string{}
	for _, t := range queryTemplates.Templates() {
		file := t.Name()
		if !strings.HasSuffix(file, ".sql") || strings.HasPrefix(file, "_") {
			continue
		}
		var b strings.Builder
		if err := queryTemplates.ExecuteTemplate(&b, file, d); err != nil {
			return nil, fmt.Errorf("query %s: %w", file, err)
		}
		texts[strings.TrimSuffix(file, ".sql")] = b.String()
	}
	out := make(querySet, len(texts))
	for name, text := range texts {
		if name != "filter" && fmRef.MatchString(text) {
			text = texts["filter"] + leadingWith.ReplaceAllString(text, "$1,")
		}
		seen := map[string]bool{}
		q := query{name: name, text: text}
		for _, m := range paramRef.FindAllStringSubmatch(text, -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				q.params = append(q.params, m[1])
			}
		}
		out[name] = q
	}
	return out, nil
}

// params holds the values a query may name; each query gets those it uses.
type params map[string]any

// args returns the named arguments q uses, failing on one not given.
func (q query) args(p params) ([]any, error) {
	out := make([]any, 0, len(q.params))
	for _, name := range q.params {
		v, ok := p[name]
		if !ok {
			return nil, fmt.Errorf("query %s: no value for $%s", q.name, name)
		}
		out = append(out, sql.Named(name, v))
	}
	return out, nil
}

// reader is a snapshot's pool with the queries rendered for its schema.
type reader struct {
	db *sql.DB
	qs querySet
	d  dialect
}

// newReader probes db's schema and renders the queries for it.
func newReader(ctx context.Context, db *sql.DB) (reader, error) {
	d, err := probeDialect(ctx, db)
	if err != nil {
		return reader{}, err
	}
	qs, err := renderQueries(d)
	if err != nil {
		return reader{}, err
	}
	return reader{db: db, qs: qs, d: d}, nil
}

// rows runs the named query and calls scan for each row.
func rows(ctx context.Context, rd reader, name string, p params, scan func(*sql.Rows) error) error {
	q, ok := rd.qs[name]
	if !ok {
		return fmt.Errorf("query %s: not found", name)
	}
	args, err := q.args(p)
	if err != nil {
		return err
	}
	rs, err := rd.db.QueryContext(ctx, q.text, args...)
	if err != nil {
		return fmt.Errorf("query %s: %w", name, err)
	}
	defer rs.Close()
	for rs.Next() {
		if err := scan(rs); err != nil {
			return fmt.Errorf("query %s: %w", name, err)
		}
	}
	if err := rs.Err(); err != nil {
		return fmt.Errorf("query %s: %w", name, err)
	}
	return nil
}
