package transform

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"actas"
	"actas/ingest/load"
)

// archive holds the ids of the synthetic archive.
type archive struct {
	m1, m1pdf, m2, m3 string
}

// buildArchive saves three meetings of two bodies and a PDF copy of the first.
func buildArchive(t testing.TB, s *load.Store) archive {
	first := []actas.Agreement{
		agreement(1, actas.ActionThank, []string{"organisation:IOM"}),
		agreement(2, actas.ActionRequest, []string{"organisation:IOM", "country:MEX"},
			commitment(actas.ActionRequest, "organisation:IOM", "2017-12-31", ""),
			commitment(actas.ActionRequest, "organisation:TS", "", "rcgm")),
		agreement(3, actas.ActionCommit, []string{"country:PAN"},
			commitment(actas.ActionCommit, "country:PAN", "", "same")),
	}
	var a archive
	a.m1 = save(t, s, meetingSpec{name: "rcgm-2017.txt", format: "txt", body: "rcgm", start: "2017-06-01",
		city: "San Salvador", participants: []string{"country:MEX", "country:SLV", "organisation:IOM"}, agreements: first})
	a.m1pdf = save(t, s, meetingSpec{name: "rcgm-2017.pdf", format: "pdf", body: "rcgm", start: "2017-06-01",
		city: "San Salvador", participants: []string{"country:MEX", "country:SLV"}, agreements: first})
	a.m2 = save(t, s, meetingSpec{name: "rcgm-2018.txt", format: "txt", body: "rcgm", start: "2018-06-15",
		city: "Panamá", participants: []string{"country:mex", "country:PAN", "country:CAN"},
		agreements: []actas.Agreement{agreement(1, actas.ActionThank, []string{"organisation:OIM"})}})
	a.m3 = save(t, s, meetingSpec{name: "csm-2018.txt", format: "txt", body: "csm", start: "2018-01-10",
		city: "La Paz", participants: []string{"country:ARG", "country:BOL"},
		agreements: []actas.Agreement{agreement(1, actas.ActionAgree, []string{"country:ARG"})}})
	return a
}

func TestRunEmpty(t *testing.T) {
	s := openStore(t)
	res, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup})
	if err != nil {
		t.Fatal(err)
	}
	if res.Models == 0 || res.Tests == 0 {
		t.Errorf("Run = %+v, want models and tests", res)
	}
}

// check is a query and the single value it must return.
type check struct {
	name, query, want string
}

// runChecks runs each check against db; {m1} etc. in queries are replaced by ids.
func runChecks(t *testing.T, db interface {
	QueryRow(string, ...any) *sql.Row
}, a archive, checks []check) {
	t.Helper()
	r := strings.NewReplacer("{m1}", a.m1, "{m1pdf}", a.m1pdf, "{m2}", a.m2, "{m3}", a.m3)
	for _, c := range checks {
		var v any
		q := r.Replace(c.query)
		if err := db.QueryRow(q).Scan(&v); err != nil {
			t.Errorf("%s: %s: %v", c.name, q, err)
			continue
		}
		got := fmt.Sprint(v)
		if tm, ok := v.(time.Time); ok {
			got = tm.Format("2006-01-02")
		}
		if got != r.Replace(c.want) {
			t.Errorf("%s: got %s, want %s", c.name, got, r.Replace(c.want))
		}
	}
}

