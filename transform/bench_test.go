package transform

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/duckdb/duckdb-go/v2"
)

// synth appends n synthetic meetings (about 15 agreements each, with clause
// actions, mentions and commitments) to the raw tables through the Appender.
func synth(tb testing.TB, db *sql.DB, n int) { synthFrom(tb, db, 0, n, 1) }

// synthFrom appends the synthetic meetings numbered from to from+n-1, drawn with seed.
func synthFrom(tb testing.TB, db *sql.DB, from, n int, seed uint64) {
	tb.Helper()
	conn, err := db.Conn(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	err = conn.Raw(func(dc any) error {
		c := dc.(driver.Conn)
		apps := map[string]*duckdb.Appender{}
		for _, t := range []string{"documents", "raw_meetings", "raw_participants", "raw_agreements",
			"raw_agreement_actions", "raw_agreement_mentions", "raw_commitments"} {
			schema := "raw"
			if t == "documents" {
				schema = "main"
			}
			a, err := duckdb.NewAppenderFromConn(c, schema, t)
			if err != nil {
				return err
			}
			apps[t] = a
		}
		if err := synthRows(apps, from, n, seed); err != nil {
			return err
		}
		for t, a := range apps {
			if err := a.Close(); err != nil {
				return fmt.Errorf("%s: %w", t, err)
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
}

// synthRows appends the rows of n meetings numbered from from.
func synthRows(apps map[string]*duckdb.Appender, from, n int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 2))
	bodies := []string{"vmm", "rcgm", "rlcp", "rltp", "csm"}
	countries := []string{"BLZ", "CAN", "CRI", "DOM", "GTM", "HND", "MEX", "NIC", "PAN", "SLV", "USA", "ARG", "COL"}
	orgs := []string{"IOM", "UNHCR", "UNICEF", "ILO", "TS", "PPT", "RCGM"}
	actions := []string{"thank", "take_note", "approve", "agree", "request", "recommend", "entrust", "commit", "offer"}
	ingested := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := from; i < from+n; i++ {
		id := fmt.Sprintf("%016x", i)
		body := bodies[i%len(bodies)]
		start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(26*365))
		rows := []struct {
			t string
			v []driver.Value
		}{
			{"documents", []driver.Value{id, "/synth/" + id + ".txt", id + ".txt", id + "000000000000000000000000000000000000000000000000", "txt", int32(3), "es", ingested, false, "", nil, nil}},
			{"raw_meetings", []driver.Value{id, id, body, body, body, "Reunión " + id, start, start.AddDate(0, 0, 1), "Ciudad", countries[r.IntN(11)], "es", false}},
		}
		for _, a := range rows {
			if err := apps[a.t].AppendRow(a.v...); err != nil {
				return fmt.Errorf("%s: %w", a.t, err)
			}
		}
		for _, c := range r.Perm(len(countries))[:8] {
			if err := apps["raw_participants"].AppendRow(id, "country", countries[c], countries[c]); err != nil {
				return err
			}
		}
		for seq := 1; seq <= 15; seq++ {
			if err := synthAgreement(apps, r, id, seq, actions, countries, orgs, start); err != nil {
				return err
			}
		}
	}
	return nil
}

// synthAgreement appends one agreement with its clauses, mentions and commitments.
func synthAgreement(apps map[string]*duckdb.Appender, r *rand.Rand, mid string, seq int, actions, countries, orgs []string, start time.Time) error {
	aid := fmt.Sprintf("%s-%03d", mid, seq)
	nclauses := 1 + r.IntN(2)
	first := actions[r.IntN(len(actions))]
	topic := r.IntN(len(orgs))
	org := orgs[topic]
	if err := apps["raw_agreements"].AppendRow(aid, mid, int32(seq), fmt.Sprint(seq), "", first,
		"Texto del acuerdo "+synthWords(r, topic, 8), int32(1), int32(seq*100), int32(seq*100+90), int32(nclauses)); err != nil {
		return err
	}
	k := 0
	for cs := 1; cs <= nclauses; cs++ {
		act := first
		if cs > 1 {
			act = actions[r.IntN(len(actions))]
		}
		if err := apps["raw_agreement_actions"].AppendRow(aid, int32(cs), act, act, synthWords(r, topic, 6)); err != nil {
			return err
		}
		if act != "request" && act != "recommend" && act != "entrust" && act != "commit" && act != "offer" {
			continue
		}
		k++
		var dueEnd, next driver.Value
		switch r.IntN(3) {
		case 0:
			dueEnd = time.Date(start.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
		case 1:
			next = "same"
		}
		if err := apps["raw_commitments"].AppendRow(fmt.Sprintf("%s-%d", aid, k), aid, mid, int32(cs), act,
			"organisation", org, "", nil, dueEnd, next); err != nil {
			return err
		}
	}
	for _, m := range []string{"organisation:" + org, "country:" + countries[r.IntN(len(countries))]} {
		typ, ent, _ := cut(m)
		if err := apps["raw_agreement_mentions"].AppendRow(aid, typ, ent, ent); err != nil {
			return err
		}
	}
	return nil
}

// synthWords returns n made-up words ("kalume"): every other one from the 16
// words of a topic (one per organisation), the others from 3,375, so that an
// organisation's later points share concepts with its commitments, as reports do.
func synthWords(r *rand.Rand, topic, n int) string {
	syllables := []string{"ka", "lu", "me", "ta", "ro", "si", "pa", "ne", "do", "vi", "gu", "se", "mo", "ri", "za"}
	ws := make([]string, n)
	for i := range ws {
		if i%2 == 0 {
			ws[i] = syllables[topic%15] + syllables[r.IntN(4)] + syllables[4+r.IntN(4)]
		} else {
			ws[i] = syllables[r.IntN(15)] + syllables[r.IntN(15)] + syllables[r.IntN(15)]
		}
	}
	return strings.Join(ws, " ")
}

// cut splits "type:id".
func cut(s string) (string, string, bool) {
	for i := range s {
		if s[i] == ':' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func benchmarkTransform(b *testing.B, n int) {
	s := openStore(b)
	synth(b, s.DB(), n)
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		fu   FollowupFunc
	}{{"models", noFollowup}, {"with-followup", nil}} {
		b.Run(bc.name, func(b *testing.B) {
			var res Result
			for b.Loop() {
				var err error
				if res, err = Run(ctx, s.DB(), Options{Reference: testRef, Followup: bc.fu}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/res.Duration.Seconds(), "meetings/s")
		})
	}
}

// BenchmarkTransform1k times Run on 1,000 synthetic meetings (15,000 agreements).
func BenchmarkTransform1k(b *testing.B) { benchmarkTransform(b, 1_000) }

// BenchmarkTransform10k times Run on 10,000 synthetic meetings (150,000 agreements).
func BenchmarkTransform10k(b *testing.B) { benchmarkTransform(b, 10_000) }

// BenchmarkFollowupIncremental times a transform after one more report is
// added to 3,000 synthetic meetings: incremental (follow-through matched only
// where the report can change it) against a full run.
func BenchmarkFollowupIncremental(b *testing.B) {
	const n = 3_000
	s := openStore(b)
	synth(b, s.DB(), n)
	ctx := context.Background()
	if _, err := Run(ctx, s.DB(), Options{Reference: testRef}); err != nil {
		b.Fatal(err)
	}
	next := n
	for _, full := range []bool{false, true} {
		name := "incremental"
		if full {
			name = "full"
		}
		b.Run(name, func(b *testing.B) {
			var matched int
			for b.Loop() {
				b.StopTimer()
				synthFrom(b, s.DB(), next, 1, uint64(next))
				next++
				b.StartTimer()
				res, err := Run(ctx, s.DB(), Options{Reference: testRef, FullFollowup: full})
				if err != nil {
					b.Fatal(err)
				}
				matched = res.Followup.Matched
			}
			b.ReportMetric(float64(matched), "commitments-matched")
		})
	}
}
