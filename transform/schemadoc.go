package transform

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// docOrder lists the public tables in the order the schema documentation
// shows them; other public tables follow in name order.
var docOrder = []string{
	"meetings", "meeting_participants", "agreements", "agreement_actions", "agreement_mentions", "commitments",
	"meetings_all", "meeting_participants_all", "agreements_all", "agreement_actions_all", "agreement_mentions_all",
	"commitments_all",
	"fact_participation", "fact_agreement_actions", "fact_mentions", "fact_commitments",
	"participation_by_country_year", "agreements_by_action_year", "mentions_by_organisation_year",
	"commitments_by_responsible_year", "follow_through_by_year",
	"years", "countries", "country_aliases", "organisations", "organisation_aliases", "bodies", "body_aliases", "groups",
	"documents", "document_paths", "document_pages", "ingest_runs", "ingest_errors", "ingest_skipped", "corrections",
}

// internalTables are tables analysts do not query: the schema version and
// the follow-up matcher's output (its result is in commitments).
var internalTables = []string{"schema_version", "commitment_followups"}

// IsPublic reports whether table is one of the documented public tables.
func IsPublic(table string) bool {
	return !strings.HasPrefix(table, "raw_") && !strings.HasPrefix(table, "stg_") &&
		!slices.Contains(internalTables, table)
}

// column is one documented column.
type column struct{ name, typ, comment string }

// table is one documented table.
type table struct {
	name, comment string
	columns       []column
}

// SchemaDoc returns Markdown documenting every public table and column with
// its comment, read from duckdb_tables() and duckdb_columns().
func SchemaDoc(ctx context.Context, db *sql.DB) (string, error) {
	tables, err := publicTables(ctx, db)
	if err != nil {
		return "", fmt.Errorf("schema doc: %w", err)
	}
	var b strings.Builder
	b.WriteString("# Schema\n\n")
	b.WriteString("Generated from the database (`actas schema`, `transform.SchemaDoc`) by\n")
	b.WriteString("`go test ./transform -run TestSchemaDocInSync -update`; do not edit by hand.\n\n")
	b.WriteString("Marts have one row per key and `body_id`: to narrow a question to one body filter\n")
	b.WriteString("`body_id`; for all bodies sum over `body_id`. Facts and marts count canonical meetings only.\n")
	for _, t := range tables {
		fmt.Fprintf(&b, "\n## %s\n\n%s\n\n| column | type | description |\n|---|---|---|\n", t.name, cell(t.comment))
		for _, c := range t.columns {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", c.name, c.typ, cell(c.comment))
		}
	}
	return b.String(), nil
}

// cell makes s safe inside a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

// publicTables reads the public tables and their columns in document order.
func publicTables(ctx context.Context, db *sql.DB) ([]table, error) {
	rs, err := db.QueryContext(ctx, `select t.table_name, coalesce(t.comment, ''), c.column_name, c.data_type,
			coalesce(c.comment, '')
		from duckdb_tables() as t
		join duckdb_columns() as c using (database_name, schema_name, table_name)
		where t.database_name = current_database() and t.schema_name = 'main' and not t.internal
		order by t.table_name, c.column_index`)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []table
	for rs.Next() {
		var tn, tc string
		var c column
		if err := rs.Scan(&tn, &tc, &c.name, &c.typ, &c.comment); err != nil {
			return nil, err
		}
		if !IsPublic(tn) {
			continue
		}
		if len(out) == 0 || out[len(out)-1].name != tn {
			out = append(out, table{name: tn, comment: tc})
		}
		out[len(out)-1].columns = append(out[len(out)-1].columns, c)
	}
	if err := rs.Err(); err != nil {
		return nil, err
	}
	slices.SortStableFunc(out, func(a, b table) int { return rank(a.name) - rank(b.name) })
	return out, nil
}

// rank is a table's position in docOrder, or after all of them.
func rank(name string) int {
	if i := slices.Index(docOrder, name); i >= 0 {
		return i
	}
	return len(docOrder)
}