func TestRunArchive(t *testing.T) {
	s := openStore(t)
	a := buildArchive(t, s)
	fu := fixedFollowup([3]string{a.m1 + "-002-1", "fulfilled", a.m2 + "-001"}, [3]string{a.m1 + "-003-1", "overdue", ""})
	res, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: fu})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Stale) != 0 {
		t.Errorf("stale = %v, want none", res.Stale)
	}
	runChecks(t, s.DB(), a, []check{
		{"meetings_all keeps one row per document", "select count(*) from meetings_all", "4"},
		{"meetings count each meeting once", "select count(*) from meetings", "3"},
		{"pdf copy points at the txt", "select canonical_meeting_id from meetings_all where meeting_id = '{m1pdf}'", "{m1}"},
		{"copies' agreements stay in agreements_all", "select count(*) from agreements_all where meeting_id = '{m1pdf}'", "3"},
		{"copies' agreements not in agreements", "select count(*) from agreements where meeting_id = '{m1pdf}'", "0"},
		{"commitments carry agreement, meeting and source",
			"select agreement_number || ' ' || meeting_date || ' ' || meeting_body_id || ' ' || source_page || ' ' || (agreement_text <> '') || ' ' || (source_path like '/archive/%') from commitments where commitment_id = '{m1}-002-1'",
			"2 2017-06-01 rcgm 1 true true"},
		{"commitments only of canonical meetings", "select count(*) from commitments where meeting_id = '{m1pdf}'", "0"},
		{"canonical meetings", "select count(*) from meetings where is_canonical", "3"},
		{"bodies.rcm", "select string_agg(body_id, ',' order by body_id) from bodies where body_id in ('rcgm','csm') and rcm", "rcgm"},
		{"participation rows: 2 RCM meetings x 11 members + 2 CSM attendees",
			"select count(*) from fact_participation", "24"},
		{"attended", "select count(*) from fact_participation where attended", "7"},
		{"absent member listed", "select attended from fact_participation where meeting_id = '{m2}' and country_iso3 = 'GTM'", "false"},
		{"csm meeting lists only attendees", "select count(*) from fact_participation where meeting_id = '{m3}'", "2"},
		{"mart attendance MEX rcgm", "select sum(attended) from participation_by_country_year where country_iso3 = 'MEX' and body_id = 'rcgm'", "2"},
		{"mart attendance rate CAN 2018", "select attendance_rate from participation_by_country_year where country_iso3 = 'CAN' and year = 2018", "1"},
		{"due next meeting of rcgm", "select due_end from staging.stg_commitments where commitment_id = '{m1}-002-2'", "2018-06-14"},
		{"due next meeting of same body", "select due_end from staging.stg_commitments where commitment_id = '{m1}-003-1'", "2018-06-14"},
		{"due end source", "select due_end_source from staging.stg_commitments where commitment_id = '{m1}-002-1'", "text"},
		{"no next meeting known", "select count(*) from staging.stg_commitments where meeting_id = '{m2}' and due_end is not null", "0"},
		{"clause seq", "select clause_seq from staging.stg_commitments where commitment_id = '{m1}-002-1'", "1"},
		{"status measured at the next meeting: overdue without a link", "select count(*) from commitments_all where status = 'pending'", "0"},
		{"status as of the next rcgm meeting", "select status_as_of || ' ' || assessable || ' ' || decided_by from commitments where commitment_id = '{m1}-002-2'", "2018-06-15 true rule"},
		{"status reason", "select status_reason from commitments where commitment_id = '{m1}-002-2'", "due 2018-06-14; no later report records it; last checked: 2018-06 meeting"},
		{"follow-up link", "select status || ' ' || fulfilled_by_agreement_id || ' ' || evidence from commitments where commitment_id = '{m1}-002-1'", "fulfilled {m2}-001 evidence"},
		{"follow-up overdue", "select status from commitments where commitment_id = '{m1}-003-1'", "overdue"},
		{"fulfilled in meeting", "select fulfilled_in_meeting_id || ' ' || days_to_fulfil from fact_commitments where commitment_id = '{m1}-002-1'", "{m2} 379"},
		{"mart by responsible", "select made || ' ' || fulfilled || ' ' || follow_through_rate from commitments_by_responsible_year where responsible_id = 'IOM'", "1 1 1.0"},
		{"mart overdue", "select overdue || '/' || pending from follow_through_by_year where year = 2017", "2/0"},
		{"mart rate is fulfilled / assessable", "select fulfilled || '/' || assessable || ' ' || round(follow_through_rate, 3) from follow_through_by_year where year = 2017", "1/3 0.333"},
		{"fact commitments canonical only", "select count(*) from fact_commitments", "3"},
		{"follow-through made 2017", "select made from follow_through_by_year where year = 2017 and body_id = 'rcgm'", "3"},
		{"fact actions canonical only", "select count(*) from fact_agreement_actions", "5"},
		{"agreements by action", "select agreements from agreements_by_action_year where year = 2018 and action = 'thank'", "1"},
		{"IOM mentioned in 2017", "select agreements from mentions_by_organisation_year where org_id = 'IOM' and year = 2017", "2"},
		{"ids normalised", "select count(*) from meeting_participants where entity_id in ('mex', 'OIM')", "0"},
		{"acronym mapped", "select entity_id from agreement_mentions where agreement_id = '{m2}-001'", "IOM"},
		{"years", "select string_agg(year::varchar || ':' || meetings, ',' order by year) from years", "2017:1,2018:2"},
	})
}

