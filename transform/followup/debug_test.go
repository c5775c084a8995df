package followup

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestDebugPair(t *testing.T) {
	cid, aid := os.Getenv("FU_C"), os.Getenv("FU_A")
	if cid == "" {
		t.Skip()
	}
	s := readSeries(t, os.Getenv("FU_FILE"))[0]
	db := openDB(t)
	s.load(t, db)
	conn, _ := db.Conn(context.Background())
	arc, err := loadArchive(context.Background(), conn)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := defaultRules()
	p := newProfiles(r, arc)
	var c *commitment
	for _, x := range arc.commitments {
		if x.id == cid {
			c = x
		}
	}
	ct := p.commitmentTerms(c)
	var keys []string
	total := 0.0
	for k, v := range ct {
		keys = append(keys, k)
		total += v.w
	}
	sort.Slice(keys, func(i, j int) bool { return ct[keys[i]].w > ct[keys[j]].w })
	g := arc.agreements[aid]
	for _, k := range keys {
		fmt.Printf("%-20s %.2f", k, ct[k].w)
		for i := range clausesOf(g) {
			w, _ := p.laterWeight(g, i, k)
			fmt.Printf(" c%d=%.1f", i+1, w)
		}
		fmt.Println()
	}
	cands, _ := candidates(context.Background(), conn, p)
	fmt.Println("total", total, "cands", cands[cid])
	for k, cl := range clausesOf(g) {
		neg, n := r.notFulfilment(cl.text)
		cue, d := r.completion(cl.text)
		fmt.Println(k, cl.action, "neg", neg, n, "cue", cue, d)
	}
	fmt.Println(p.best(c, cands[cid]))
}

func TestDebugDump(t *testing.T) {
	f := os.Getenv("FU_DUMP")
	if f == "" {
		t.Skip()
	}
	for _, s := range readSeries(t, f) {
		db := openDB(t)
		s.load(t, db)
		if err := Run(context.Background(), db); err != nil {
			t.Fatal(err)
		}
		got := followups(t, db)
		fmt.Println("==", s.Name)
		for _, c := range s.Commits {
			g := got[c.ID]
			fmt.Printf("%s %s %s %.2f %s\n", c.ID, g.Status, g.By, g.Score, g.Reason)
		}
	}
}

func TestDebugMargins(t *testing.T) {
	f := os.Getenv("FU_MARGIN")
	if f == "" {
		t.Skip()
	}
	for _, s := range readSeries(t, f) {
		db := openDB(t)
		s.load(t, db)
		ctx := context.Background()
		conn, _ := db.Conn(ctx)
		arc, _ := loadArchive(ctx, conn)
		r, _ := defaultRules()
		p := newProfiles(r, arc)
		cands, _ := candidates(ctx, conn, p)
		want := map[string]string{}
		for _, w := range s.Want {
			want[w.Commitment] = w.By
		}
		for _, c := range arc.commitments {
			ct := p.commitmentTerms(c)
			var tot totals
			for _, x := range ct {
				tot.all += x.w
				if x.inClause {
					tot.clause += x.w
					tot.product = tot.product || x.product
				}
			}
			for _, cd := range cands[c.id] {
				m, ok := p.scorePair(c, arc.agreements[cd.agreementID], cd.party, ct, tot)
				if !ok {
					continue
				}
				mark := "  "
				if want[c.id] == cd.agreementID {
					mark = "OK"
				}
				fmt.Printf("%s %s %-18s %-18s score %.2f cov %.2f pass %v  %s\n", s.Name[:4], mark, c.id, cd.agreementID, m.score, m.coverage, m.passes(), m.reason)
			}
		}
	}
}
