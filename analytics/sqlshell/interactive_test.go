package sqlshell

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInteractivePipe(t *testing.T) {
	db := openDB(t, `
		CREATE TABLE meetings(meeting_id VARCHAR, year INTEGER);
		COMMENT ON TABLE meetings IS 'One row per meeting report.';
		COMMENT ON COLUMN meetings.year IS 'Year the meeting started, e.g. 2017.';
		INSERT INTO meetings VALUES ('m1', 2017), ('m2', 2018);`)
	hist := filepath.Join(t.TempDir(), "history")
	if err := os.WriteFile(hist, []byte("SELECT 'earlier';\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	input := strings.Join([]string{
		"SELECT meeting_id,",
		"       year",
		"FROM meetings",
		"ORDER BY year;",
		".tables",
		".schema meetings",
		".schema nowhere",
		".bogus",
		"SELECT oops FROM;",
		".format json",
		"SELECT count(*) AS n",
		"FROM meetings; SELECT 'x;y' AS s;",
		".quit",
		"SELECT 'after quit';",
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := Interactive(context.Background(), db, strings.NewReader(input), &out, hist); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"│ m1         │    2017 │",                                     // the multi-line statement, as a table
		"│ meetings │ table   │ One row per meeting report. │",         // .tables
		"table meetings: One row per meeting report.",                  // .schema header
		"│ year       │ INTEGER │ true     │ Year the meeting started", // .schema columns
		"Error: no table or view named nowhere",
		"Error: unknown command .bogus",
		"Error: sql:",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "after quit") {
		t.Errorf("statement after .quit was run:\n%s", got)
	}
	// The last statement line, in json format, prints one array for both statements.
	start := strings.LastIndex(got, "[\n")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(got[start:]), &rows); err != nil {
		t.Fatalf("json output: %v\n%s", err, got[start:])
	}
	if len(rows) != 2 || rows[0]["n"] != 2.0 || rows[1]["s"] != "x;y" {
		t.Errorf("json rows = %v", rows)
	}
	data, err := os.ReadFile(hist)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if lines[0] != "SELECT 'earlier';" || lines[1] != "SELECT meeting_id, year FROM meetings ORDER BY year;" || lines[len(lines)-1] != ".quit" {
		t.Errorf("history file = %q", lines)
	}
}

func TestInteractiveUnfinishedAtEOF(t *testing.T) {
	db := openDB(t, "")
	var out bytes.Buffer
	if err := Interactive(context.Background(), db, strings.NewReader(".format csv\nSELECT 42 AS answer"), &out, ""); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "answer\n42\n" {
		t.Errorf("output = %q", got)
	}
}

func TestHistoryLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h")
	os.WriteFile(path, []byte("one\n\ntwo\n"), 0o600)
	h, err := loadHistory(path)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	h.Add("two") // a repeat of the newest line is not kept
	h.Add("three")
	if h.Len() != 3 || h.At(0) != "three" || h.At(2) != "one" {
		t.Errorf("history = %q", h.lines)
	}
}