// TestRecoversKilledTransform checks that a transform finding the build
// schema a killed one left drops it and says so.
func TestRecoversKilledTransform(t *testing.T) {
	s := openStore(t)
	buildArchive(t, s)
	if _, err := s.DB().Exec(`create schema build; create table build.meetings as select 1 as half_built`); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Recovered {
		t.Errorf("Recovered = false, want true")
	}
	if got := value(t, s.DB(), `select count(*) from duckdb_schemas() where schema_name = 'build'`); got != "0" {
		t.Errorf("build schema left: %s", got)
	}
	res, err = Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup})
	if err != nil || res.Recovered {
		t.Errorf("second run: Recovered %v, %v", res.Recovered, err)
	}
}

// TestUntitledMeeting checks that a report with no title gets one from its
// body, city and month, and that copies whose city reads differently (a PDF)
// still count as one meeting.
func TestUntitledMeeting(t *testing.T) {
	s := openStore(t)
	m := save(t, s, meetingSpec{name: "vmm.txt", format: "txt", body: "rcgm", start: "2002-05-20", city: "Antigua"})
	pdf := save(t, s, meetingSpec{name: "vmm.pdf", format: "pdf", body: "rcgm", start: "2002-05-20", city: "Antigua Guatemala"})
	if _, err := s.DB().Exec(`update raw.raw_meetings set title = '', body_en = 'Vice-Ministerial Meeting'`); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup}); err != nil {
		t.Fatal(err)
	}
	if got := value(t, s.DB(), `select string_agg(title, '|') from meetings`); got != "Vice-Ministerial Meeting, Antigua, May 2002" {
		t.Errorf("title = %q", got)
	}
	if got := value(t, s.DB(), `select canonical_meeting_id from meetings_all where meeting_id = ?`, pdf); got != m {
		t.Errorf("the PDF copy read as Antigua Guatemala stands alone: canonical %s, want %s", got, m)
	}
}

