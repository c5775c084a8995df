package followup

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestSeriesDev runs the gold series-dev (three meetings of the trafficking
// network, rows built from its gold files) and checks the scorer's two figures.
func TestSeriesDev(t *testing.T) {
	for _, s := range readSeries(t, "series-dev.json") {
		db := openDB(t)
		s.load(t, db)
		if err := Run(context.Background(), db); err != nil {
			t.Fatal(err)
		}
		acc, f1 := figures(t, s, followups(t, db))
		if acc < 0.90 || f1 < 0.85 {
			t.Errorf("status accuracy %.3f (want ≥ 0.90), link F1 %.3f (want ≥ 0.85)", acc, f1)
		}
	}
}

// figures computes follow-up status accuracy and link F1 as eval/score.py does, logging each miss.
func figures(t *testing.T, s series, got map[string]fxFollowupRow) (acc, f1 float64) {
	t.Helper()
	statusOK, tp, fp, fn := 0, 0, 0, 0
	for _, w := range s.Want {
		g, ok := got[w.Commitment]
		if !ok {
			t.Errorf("%s: no row", w.Commitment)
			continue
		}
		if g.Status == w.Status {
			statusOK++
		} else {
			t.Logf("%s: status %s, want %s (by %s; %s)", w.Commitment, g.Status, w.Status, g.By, g.Reason)
		}
		switch {
		case w.By != "" && g.By == w.By:
			tp++
		case w.By != "" && g.By != "":
			fp, fn = fp+1, fn+1
			t.Logf("%s: linked %s, want %s (%s)", w.Commitment, g.By, w.By, g.Reason)
		case w.By != "":
			fn++
		case g.By != "":
			fp++
			t.Logf("%s: extra link %s (%s)", w.Commitment, g.By, g.Reason)
		}
	}
	if len(got) != len(s.Commits) {
		t.Errorf("%d rows, want one per commitment (%d)", len(got), len(s.Commits))
	}
	acc = float64(statusOK) / float64(len(s.Want))
	f1 = 1
	if tp+fp+fn > 0 {
		f1 = 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	t.Logf("%s: status accuracy %.3f, link F1 %.3f (tp %d fp %d fn %d)", s.Name, acc, f1, tp, fp, fn)
	return acc, f1
}

// TestHardCases runs hand-written series, one per hard case (paraphrase,
// fulfilment two meetings later or under another point, cross-language,
// reminder, postponement, announcement, overdue around the newest meeting,
// product name, a meeting reported twice, earlier meetings and other parties),
// and a Spanish series of three meetings; every status and link must be right,
// and the rows must match testdata/golden.
func TestHardCases(t *testing.T) {
	for _, file := range []string{"cases.json", "series-es.json"} {
		for _, s := range readSeries(t, file) {
			t.Run(s.Name, func(t *testing.T) {
				db := openDB(t)
				s.load(t, db)
				if err := Run(context.Background(), db); err != nil {
					t.Fatal(err)
				}
				got := followups(t, db)
				for _, w := range s.Want {
					g := got[w.Commitment]
					if g.Status != w.Status || g.By != w.By {
						t.Errorf("%s: %s by %q, want %s by %q (%s)", w.Commitment, g.Status, g.By, w.Status, w.By, g.Reason)
					}
				}
				golden(t, "golden/"+slug(s.Name)+".txt", render(got))
			})
		}
	}
}

// slug makes a file name of a series name.
func slug(s string) string {
	return strings.Trim(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.ToLower(s)), "-")
}

// render prints follow-up rows one per line, in commitment order.
func render(rows map[string]fxFollowupRow) string {
	ids := make([]string, 0, len(rows))
	for id := range rows {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	for _, id := range ids {
		r := rows[id]
		fmt.Fprintf(&b, "%s\t%s\t%s\t%.2f\t%s\n", r.ID, r.Status, r.By, r.Score, r.Reason)
	}
	return b.String()
}

// golden compares got with testdata/NAME, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs:\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// TestRunRows checks the table Run writes: one row per commitment, the
// evidence and reason of a link, NULLs without one, a second run replacing the
// first, and no scratch tables left behind.
func TestRunRows(t *testing.T) {
	s := readSeries(t, "cases.json")[0] // paraphrase
	db := openDB(t)
	s.load(t, db)
	for range 2 {
		if err := Run(context.Background(), db); err != nil {
			t.Fatal(err)
		}
	}
	var n, linked, nulls int
	err := db.QueryRow(`SELECT count(*), count(fulfilled_by_agreement_id),
	  count(*) FILTER (WHERE fulfilled_by_agreement_id IS NULL AND evidence IS NULL AND match_score IS NULL)
	  FROM commitment_followups`).Scan(&n, &linked, &nulls)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(s.Commits) || linked+nulls != n {
		t.Errorf("rows %d linked %d unlinked-with-nulls %d, want %d rows", n, linked, nulls, len(s.Commits))
	}
	row := followups(t, db)["p1-001-1"]
	if row.Evidence != s.Agreements[2].Text {
		t.Errorf("evidence %q, want the later agreement's text", row.Evidence)
	}
	for _, part := range []string{"party IOM", "socializar~difusion", "later action thank"} {
		if !strings.Contains(row.Reason, part) {
			t.Errorf("reason %q lacks %q", row.Reason, part)
		}
	}
	var scratch int
	if err := db.QueryRow(`SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'fu\_%' ESCAPE '\'`).Scan(&scratch); err != nil {
		t.Fatal(err)
	}
	if scratch != 0 {
		t.Errorf("%d scratch tables left", scratch)
	}
}

// TestUnknownClause checks a commitment whose clause_seq is NULL is matched on
// its whole agreement.
func TestUnknownClause(t *testing.T) {
	s := readSeries(t, "cases.json")[0] // paraphrase
	s.Commits[0].Clause = 0
	db := openDB(t)
	s.load(t, db)
	if err := Run(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	if g := followups(t, db)["p1-001-1"]; g.By != "p2-002" {
		t.Errorf("linked %q, want p2-002 (%s)", g.By, g.Reason)
	}
}

// TestRunEmpty checks an archive without commitments gives an empty table.
func TestRunEmpty(t *testing.T) {
	db := openDB(t)
	if err := Run(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM commitment_followups`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d rows, want 0", n)
	}
}

// TestRunMissingTable checks a missing input table is an error that names it.
func TestRunMissingTable(t *testing.T) {
	for _, table := range []string{"meetings", "agreements", "agreement_actions", "agreement_mentions", "stg_commitments"} {
		db := openDB(t)
		if _, err := db.Exec("DROP TABLE " + table); err != nil {
			t.Fatal(err)
		}
		err := Run(context.Background(), db)
		if err == nil || !strings.Contains(err.Error(), table) {
			t.Errorf("without %s: error %v, want one naming it", table, err)
		}
	}
}
