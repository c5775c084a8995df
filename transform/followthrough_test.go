package transform

import (
	"context"
	"testing"

	"actas"
)

// TestStatusMeasuredAt checks the honest statuses of docs/follow-through.md:
// a status is measured at the newest later meeting of the body or of its
// conference (the RCM for its bodies, a CSM meeting does not count); with no
// later meeting it stays pending and is not assessable; "by the next meeting"
// gets a date only when that meeting lies within the body's usual interval;
// follow_through_rate is fulfilled / assessable.
func TestStatusMeasuredAt(t *testing.T) {
	s := openStore(t)
	one := func(resp, due, nextOf string) []actas.Agreement {
		return []actas.Agreement{agreement(1, actas.ActionCommit, []string{resp},
			commitment(actas.ActionCommit, resp, due, nextOf))}
	}
	spec := func(name, body, start string, ags []actas.Agreement) meetingSpec {
		return meetingSpec{name: name, format: "txt", body: body, start: start, city: "San José", agreements: ags}
	}
	save(t, s, spec("rlcp-a.txt", "rlcp", "2016-06-01", nil))
	b := save(t, s, spec("rlcp-b.txt", "rlcp", "2016-12-01", one("country:PAN", "", "same")))
	c := save(t, s, spec("rlcp-c.txt", "rlcp", "2017-06-01", one("organisation:TS", "", "same")))
	d := save(t, s, spec("rlcp-d.txt", "rlcp", "2019-06-01", one("country:MEX", "2019-08-01", "")))
	e := save(t, s, spec("rcgm-e.txt", "rcgm", "2019-09-01", one("organisation:IOM", "2019-12-31", "")))
	save(t, s, spec("csm-f.txt", "csm", "2020-01-01", nil))
	if _, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup}); err != nil {
		t.Fatal(err)
	}
	row := `select coalesce(cast(due_end as varchar), '-') || ' ' || status || ' ' || assessable || ' ' ||
		coalesce(cast(status_as_of as varchar), '-') || ' ' || decided_by || ' | ' || status_reason
		from commitments where commitment_id = ?`
	for _, tc := range []struct{ name, id, want string }{
		{"next meeting within the usual interval", b + "-001-1",
			"2017-05-31 overdue true 2019-09-01 rule | due 2017-05-31; no later report records it; last checked: 2019-09 meeting"},
		{"next meeting beyond the usual interval: no date", c + "-001-1",
			"- pending true 2019-09-01 rule | no due date; no later report records it; last checked: 2019-09 meeting"},
		{"measured at a later meeting of the conference", d + "-001-1",
			"2019-08-01 overdue true 2019-09-01 rule | due 2019-08-01; no later report records it; last checked: 2019-09 meeting"},
		{"no later meeting of the body or its conference", e + "-001-1",
			"2019-12-31 pending false - rule | no later meeting of its body or conference in the archive, so no report could record it yet"},
	} {
		if got := value(t, s.DB(), row, tc.id); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
	if got := value(t, s.DB(), `select string_agg(year || ' ' || body_id || ':' || made || '/' || assessable || '/' || fulfilled || '/' ||
		coalesce(cast(follow_through_rate as varchar), 'NULL'), ',' order by year, body_id) from follow_through_by_year`); got != "2016 rlcp:1/1/0/0.0,2017 rlcp:1/1/0/0.0,2019 rcgm:1/0/0/NULL,2019 rlcp:1/1/0/0.0" {
		t.Errorf("follow_through_by_year = %s", got)
	}
}
