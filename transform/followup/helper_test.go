package followup

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// series is a small archive of meetings written by hand for a test, with the
// follow-through it should get.
type series struct {
	Name       string       `json:"name"`
	Meetings   []fxMeeting  `json:"meetings"`
	Agreements []fxAgree    `json:"agreements"`
	Commits    []fxCommit   `json:"commitments"`
	Want       []fxFollowup `json:"want"`
}

type fxMeeting struct {
	ID        string `json:"id"`
	Body      string `json:"body"`
	Start     string `json:"start"`
	Lang      string `json:"lang"`
	Canonical string `json:"canonical,omitempty"`
}

type fxAgree struct {
	ID       string      `json:"id"`
	Meeting  string      `json:"meeting"`
	Seq      int         `json:"seq"`
	Number   string      `json:"number"`
	Parent   string      `json:"parent"`
	Action   string      `json:"action"`
	Text     string      `json:"text"`
	Clauses  []fxClause  `json:"clauses"`
	Mentions []fxMention `json:"mentions"`
}

type fxClause struct {
	Action string `json:"action"`
	Verb   string `json:"verb,omitempty"`
	Text   string `json:"text"`
}

type fxMention struct {
	Type    string `json:"type"`
	ID      string `json:"id"`
	Surface string `json:"surface"`
}

type fxCommit struct {
	ID        string `json:"id"`
	Agreement string `json:"agreement"`
	Clause    int    `json:"clause"`
	Action    string `json:"action"`
	Type      string `json:"type"`
	Resp      string `json:"resp"`
	DueEnd    string `json:"due_end,omitempty"`
}

type fxFollowup struct {
	Commitment string `json:"commitment"`
	Status     string `json:"status"`
	By         string `json:"by,omitempty"`
}

// readSeries reads testdata/NAME.json.
func readSeries(t testing.TB, name string) []series {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []series
	if b[0] == '{' {
		var s series
		err = json.Unmarshal(b, &s)
		out = []series{s}
	} else {
		err = json.Unmarshal(b, &out)
	}
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return out
}

// schema creates the tables Run reads, with exactly the contract's columns.
const schema = `
CREATE TABLE meetings (meeting_id VARCHAR, body_id VARCHAR, start_date DATE, end_date DATE,
  language VARCHAR, canonical_meeting_id VARCHAR);
CREATE TABLE agreements (agreement_id VARCHAR, meeting_id VARCHAR, seq INTEGER, number VARCHAR,
  parent_number VARCHAR, action VARCHAR, text VARCHAR);
CREATE TABLE agreement_actions (agreement_id VARCHAR, seq INTEGER, action VARCHAR, verb VARCHAR, text VARCHAR);
CREATE TABLE agreement_mentions (agreement_id VARCHAR, entity_type VARCHAR, entity_id VARCHAR, surface VARCHAR);
CREATE TABLE stg_commitments (commitment_id VARCHAR, agreement_id VARCHAR, meeting_id VARCHAR,
  clause_seq INTEGER, action VARCHAR, responsible_type VARCHAR, responsible_id VARCHAR,
  due_text VARCHAR, due_start DATE, due_end DATE);
`

// openDB opens a fresh DuckDB file in a temporary folder with the input tables.
func openDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", filepath.Join(t.TempDir(), "actas.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(schema); err != nil {
		t.Fatal(err)
	}
	return db
}

// load inserts a series into db, one row per value.
func (s series) load(t testing.TB, db *sql.DB) {
	t.Helper()
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	exec := func(q string, args ...any) {
		if _, err := tx.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	meetingOf := map[string]string{}
	for _, m := range s.Meetings {
		exec(`INSERT INTO meetings VALUES (?, ?, ?::DATE, ?::DATE, ?, ?)`, m.ID, m.Body, m.Start, m.Start, m.Lang, null(m.Canonical))
	}
	for _, a := range s.Agreements {
		meetingOf[a.ID] = a.Meeting
		exec(`INSERT INTO agreements VALUES (?, ?, ?, ?, ?, ?, ?)`, a.ID, a.Meeting, a.Seq, a.Number, a.Parent, a.Action, a.Text)
		for i, c := range a.Clauses {
			text := c.Text
			if text == "" {
				text = a.Text
			}
			exec(`INSERT INTO agreement_actions VALUES (?, ?, ?, ?, ?)`, a.ID, i+1, c.Action, c.Verb, text)
		}
		for _, m := range a.Mentions {
			exec(`INSERT INTO agreement_mentions VALUES (?, ?, ?, ?)`, a.ID, m.Type, m.ID, m.Surface)
		}
	}
	for _, c := range s.Commits {
		exec(`INSERT INTO stg_commitments VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?::DATE)`,
			c.ID, c.Agreement, meetingOf[c.Agreement], nullInt(c.Clause), c.Action, c.Type, c.Resp, null(c.DueEnd))
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// null maps "" to NULL.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// nullInt maps 0 to NULL.
func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// followups reads commitment_followups back.
func followups(t testing.TB, db *sql.DB) map[string]fxFollowupRow {
	t.Helper()
	rows, err := db.Query(`SELECT commitment_id, status, coalesce(fulfilled_by_agreement_id, ''),
	  coalesce(evidence, ''), coalesce(match_score, 0), coalesce(match_reason, '') FROM commitment_followups`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]fxFollowupRow{}
	for rows.Next() {
		var r fxFollowupRow
		if err := rows.Scan(&r.ID, &r.Status, &r.By, &r.Evidence, &r.Score, &r.Reason); err != nil {
			t.Fatal(err)
		}
		out[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// fxFollowupRow is one row of commitment_followups.
type fxFollowupRow struct {
	ID, Status, By, Evidence, Reason string
	Score                            float64
}
