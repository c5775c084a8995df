package main

import (
	"os"
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

// TestFollowThroughSeries ingests whole series and scores follow-through as
// eval/score.py does: status accuracy over the expected commitments, and F1 of
// their links. series-dev-2 is the shared development series; heldout-en and
// heldout-es were written apart from the matching rules and scored last;
// heldout2-en and heldout2-es were written after the last rule change.
func TestFollowThroughSeries(t *testing.T) {
	for _, tc := range []struct {
		dir            string
		minStatus, min float64
	}{
		{"series-dev-2", 0.97, 0.97},
		{"heldout-en", 0.90, 0.90},
		{"heldout-es", 0.90, 0.90},
		{"heldout2-en", 0.90, 0.90},
		{"heldout2-es", 0.90, 0.90},
		{"heldout3-en", 0.90, 0.90},
		{"heldout3-es", 0.90, 0.90},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			dir := filepath.Join("testdata", tc.dir)
			db := filepath.Join(t.TempDir(), "series.duckdb")
			if _, errs, code := actas(t, "", "ingest", "--db", db, dir); code != 0 {
				t.Fatalf("ingest: exit %d\n%s", code, errs)
			}
			out, errs, code := actas(t, "", "sql", "--db", db, "--format", "csv", `
				select cast(m.start_date as varchar) || ' ' || a.number || ' ' || c.responsible_id as key,
				       c.status || coalesce(' ' || cast(fm.start_date as varchar) || ' ' || fa.number, '') as got
				from commitments c join agreements a using (agreement_id) join meetings m on m.meeting_id = c.meeting_id
				left join agreements fa on fa.agreement_id = c.fulfilled_by_agreement_id
				left join meetings fm on fm.meeting_id = fa.meeting_id`)
			if code != 0 {
				t.Fatalf("sql: exit %d\n%s", code, errs)
			}
			got := map[string]string{}
			for _, line := range strings.Split(strings.ReplaceAll(out, "\r", ""), "\n")[1:] {
				if k, v, ok := strings.Cut(line, ","); ok {
					got[k] = v
				}
			}
			want, err := os.ReadFile(dir + ".followups")
			if err != nil {
				t.Fatal(err)
			}
			status, n, tp, fp, fn := 0, 0, 0, 0, 0
			for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
				f := strings.Fields(line)
				key, wantStatus, wantLink := strings.Join(f[:3], " "), f[3], strings.Join(f[4:], " ")
				g := strings.Fields(got[key])
				gotStatus, gotLink := "", ""
				if len(g) > 0 {
					gotStatus, gotLink = g[0], strings.Join(g[1:], " ")
				}
				n++
				if gotStatus == wantStatus {
					status++
				} else {
					t.Logf("%s: status %q, want %q", key, gotStatus, wantStatus)
				}
				switch {
				case wantLink != "" && gotLink == wantLink:
					tp++
				case wantLink != "" && gotLink != "":
					fp, fn = fp+1, fn+1
					t.Logf("%s: linked %s, want %s", key, gotLink, wantLink)
				case wantLink != "":
					fn++
					t.Logf("%s: link %s missed", key, wantLink)
				case gotLink != "":
					fp++
					t.Logf("%s: extra link %s", key, gotLink)
				}
			}
			acc, f1 := float64(status)/float64(n), 1.0
			if tp+fp+fn > 0 {
				f1 = 2 * float64(tp) / float64(2*tp+fp+fn)
			}
			t.Logf("%s: links F1 %.3f (tp %d fp %d fn %d), status accuracy %.3f (n %d)", tc.dir, f1, tp, fp, fn, acc, n)
			if acc < tc.minStatus || f1 < tc.min {
				t.Errorf("%s: links F1 %.3f (want ≥ %.2f), status accuracy %.3f (want ≥ %.2f)", tc.dir, f1, tc.min, acc, tc.minStatus)
			}
		})
	}
}
