package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFollowThroughSpanish ingests three consecutive Spanish reports of the
// trafficking network and checks every commitment's status and the later
// point that records it done.
func TestFollowThroughSpanish(t *testing.T) {
	db := filepath.Join(t.TempDir(), "series.duckdb")
	if _, errs, code := actas(t, "", "ingest", "--db", db, "testdata/series-es"); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, errs)
	}
	out, errs, code := actas(t, "", "sql", "--db", db, "--format", "csv", `
		select cast(m.start_date as varchar) || ' ' || a.number || ' ' || c.responsible_id || ' ' || c.status ||
		       coalesce(' ' || cast(fm.start_date as varchar) || ' ' || fa.number, '') as line
		from commitments c join agreements a using (agreement_id) join meetings m on m.meeting_id = c.meeting_id
		left join agreements fa on fa.agreement_id = c.fulfilled_by_agreement_id
		left join meetings fm on fm.meeting_id = fa.meeting_id
		order by m.start_date, a.seq, c.commitment_id`)
	if code != 0 {
		t.Fatalf("sql: exit %d\n%s", code, errs)
	}
	want := `line
2015-06-15 2.b member_states pending
2015-06-15 2.c TS fulfilled 2015-11-09 2
2015-06-15 3.a UNODC fulfilled 2015-11-09 3
2015-06-15 3.b UNODC pending
2015-06-15 4 member_states overdue
2015-06-15 5 UNICEF fulfilled 2015-11-09 5
2015-06-15 6 RCGM fulfilled 2015-11-09 6
2015-06-15 7 member_states pending
2015-06-15 8 RNCOM fulfilled 2015-11-09 7
2015-11-09 3 TS fulfilled 2016-06-13 4
2015-11-09 4 member_states overdue
2015-11-09 6.a CORETT fulfilled 2016-06-13 3
2015-11-09 6.b TS pending
2015-11-09 7 TS pending
2015-11-09 8 HND fulfilled 2016-06-13 1
2016-06-13 6 member_states pending
2016-06-13 7 SLV pending
`
	if got := strings.ReplaceAll(out, "\r", ""); got != want {
		t.Errorf("follow-through:\n%s\nwant:\n%s", got, want)
	}
}
