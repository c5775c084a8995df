package transform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadCorrections(t *testing.T) {
	tests := []struct {
		name, body string
		want       []Correction
	}{
		{"header skipped", "table,id,column,value,note\nagreements,a-001,action,recommend,misread verb\n",
			[]Correction{{Line: 2, Table: "agreements", ID: "a-001", Column: "action", Value: "recommend", Note: "misread verb"}}},
		{"no header, no note, comments and blanks", "# fixes\n\nAgreements , a-001 , ACTION , thank\n",
			[]Correction{{Line: 3, Table: "agreements", ID: "a-001", Column: "action", Value: "thank"}}},
		{"quoted value with comma", `meetings,m,title,"Reunión, XX",` + "\n",
			[]Correction{{Line: 1, Table: "meetings", ID: "m", Column: "title", Value: "Reunión, XX"}}},
		{"clear a date", "commitments,c,due_end,,unknown\n",
			[]Correction{{Line: 1, Table: "commitments", ID: "c", Column: "due_end", Note: "unknown"}}},
		{"empty file", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "c.csv")
			if err := os.WriteFile(p, []byte(tt.body), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := readCorrections(p)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("row %d: got %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReadCorrectionsBadCSV(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.csv")
	if err := os.WriteFile(p, []byte("agreements,a,action,\"thank\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readCorrections(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v, want one naming %s", err, p)
	}
}

// FuzzParseCorrection checks that no record makes the parser panic and that
// accepted corrections name a correctable table and column.
func FuzzParseCorrection(f *testing.F) {
	f.Add("agreements", "a-001", "action", "recommend", "note")
	f.Add("agreement_mentions", "a-001", "add", "organisation:IOM", "")
	f.Add("commitments", "c", "due_end", "2018-02-30", "")
	f.Add("meetings", "", "city", ":", "\x00")
	f.Fuzz(func(t *testing.T, table, id, column, value, note string) {
		c, err := parseCorrection(1, []string{table, id, column, value, note})
		if err != nil {
			return
		}
		cols, ok := correctable[c.Table]
		if !ok || !strings.Contains(strings.Join(cols, ","), c.Column) || c.ID == "" {
			t.Fatalf("accepted %+v", c)
		}
	})
}
