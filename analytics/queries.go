package analytics

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"regexp"
	"strings"
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
	fmRef    = regexp.MustCompile(`\bfm\b`)
	paramRef = regexp.MustCompile(`\$([a-z]+)`)
	// leadingWith finds a query's own WITH, which joins filter.sql's as ", name AS".
	leadingWith = regexp.MustCompile(`(?s)^((?:--[^\n]*\n)*)WITH\b`)
	queries     = loadQueries()
)

// loadQueries reads every query file; those that read fm get filter.sql in front.
func loadQueries() map[string]query {
	prefix := mustRead("filter.sql")
	entries, err := queryFiles.ReadDir("queries")
	if err != nil {
		panic(err)
	}
	out := make(map[string]query, len(entries))
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".sql")
		text := mustRead(e.Name())
		if name != "filter" && fmRef.MatchString(text) {
			text = prefix + leadingWith.ReplaceAllString(text, "$1,")
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
	return out
}

// mustRead returns an embedded query file; they are compiled in, so a miss is a bug.
func mustRead(name string) string {
	b, err := queryFiles.ReadFile("queries/" + name)
	if err != nil {
		panic(err)
	}
	return string(b)
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

// rows runs the named query and calls scan for each row.
func rows(ctx context.Context, db *sql.DB, name string, p params, scan func(*sql.Rows) error) error {
	q, ok := queries[name]
	if !ok {
		return fmt.Errorf("query %s: not found", name)
	}
	args, err := q.args(p)
	if err != nil {
		return err
	}
	rs, err := db.QueryContext(ctx, q.text, args...)
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
