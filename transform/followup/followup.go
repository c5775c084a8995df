// Package followup links each commitment to the later agreement that records
// it done, and sets its status (fulfilled, overdue or pending).
package followup

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"sort"
	"sync"
	"time"

	"actas/data"
)

var (
	//go:embed sql/window.sql
	sqlWindow string
	//go:embed sql/scope.sql
	sqlScope string
	//go:embed sql/todo.sql
	sqlTodo string
	//go:embed sql/plan.sql
	sqlPlan string
	//go:embed sql/range_agreements.sql
	sqlRangeAgreements string
	//go:embed sql/range_clauses.sql
	sqlRangeClauses string
	//go:embed sql/range_mentions.sql
	sqlRangeMentions string
	//go:embed sql/range_commitments.sql
	sqlRangeCommitments string
	//go:embed sql/terms.sql
	sqlTerms string
	//go:embed sql/candidates.sql
	sqlCandidates string
	//go:embed sql/result.sql
	sqlResult string
	//go:embed sql/publish.sql
	sqlPublish string
	//go:embed sql/drop.sql
	sqlDrop string
)

// defaultRules reads the rules embedded in package data once.
var defaultRules = sync.OnceValues(func() (*Rules, error) { return LoadRules(data.FS) })

// Run reads meetings, agreements, agreement_actions, agreement_mentions and
// stg_commitments and replaces commitment_followups, one row per commitment,
// matching again only what can have changed since the run whose state is in
// schema staging (see RunOptions).
func Run(ctx context.Context, db *sql.DB) error {
	_, err := RunOptions(ctx, db, Options{Previous: "staging"})
	return err
}

// RunWith matches every commitment with the given rules.
func RunWith(ctx context.Context, db *sql.DB, r *Rules) error {
	_, err := run(ctx, db, r, Options{})
	return err
}

// Options says which previous run a run may build on.
type Options struct {
	// Previous is the schema holding the previous run's commitment_followups
	// and state; "" means none: every commitment is matched.
	Previous string
	// Full matches every commitment and computes the statistics anew.
	Full bool
	// Every matches every commitment with the previous run's statistics, as
	// an incremental run does; the tests compare the two.
	Every bool
}

// Report says what a run did.
type Report struct {
	Incremental bool   // the previous run's rows were kept for the commitments not matched again
	Matched     int    // commitments matched
	Kept        int    // previous rows kept
	Why         string // why the run matched every commitment
}

// RunOptions is Run with options. Without usable previous state (another
// program or rules, agreements moved by more than maxDrift, no state), it
// matches every commitment and computes the statistics (idf, common
// concepts) anew; with it, it keeps those statistics and matches only the
// commitments made at a new, changed or gone meeting or whose window holds
// one (affected.sql), keeping the previous rows of the others.
func RunOptions(ctx context.Context, db *sql.DB, opt Options) (Report, error) {
	r, err := defaultRules()
	if err != nil {
		return Report{}, err
	}
	return run(ctx, db, r, opt)
}

