package transform

import (
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"actas"
)

// Correction is one line of a corrections file: set column of the row id of
// table to value (or, for mentions and participants, add or remove an entity).
type Correction struct {
	Line   int
	Table  string
	ID     string
	Column string
	Value  string
	Note   string
}

// correctable lists, per table, the columns a correction may set.
var correctable = map[string][]string{
	"meetings": {"body_id", "body_en", "body_as_written", "title", "start_date", "end_date",
		"city", "country_iso3", "language"},
	"meeting_participants": {"add", "remove"},
	"agreements":           {"action", "number", "parent_number", "text"},
	"agreement_mentions":   {"add", "remove"},
	"commitments": {"action", "responsible_type", "responsible_id", "due_text", "due_start", "due_end",
		"status", "fulfilled_by_agreement_id"},
}

// readCorrections parses a corrections CSV (`table,id,column,value,note`,
// header optional, blank lines and lines starting with # skipped).
func readCorrections(path string) ([]Correction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corrections: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.Comment = '#'
	var out []Correction
	for first := true; ; first = false {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("corrections %s: %w", path, err)
		}
		line, _ := r.FieldPos(0)
		if first && strings.EqualFold(strings.TrimSpace(rec[0]), "table") {
			continue
		}
		c, err := parseCorrection(line, rec)
		if err != nil {
			return nil, fmt.Errorf("corrections %s line %d: %w", path, line, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// parseCorrection checks one record and returns it as a Correction.
func parseCorrection(line int, rec []string) (Correction, error) {
	if len(rec) < 4 || len(rec) > 5 {
		return Correction{}, fmt.Errorf("want 4 or 5 fields (table,id,column,value,note), got %d", len(rec))
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	c := Correction{Line: line, Table: strings.ToLower(rec[0]), ID: rec[1], Column: strings.ToLower(rec[2]), Value: rec[3]}
	if len(rec) == 5 {
		c.Note = rec[4]
	}
	cols, ok := correctable[c.Table]
	if !ok {
		return c, fmt.Errorf("unknown table %q (want one of meetings, meeting_participants, agreements, agreement_mentions, commitments)", rec[0])
	}
	if !slices.Contains(cols, c.Column) {
		return c, fmt.Errorf("cannot correct %s.%s (want one of %s)", c.Table, rec[2], strings.Join(cols, ", "))
	}
	if c.ID == "" {
		return c, fmt.Errorf("empty id")
	}
	return c, validValue(c)
}

// validValue checks the value of a correction against its column's type.
func validValue(c Correction) error {
	switch c.Column {
	case "start_date", "end_date", "due_start", "due_end":
		if c.Value == "" {
			return nil
		}
		if _, err := time.Parse("2006-01-02", c.Value); err != nil {
			return fmt.Errorf("%s: %q is not a date (YYYY-MM-DD)", c.Column, c.Value)
		}
	case "action":
		if !slices.Contains(actas.Actions, actas.Action(c.Value)) {
			return fmt.Errorf("action: unknown action %q", c.Value)
		}
	case "status":
		if !slices.Contains([]string{actas.StatusPending, actas.StatusFulfilled, actas.StatusOverdue}, c.Value) {
			return fmt.Errorf("status: %q is not pending, fulfilled or overdue", c.Value)
		}
	case "responsible_type":
		return validType(c.Value)
	case "add", "remove":
		typ, id, ok := strings.Cut(c.Value, ":")
		if !ok || id == "" {
			return fmt.Errorf("%s: want TYPE:ID (e.g. organisation:IOM), got %q", c.Column, c.Value)
		}
		return validType(typ)
	}
	return nil
}

// validType checks an entity type.
func validType(t string) error {
	switch actas.EntityType(t) {
	case actas.EntityCountry, actas.EntityOrganisation, actas.EntityGroup:
		return nil
	}
	return fmt.Errorf("entity type %q is not country, organisation or group", t)
}

// loadCorrections replaces table corrections with the rows of cs.
func loadCorrections(ctx context.Context, tx *sql.Conn, cs []Correction) error {
	if _, err := tx.ExecContext(ctx, `create or replace table corrections (
		line integer, table_name varchar, id varchar, column_name varchar, value varchar, note varchar)`); err != nil {
		return fmt.Errorf("corrections: %w", err)
	}
	for _, c := range cs {
		if _, err := tx.ExecContext(ctx, `insert into corrections values (?, ?, ?, ?, ?, ?)`,
			c.Line, c.Table, c.ID, c.Column, c.Value, c.Note); err != nil {
			return fmt.Errorf("corrections line %d: %w", c.Line, err)
		}
	}
	return nil
}
