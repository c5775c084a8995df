package load

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"actas"
)

// openTest opens a fresh store in a temporary directory.
func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "actas.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// day parses an ISO date.
func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

// testDoc makes a document whose hash comes from content.
func testDoc(path, content string) *actas.Document {
	sum := sha256.Sum256([]byte(content))
	h := hex.EncodeToString(sum[:])
	return &actas.Document{Path: path, SHA256: h, Format: "txt", Language: "es",
		Pages:    []actas.Page{{Number: 1, Text: content, Method: "text"}},
		Ingested: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
}

// testReport is a small report with two agreements, one with two commitments.
func testReport() *actas.Report {
	return &actas.Report{
		Meeting: actas.Meeting{BodyID: "rcgm", BodyEN: "Regional Consultation Group on Migration",
			BodyAsWritten: "Grupo Regional de Consulta sobre Migración", Title: "Reunión",
			StartDate: day("2017-11-27"), EndDate: day("2017-11-28"), City: "San Salvador",
			CountryISO3: "SLV", Language: "es"},
		Participants: []actas.Entity{{Type: "country", ID: "MEX"}, {Type: "country", ID: "SLV"},
			{Type: "country", ID: "MEX"}, {Type: "organisation", ID: "iom"}},
		Agreements: []actas.Agreement{
			{Seq: 1, Number: "1", Action: actas.ActionThank, Text: "Agradecer a El Salvador.",
				Clauses:  []actas.Clause{{Seq: 1, Action: actas.ActionThank, Verb: "Agradecer"}},
				Mentions: []actas.Entity{{Type: "country", ID: "SLV", Surface: "El Salvador"}}},
			{Seq: 2, Number: "2", Action: actas.ActionTakeNote, Text: "Tomar nota y solicitar a la OIM y a la ST.",
				Clauses: []actas.Clause{{Seq: 1, Action: actas.ActionTakeNote, Verb: "Tomar nota"},
					{Seq: 2, Action: actas.ActionRequest, Verb: "solicitar"}},
				Mentions: []actas.Entity{{Type: "organisation", ID: "iom"}, {Type: "organisation", ID: "ts"}},
				Commitments: []actas.Commitment{
					{Action: actas.ActionRequest, Responsible: actas.Entity{Type: "organisation", ID: "iom"},
						DueText: "antes de finalizar el 2018", DueStart: day("2017-11-28"), DueEnd: day("2018-12-31")},
					{Action: actas.ActionRequest, Responsible: actas.Entity{Type: "organisation", ID: "ts"},
						DueText: "antes de la próxima reunión", DueNextMeetingOf: "rcgm"},
				}},
		},
	}
}

// count returns the number of rows of table matching where.
func count(t *testing.T, db *sql.DB, table, where string, args ...any) int {
	t.Helper()
	var n int
	if strings.HasPrefix(table, "raw_") {
		table = RawSchema + "." + table
	}
	q := fmt.Sprintf("select count(*) from %s where %s", table, where)
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestOpenIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.duckdb")
	for i := 0; i < 2; i++ {
		s, err := Open(path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if n := count(t, s.DB(), "schema_version", "component = 'load'"); n != 1 {
			t.Errorf("open %d: %d schema_version rows, want 1", i, n)
		}
		s.Close()
	}
}

func TestOpenBadPath(t *testing.T) {
	if _, err := Open(filepath.Join(t.TempDir(), "missing", "dir", "a.duckdb")); err == nil {
		t.Fatal("want error for a file in a missing directory")
	}
}