// run matches the commitments opt asks for and writes commitment_followups
// and the state. It walks the meetings in date order in spans (plan), holding
// only the agreements a span's commitments can be recorded done by, so its
// memory is bounded by windowAgreements and its time grows with the archive.
func run(ctx context.Context, db *sql.DB, r *Rules, opt Options) (Report, error) {
	var rep Report
	var clk clock
	defer clk.log(ctx, "followup: time by step")
	conn, err := db.Conn(ctx)
	if err != nil {
		return rep, fmt.Errorf("followup: %w", err)
	}
	defer conn.Close()
	defer conn.ExecContext(context.WithoutCancel(ctx), sqlDrop)
	for _, q := range []struct{ name, sql string }{{"walking order", sqlWindow}, {"fingerprints", sqlInputs}} {
		t := time.Now()
		if _, err := conn.ExecContext(ctx, q.sql); err != nil {
			return rep, fmt.Errorf("followup: %s: %w", q.name, err)
		}
		clk.add(q.name, t)
	}
	var total int64
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM fu_w_agreements`).Scan(&total); err != nil {
		return rep, fmt.Errorf("followup: count agreements: %w", err)
	}
	ver := version(r)
	t := time.Now()
	st, ok, why, err := loadState(ctx, conn, opt.Previous, ver, int(total))
	if err != nil {
		return rep, err
	}
	clk.add("state", t)
	if opt.Full {
		ok, why = false, "a full run was asked for"
	}
	scope := []string{sqlScope}
	if ok {
		rep.Incremental = true
		scope = []string{sqlAffected}
		if opt.Every {
			scope = append(scope, sqlScope)
		}
	} else {
		rep.Why = why
	}
	t = time.Now()
	for _, q := range append(scope, sqlTodo, sqlResult) {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return rep, fmt.Errorf("followup: commitments to match: %w", err)
		}
	}
	arc := &archive{meetings: map[string]*meeting{}, agreements: map[string]*agreement{}}
	places, err := arc.readMeetings(ctx, conn)
	if err != nil {
		return rep, err
	}
	clk.add("scope", t)
	d := st.idf
	if !ok {
		t = time.Now()
		if d, err = countIDF(ctx, conn, r, arc, total); err != nil {
			return rep, err
		}
		clk.add("idf", t)
	}
	p := newProfiles(r, arc, d)
	var w window
	for i, sp := range plan(places) {
		var sc clock // this span's steps
		n, err := matchSpan(ctx, conn, p, &w, sp, &sc)
		if err != nil {
			return rep, err
		}
		rep.Matched += n
		sc.log(ctx, "followup: span", "span", i, "meetings", sp.to-sp.from+1, "agreements", sp.hi-sp.lo+1)
		clk.merge(&sc)
		clk.count("spans", 1)
		clk.count("window_agreements", int(sp.hi-sp.lo+1))
	}
	t = time.Now()
	if rep.Kept, err = publish(ctx, conn, rep.Incremental); err != nil {
		return rep, err
	}
	defer clk.add("publish", t)
	return rep, saveState(ctx, conn, ver, p.idf)
}

// matchSpan slides the window to the agreements of span sp, matches the
// commitments of its meetings and adds their rows to fu_result; it returns
// how many commitments it matched.
func matchSpan(ctx context.Context, conn *sql.Conn, p *profiles, w *window, sp span, clk *clock) (int, error) {
	t := time.Now()
	if err := w.slide(ctx, conn, p, sp.lo, sp.hi); err != nil {
		return 0, err
	}
	clk.add("window", t)
	t = time.Now()
	cs, err := readCommitments(ctx, conn, sp.from, sp.to)
	if err != nil {
		return 0, err
	}
	clk.add("commitments", t)
	clk.count("commitments", len(cs))
	rows, err := p.match(ctx, conn, cs, span{from: sp.from, to: sp.to, lo: w.lo, hi: w.hi}, clk)
	if err != nil {
		return 0, err
	}
	t = time.Now()
	if err := appendResults(conn, rows); err != nil {
		return 0, err
	}
	clk.add("results", t)
	return len(cs), nil
}

// match links the commitments cs, all made at the meetings of span sp,
// against the agreements p holds (numbered sp.lo to sp.hi), and returns their rows.
func (p *profiles) match(ctx context.Context, conn *sql.Conn, cs []*commitment, sp span, clk *clock) ([]result, error) {
	cands, err := candidates(ctx, conn, p, cs, sp, clk)
	if err != nil {
		return nil, err
	}
	t := time.Now()
	defer clk.add("score", t)
	for _, ps := range cands {
		clk.count("pairs", len(ps))
	}
	ranked := make([]scored, len(cs))
	for i, c := range cs {
		ranked[i] = p.rank(c, cands[c.id])
	}
	chosen := assign(cs, ranked)
	rows := make([]result, 0, len(cs))
	for i, c := range cs {
		m, ok := chosen[i]
		rows = append(rows, p.follow(c, m, ok, ranked[i]))
	}
	return rows, nil
}

// claim is a passing later clause for the commitment at index ci.
type claim struct {
	ci int
	m  match
}

// assign gives each commitment the first record of it: its passing clause of
// the earliest later meeting, the best score within a meeting. Claims only
// compete among the commitments of one meeting, so a span's commitments can
// be assigned alone. A
// later clause records at most one commitment of one party made at one meeting
// (two commitments of the member states at one meeting need two records);
// it may record commitments of several parties, or of several meetings.
func assign(cs []*commitment, ranked []scored) map[int]match {
	var claims []claim
	for i, r := range ranked {
		for _, m := range r.passing {
			claims = append(claims, claim{i, m})
		}
	}
	sort.SliceStable(claims, func(i, j int) bool {
		a, b := claims[i].m, claims[j].m
		if ma, mb := meetingStart(a), meetingStart(b); !ma.Equal(mb) {
			return ma.Before(mb)
		}
		return a.score > b.score+1e-9
	})
	chosen := map[int]match{}
	taken := map[string]bool{}
	for _, cl := range claims {
		if _, ok := chosen[cl.ci]; ok {
			continue
		}
		c := cs[cl.ci]
		key := fmt.Sprintf("%s#%d|%s:%s|%s", cl.m.agreement.id, cl.m.clause, c.respType, c.respID, c.meetingID)
		if taken[key] {
			continue
		}
		taken[key] = true
		chosen[cl.ci] = cl.m
	}
	return chosen
}

// result is one row of commitment_followups.
type result struct {
	commitmentID, status, fulfilledBy, evidence, reason string
	evidenceID                                          string // the agreement the evidence comes from
	score                                               float64
	scored                                              bool // score holds a value
}

// follow decides the status of one commitment: fulfilled by its assigned
// clause, else overdue or pending, with the nearest later clause as evidence.
func (p *profiles) follow(c *commitment, m match, ok bool, r scored) result {
	res := result{commitmentID: c.id, status: statusPending}
	if ok {
		res.status, res.fulfilledBy, res.evidence = statusFulfilled, m.agreement.id, m.agreement.text
		res.evidenceID, res.score, res.scored, res.reason = m.agreement.id, m.score, true, m.reason
		return res
	}
	near := r.near
	for _, x := range r.passing {
		if near == nil || x.score > near.score {
			x.blocked = "it records another commitment of the same party and meeting"
			near = &x
		}
	}
	if near != nil {
		res.evidence, res.evidenceID, res.score, res.scored = near.agreement.text, near.agreement.id, near.score, true
		why := near.blocked
		if why == "" {
			why = fmt.Sprintf("below the thresholds (score %.2f, coverage %.2f)", near.score, near.coverage)
		}
		res.reason = "nearest: " + near.reason + "; not a record: " + why
	}
	if asOf := p.arc.asOf(c); !asOf.IsZero() && !c.dueEnd.IsZero() && c.dueEnd.Before(asOf) {
		res.status = statusOverdue
	}
	return res
}

// Statuses as ANNOTATION.md defines them (the same strings as actas.Status*).
const (
	statusPending   = "pending"
	statusFulfilled = "fulfilled"
	statusOverdue   = "overdue"
)

// meetingStart is the start of the meeting of a match's agreement.
func meetingStart(m match) time.Time { return m.meeting }