func TestRunCorrections(t *testing.T) {
	s := openStore(t)
	a := buildArchive(t, s)
	csv := filepath.Join(t.TempDir(), "corrections.csv")
	body := strings.NewReplacer("{m1}", a.m1, "{m2}", a.m2).Replace(`table,id,column,value,note
agreements,{m1}-001,action,recommend,misread verb
agreement_mentions,{m1}-002,add,organisation:UNHCR,
agreement_mentions,{m1}-002,remove,country:MEX,
agreement_mentions,{m1}-002,remove,country:GTM,not there
commitments,{m1}-002-1,fulfilled_by_agreement_id,{m2}-001,thanked in 2018
commitments,{m1}-002-2,due_end,2017-09-30,
commitments,{m1}-003-1,status,overdue,
commitments,{m1}-003-1,responsible_id,CRI,
meetings,{m2},city,Ciudad de Panamá,
meeting_participants,{m2},add,country:GTM,
agreements,0000000000000000-001,action,thank,old document
commitments,{m1}-002-1,fulfilled_by_agreement_id,{m2}-001,
commitments,{m1}-002-2,fulfilled_by_agreement_id,,not a fulfilment
commitments,{m1}-002-2,fulfilled_by_agreement_id,ffffffffffffffff-001,no such agreement
`)
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	fu := fixedFollowup([3]string{a.m1 + "-002-2", "fulfilled", a.m2 + "-001"})
	res, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Corrections: csv, Followup: fu})
	if err != nil {
		t.Fatal(err)
	}
	wantStale := []string{"line 5: agreement_mentions " + a.m1 + "-002 remove=country:GTM: no such mention to remove",
		"line 12: agreements 0000000000000000-001 action=thank: no such agreement",
		"line 15: commitments " + a.m1 + "-002-2 fulfilled_by_agreement_id=ffffffffffffffff-001: fulfilled_by_agreement_id names no agreement"}
	if !slices.Equal(res.Stale, wantStale) {
		t.Errorf("stale =\n%s\nwant\n%s", strings.Join(res.Stale, "\n"), strings.Join(wantStale, "\n"))
	}
	runChecks(t, s.DB(), a, []check{
		{"agreement action", "select action from agreements where agreement_id = '{m1}-001'", "recommend"},
		{"first clause follows", "select action from agreement_actions where agreement_id = '{m1}-001' and seq = 1", "recommend"},
		{"mention added", "select count(*) from agreement_mentions where agreement_id = '{m1}-002' and entity_id = 'UNHCR'", "1"},
		{"mention removed", "select count(*) from agreement_mentions where agreement_id = '{m1}-002' and entity_id = 'MEX'", "0"},
		{"link sets fulfilled", "select status || ' ' || fulfilled_by_agreement_id from commitments where commitment_id = '{m1}-002-1'", "fulfilled {m2}-001"},
		{"fulfilled in meeting", "select fulfilled_in_meeting_id || ' ' || days_to_fulfil from fact_commitments where commitment_id = '{m1}-002-1'", "{m2} 379"},
		{"due_end corrected", "select due_end from commitments where commitment_id = '{m1}-002-2'", "2017-09-30"},
		{"link rejected", "select status || ' ' || coalesce(fulfilled_by_agreement_id, '-') || ' ' || corrected from commitments where commitment_id = '{m1}-002-2'", "overdue - true"},
		{"status corrected", "select status from commitments where commitment_id = '{m1}-003-1'", "overdue"},
		{"responsible corrected", "select responsible_id from commitments where commitment_id = '{m1}-003-1'", "CRI"},
		{"meeting city", "select city from meetings where meeting_id = '{m2}'", "Ciudad de Panamá"},
		{"participant added", "select attended from fact_participation where meeting_id = '{m2}' and country_iso3 = 'GTM'", "true"},
		{"follow-through counts fulfilled", "select fulfilled || '/' || made from follow_through_by_year where year = 2017", "1/3"},
		{"rate", "select follow_through_rate from commitments_by_responsible_year where responsible_id = 'IOM'", "1"},
	})
}

func TestRunBadCorrections(t *testing.T) {
	s := openStore(t)
	tests := []struct {
		name, body, want string
	}{
		{"unknown table", "documents,x,path,y,\n", "line 1: unknown table"},
		{"unknown column", "agreements,x,page,3,\n", "cannot correct agreements.page"},
		{"bad action", "agreements,x,action,ask,\n", `unknown action "ask"`},
		{"bad date", "commitments,x,due_end,30/06/2018,\n", "is not a date"},
		{"bad status", "commitments,x,status,done,\n", "is not pending"},
		{"bad entity", "agreement_mentions,x,add,IOM,\n", "want TYPE:ID"},
		{"bad type", "agreement_mentions,x,add,person:IOM,\n", `entity type "person"`},
		{"too few fields", "agreements,x,action\n", "want 4 or 5 fields"},
		{"empty id", "agreements,,action,thank,\n", "empty id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			csv := filepath.Join(t.TempDir(), "c.csv")
			if err := os.WriteFile(csv, []byte(tt.body), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Corrections: csv, Followup: noFollowup})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), csv) {
				t.Fatalf("err = %v, want it to name %s and contain %q", err, csv, tt.want)
			}
		})
	}
	if _, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Corrections: "/no/such.csv", Followup: noFollowup}); err == nil {
		t.Error("missing corrections file: want error")
	}
}

