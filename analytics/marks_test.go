package analytics

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewedByPerson shows a status decided by a person in actas review as
// reviewed on the commitments list, the meeting page and in the JSON export.
func TestReviewedByPerson(t *testing.T) {
	snap := filepath.Join(t.TempDir(), "actas.duckdb.snapshot")
	publish(t, snap,
		"ALTER TABLE commitments ADD COLUMN decided_by VARCHAR DEFAULT 'rule'",
		"UPDATE commitments SET decided_by = 'person' WHERE commitment_id = 'a1b2c3d4e5f60003-004-1'")
	_, ts := startServer(t, Options{Snapshot: snap})

	_, list, _ := get(t, ts.URL+"/commitments?body=all")
	if n := strings.Count(list, `class="reviewed"`); n != 1 {
		t.Errorf("/commitments shows %d reviewed marks, want 1", n)
	}
	_, page, _ := get(t, ts.URL+"/meetings/a1b2c3d4e5f60003")
	if n := strings.Count(page, `class="reviewed"`); n != 1 {
		t.Errorf("meeting page shows %d reviewed marks, want 1", n)
	}
	status, body, _ := get(t, ts.URL+"/api/commitments?body=all")
	if status != 200 {
		t.Fatalf("/api/commitments: %d %s", status, body)
	}
	var rows []CommitmentRow
	if err := json.Unmarshal([]byte(body), &rows); err != nil {
		t.Fatalf("decode: %v: %.300s", err, body)
	}
	byPerson := map[string]bool{}
	for _, r := range rows {
		byPerson[r.ID] = r.ByPerson
	}
	if len(byPerson) == 0 {
		t.Fatalf("no rows in %.300s", body)
	}
	for id, p := range byPerson {
		if p != (id == "a1b2c3d4e5f60003-004-1") {
			t.Errorf("%s decided_by_person = %v", id, p)
		}
	}
}

// TestUncertainDocumentListed lists a report read with low OCR confidence on
// /documents even when its extraction verdict is ok, marked uncertain OCR.
func TestUncertainDocumentListed(t *testing.T) {
	snap := filepath.Join(t.TempDir(), "actas.duckdb.snapshot")
	publish(t, snap, "UPDATE documents SET uncertain = (document_id = 'a1b2c3d4e5f60003')")
	_, ts := startServer(t, Options{Snapshot: snap})
	_, page, _ := get(t, ts.URL+"/documents")
	if n := strings.Count(page, `class="uncertain"`); n != 1 {
		t.Errorf("/documents shows %d uncertain marks, want 1", n)
	}
	if !strings.Contains(page, "a1b2c3d4e5f60003") {
		t.Errorf("/documents does not list the uncertain document")
	}
	_, body, _ := get(t, ts.URL+"/api/documents")
	var rows []DocumentRow
	if err := json.Unmarshal([]byte(body), &rows); err != nil {
		t.Fatalf("decode: %v: %.300s", err, body)
	}
	uncertain := 0
	for _, r := range rows {
		if r.Uncertain {
			uncertain++
		}
	}
	if uncertain != 1 || len(rows) != 2 {
		t.Errorf("/api/documents: %d rows, %d uncertain; want 2 rows (a verdict, an uncertain scan), 1 uncertain", len(rows), uncertain)
	}
}
