package export

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// PublicTables names the tables analysts use, in export order. Tables and
// views with a description (COMMENT ON) are public too.
var PublicTables = []string{
	"documents", "document_pages", "meetings", "meeting_participants", "agreements",
	"agreement_actions", "agreement_mentions", "commitments", "commitment_followups",
	"countries", "organisations", "bodies", "years",
	"fact_participation", "fact_agreement_actions", "fact_mentions", "fact_commitments",
	"participation_by_country_year", "agreements_by_action_year", "mentions_by_organisation_year",
	"commitments_by_responsible_year", "follow_through_by_year",
}

//go:embed sql/tables.sql
var tablesSQL string

// Table is a table or view to export and how to partition it.
type Table struct {
	Name string
	// Partition is the SQL expression whose value names a year=VALUE
	// partition in Parquet output, or "" when the table is not partitioned.
	Partition string
	// ExcludeYear is set when the year column itself is the partition and so
	// is left out of the files, as Hive-style readers restore it from the path.
	ExcludeYear bool
}

// Tables lists the public tables and views that exist in the database: those
// in PublicTables first, in that order, then the other documented ones by name.
func Tables(ctx context.Context, db *sql.DB) ([]Table, error) {
	rows, err := db.QueryContext(ctx, tablesSQL)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	defer rows.Close()
	var listed, documented []Table
	for rows.Next() {
		var name string
		var doc, hasYear, hasStart bool
		var columns int
		if err := rows.Scan(&name, &doc, &hasYear, &hasStart, &columns); err != nil {
			return nil, fmt.Errorf("list tables: %w", err)
		}
		t := Table{Name: name}
		switch {
		case hasYear && columns > 1:
			t.Partition, t.ExcludeYear = quoteIdent("year"), true
		case hasStart:
			t.Partition = "year(" + quoteIdent("start_date") + ")"
		}
		switch {
		case slices.Contains(PublicTables, name):
			listed = append(listed, t)
		case doc:
			documented = append(documented, t)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	slices.SortStableFunc(listed, func(a, b Table) int {
		return slices.Index(PublicTables, a.Name) - slices.Index(PublicTables, b.Name)
	})
	return append(listed, documented...), nil
}

// quoteIdent quotes a SQL identifier.
func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// quoteString quotes a SQL string literal.
func quoteString(s string) string {
	return `'` + strings.ReplaceAll(s, `'`, `''`) + `'`
}