// digest is a hash of every public table's rows.
func digest(t *testing.T, db *sql.DB) map[string]string {
	t.Helper()
	rs, err := db.Query(`select table_name from duckdb_tables() where schema_name = 'main' order by 1`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rs.Next() {
		var n string
		rs.Scan(&n)
		names = append(names, n)
	}
	rs.Close()
	out := map[string]string{}
	for _, n := range names {
		out[n] = value(t, db, fmt.Sprintf(`select count(*) || ':' || coalesce(md5(string_agg(x::varchar, '|' order by x::varchar)), '')
			from %s as x`, n))
	}
	return out
}

func TestRunIdempotent(t *testing.T) {
	s := openStore(t)
	buildArchive(t, s)
	var first map[string]string
	for i := 0; i < 2; i++ {
		if _, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup}); err != nil {
			t.Fatal(err)
		}
		d := digest(t, s.DB())
		if i == 0 {
			first = d
			continue
		}
		if !maps.Equal(first, d) {
			for k := range d {
				if d[k] != first[k] {
					t.Errorf("table %s changed on the second run: %s -> %s", k, first[k], d[k])
				}
			}
		}
	}
}

func TestRunDataTestFailure(t *testing.T) {
	s := openStore(t)
	a := buildArchive(t, s)
	if _, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`insert into raw.raw_participants values (?, 'country', 'XXX', 'Narnia')`, a.m2); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`update raw.raw_meetings set city = 'Elsewhere' where meeting_id = ?`, a.m2); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), s.DB(), Options{Reference: testRef, Followup: noFollowup})
	var tf *TestFailure
	if !errors.As(err, &tf) {
		t.Fatalf("err = %v, want a *TestFailure", err)
	}
	if tf.Test != "staging/entities_in_dimensions" || tf.Rows != 1 || len(tf.Samples) != 1 ||
		!strings.Contains(tf.Samples[0], "entity_id=XXX") {
		t.Errorf("failure = %+v", tf)
	}
	if !strings.Contains(err.Error(), "staging/entities_in_dimensions") || !strings.Contains(err.Error(), "XXX") {
		t.Errorf("error %q does not name the test and the row", err)
	}
	// The failed run rolled back: the previous tables are still there.
	runChecks(t, s.DB(), a, []check{
		{"previous meetings kept", "select city from meetings where meeting_id = '{m2}'", "Panamá"},
		{"previous facts kept", "select count(*) from fact_participation", "24"},
	})
}

func TestRunNeedsRawTables(t *testing.T) {
	db, err := sql.Open("duckdb", filepath.Join(t.TempDir(), "empty.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := Run(context.Background(), db, Options{Reference: testRef, Followup: noFollowup}); err == nil || !strings.Contains(err.Error(), "raw tables missing") {
		t.Fatalf("err = %v, want raw tables missing", err)
	}
}

func TestReferenceMissingColumn(t *testing.T) {
	s := openStore(t)
	ref := fstest.MapFS{"countries.csv": {Data: []byte("iso3,name_en\nMEX,Mexico\n")}}
	_, err := Run(context.Background(), s.DB(), Options{Reference: ref, Followup: noFollowup})
	if err == nil || !strings.Contains(err.Error(), "countries.csv: missing column(s) iso2, name_es, rcm_member") {
		t.Fatalf("err = %v", err)
	}
}

func TestRunWithFollowup(t *testing.T) {
	s := openStore(t)
	buildArchive(t, s)
	res, err := Run(context.Background(), s.DB(), Options{Reference: testRef})
	if err != nil {
		t.Fatal(err)
	}
	if n := value(t, s.DB(), "select count(*) from staging.commitment_followups"); n != "6" {
		t.Errorf("commitment_followups: %s rows, want one per commitment (6)", n)
	}
	if res.Tests == 0 {
		t.Error("no data tests ran")
	}
}
