package transform

import (
	"context"
	"maps"
	"testing"
)

// TestIncrementalFollowupSameAsFull checks that after one more report, a
// transform that matches only the commitments the report can affect gives
// exactly the rows of one that matches every commitment (with the same
// statistics), and that it matched far fewer; a changed report does the same.
func TestIncrementalFollowupSameAsFull(t *testing.T) {
	ctx := context.Background()
	const n = 200
	var digests [2]map[string]string
	var matched [2][]int
	for i, every := range []bool{false, true} {
		s := openStore(t)
		db := s.DB()
		synth(t, db, n)
		res, err := Run(ctx, db, Options{Reference: testRef})
		if err != nil {
			t.Fatal(err)
		}
		if res.Followup.Incremental || res.Followup.Why == "" {
			t.Fatalf("first run %+v, want a full run saying why", res.Followup)
		}
		total := res.Followup.Matched
		synthFrom(t, db, n, 1, 99) // one more report
		steps := []func(){
			func() {},
			func() { // the new report's agreements say something else
				if _, err := db.Exec(`update raw.raw_agreements set text = text || ' kalume sipado'
					where meeting_id = (select max(meeting_id) from raw.raw_meetings)`); err != nil {
					t.Fatal(err)
				}
			},
		}
		for _, step := range steps {
			step()
			res, err = Run(ctx, db, Options{Reference: testRef, everyFollowup: every})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Followup.Incremental {
				t.Fatalf("run %+v, want one on the previous statistics", res.Followup)
			}
			if !every && (res.Followup.Matched == 0 || res.Followup.Matched*3 > total ||
				res.Followup.Matched+res.Followup.Kept < total) {
				t.Errorf("incremental run matched %d and kept %d of %d commitments", res.Followup.Matched, res.Followup.Kept, total)
			}
			matched[i] = append(matched[i], res.Followup.Matched)
		}
		digests[i] = digest(t, db)
		delete(digests[i], "schema_version") // when the database was made
		digests[i]["staging.commitment_followups"] = value(t, db, `select count(*) || ':' || md5(string_agg(x::varchar, '|' order by x::varchar))
			from staging.commitment_followups as x`)
		digests[i]["linked"] = value(t, db, `select count(fulfilled_by_agreement_id) from commitments`)
	}
	if digests[0]["linked"] == "0" {
		t.Fatal("no commitment linked: the archive exercises nothing")
	}
	if !maps.Equal(digests[0], digests[1]) {
		for k := range digests[0] {
			if digests[0][k] != digests[1][k] {
				t.Errorf("%s: incremental %s, every commitment %s", k, digests[0][k], digests[1][k])
			}
		}
	}
	t.Logf("commitments matched: incremental %v, every %v", matched[0], matched[1])
}
