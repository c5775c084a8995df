package transform

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"actas"
	"actas/ingest/load"
)

// testRef is the reference data the tests use, a copy of data/ at one point in time.
var testRef = os.DirFS("testdata/reference")

// openStore opens a fresh DuckDB file in a temporary directory.
func openStore(t testing.TB) *load.Store {
	t.Helper()
	s, err := load.Open(filepath.Join(t.TempDir(), "actas.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// day parses an ISO date; "" is the zero time.
func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// meetingSpec describes one synthetic report.
type meetingSpec struct {
	name, format, body, start, city string
	participants                    []string // "country:MEX"
	agreements                      []actas.Agreement
}

// save stores a synthetic report and returns its meeting id.
func save(t testing.TB, s *load.Store, m meetingSpec) string {
	t.Helper()
	sum := sha256.Sum256([]byte(m.name))
	h := hex.EncodeToString(sum[:])
	doc := &actas.Document{Path: "/archive/" + m.name, SHA256: h, Format: m.format, Language: "es",
		Pages:    []actas.Page{{Number: 1, Text: m.name, Method: "text"}},
		Ingested: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	rep := &actas.Report{Meeting: actas.Meeting{BodyID: m.body, StartDate: day(m.start), EndDate: day(m.start),
		City: m.city, Language: "es", Title: m.name}, Agreements: m.agreements}
	for _, p := range m.participants {
		rep.Participants = append(rep.Participants, entity(p))
	}
	if err := s.Save(context.Background(), doc, rep); err != nil {
		t.Fatal(err)
	}
	return h[:16]
}

// entity parses "type:id".
func entity(s string) actas.Entity {
	for i := range s {
		if s[i] == ':' {
			return actas.Entity{Type: actas.EntityType(s[:i]), ID: s[i+1:]}
		}
	}
	panic("bad entity " + s)
}

// agreement builds an agreement whose single clause has action a.
func agreement(seq int, a actas.Action, mentions []string, commitments ...actas.Commitment) actas.Agreement {
	ag := actas.Agreement{Seq: seq, Number: fmt.Sprint(seq), Action: a, Text: fmt.Sprintf("point %d", seq),
		Page: 1, Clauses: []actas.Clause{{Seq: 1, Action: a, Verb: string(a)}}, Commitments: commitments}
	for _, m := range mentions {
		ag.Mentions = append(ag.Mentions, entity(m))
	}
	return ag
}

// commitment builds a commitment of responsible ("type:id").
func commitment(a actas.Action, responsible, dueEnd, nextOf string) actas.Commitment {
	return actas.Commitment{Action: a, Responsible: entity(responsible), DueEnd: day(dueEnd), DueNextMeetingOf: nextOf}
}

// value runs a query returning one value and formats it.
func value(t testing.TB, db *sql.DB, q string, args ...any) string {
	t.Helper()
	var v any
	if err := db.QueryRow(q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	if tm, ok := v.(time.Time); ok {
		return tm.Format("2006-01-02")
	}
	return fmt.Sprint(v)
}

// noFollowup leaves commitment_followups empty.
func noFollowup(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "delete from commitment_followups")
	return err
}

// fixedFollowup writes the given rows (commitment_id, status, link) to commitment_followups.
func fixedFollowup(rows ...[3]string) FollowupFunc {
	return func(ctx context.Context, db *sql.DB) error {
		if err := noFollowup(ctx, db); err != nil {
			return err
		}
		for _, r := range rows {
			if _, err := db.ExecContext(ctx, `insert into commitment_followups values (?, ?, nullif(?, ''), 'evidence', 0.9, 'shared party', nullif(?, ''))`,
				r[0], r[1], r[2], r[2]); err != nil {
				return err
			}
		}
		return nil
	}
}
