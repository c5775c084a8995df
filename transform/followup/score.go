package followup

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Score parts and thresholds; see docs/follow-through.md.
const (
	bonusPartyOwn      = 0.25 // the later agreement names the responsible
	bonusPartyParent   = 0.15 // its parent point does
	bonusWeakOwn       = 0.10 // the same, for a weak party (member states, TS, PPT)
	bonusWeakParent    = 0.05
	bonusThank         = 0.10 // the later clause thanks or congratulates
	bonusCompletion    = 0.10 // the later clause says the thing was done
	penaltyNoCompleted = 0.10 // take note / approve without a completion cue
	penaltyNoProduct   = 0.15 // the commitment names a product kind the later clause lacks
	weightTopic        = 0.40 // the share of the later clause's topic the commitment shares, centred on one half
	minScore           = 0.60 // a link needs this score
	minCoverage        = 0.30 // and this share of the commitment's weighted concepts
	minWeakCoverage    = 0.45 // or this share, for a weak party
	reasonTerms        = 5    // concepts named in match_reason
)

// match is a later clause scored for a commitment.
type match struct {
	agreement *agreement
	meeting   time.Time // start of the agreement's meeting
	clause    int       // index of the clause in clausesOf(agreement)
	score     float64
	coverage  float64 // share of the commitment's weighted concepts found
	weak      bool    // the responsible is a weak party
	blocked   string  // why the clause cannot record a fulfilment, "" when it can
	reason    string
}

// passes reports whether m can record the commitment done and is over the thresholds.
func (m match) passes() bool {
	if m.blocked != "" || m.weak && m.coverage < minWeakCoverage {
		return false
	}
	return m.coverage >= minCoverage && m.score >= minScore
}

// pair is a candidate from candidates.sql.
type pair struct {
	agreementID string
	party       int // 2 own mention, 1 parent mention, 0 none
}

// scored are the later clauses that pass for a commitment, best first, and
// the nearest one that does not (the evidence of a pending or overdue status).
type scored struct {
	passing []match
	near    *match
}

// rank scores every candidate of c: the clauses over the thresholds, best
// first (on a tie the earliest meeting), and the best of the others.
func (p *profiles) rank(c *commitment, cands []pair) scored {
	var out scored
	cterms := p.commitmentTerms(c)
	order := sortedKeys(cterms)
	var total totals
	for _, k := range order {
		t := cterms[k]
		total.all += t.w
		if t.inClause {
			total.clause += t.w
			total.product = total.product || t.product
		}
	}
	if total.all == 0 {
		return out
	}
	total.asksProgress = p.asksProgress(c)
	sort.SliceStable(cands, func(i, j int) bool {
		return p.before(cands[i].agreementID, cands[j].agreementID)
	})
	for _, cd := range cands {
		g := p.arc.agreements[cd.agreementID]
		if g == nil {
			continue
		}
		if !p.actorNamed(c, g) {
			if c.respType != "group" {
				continue
			}
			cd.party = 0
		}
		for _, m := range p.scoreClauses(c, g, cd.party, cterms, order, total) {
			if m.passes() {
				out.passing = append(out.passing, m)
			} else if out.near == nil || m.score > out.near.score+1e-9 {
				out.near = &m
			}
		}
	}
	sort.SliceStable(out.passing, func(i, j int) bool { return out.passing[i].score > out.passing[j].score+1e-9 })
	return out
}

// asksProgress reports whether the commitment's clause asks for a draft or progress report.
func (p *profiles) asksProgress(c *commitment) bool {
	g := p.arc.agreements[c.agreementID]
	if g == nil {
		return false
	}
	return p.rules.asksForProgress(clauseOf(clausesOf(g), c.clauseSeq, g.text).text)
}

// before orders agreements by meeting date, then meeting id, then seq.
func (p *profiles) before(a, b string) bool {
	ga, gb := p.arc.agreements[a], p.arc.agreements[b]
	if ga == nil || gb == nil {
		return a < b
	}
	ma, mb := p.arc.meetingOf(ga), p.arc.meetingOf(gb)
	if !ma.start.Equal(mb.start) {
		return ma.start.Before(mb.start)
	}
	if ga.meetingID != gb.meetingID {
		return ga.meetingID < gb.meetingID
	}
	return ga.seq < gb.seq
}

// totals are the weights of a commitment's concepts, all and its clause's
// alone, and whether its clause names a product kind.
type totals struct {
	all, clause  float64
	product      bool
	asksProgress bool // the commitment asks for a draft or progress report
}

// coverage is the share of the commitment's weight matched: of all its
// concepts, or, when larger, the mean of that and its clause's share (so a
// long parent point does not dilute a short clause).
func (t totals) coverage(all, clause float64) float64 {
	cov := all / t.all
	if t.clause > 0 {
		if mean := (cov + clause/t.clause) / 2; mean > cov {
			return mean
		}
	}
	return cov
}

// scoreClauses scores every clause of g whose action can record a fulfilment;
// order is the commitment's concepts sorted, so that every sum is added in
// the same order and a score is the same to the last bit on every run.
func (p *profiles) scoreClauses(c *commitment, g *agreement, party int, cterms map[string]weighted, order []string, total totals) []match {
	weak := p.rules.weak[c.respID] || c.respType == "group"
	var out []match
	cues := p.terms[g.id].cues
	for k, cl := range clausesOf(g) {
		if !p.rules.actions[cl.action] {
			continue
		}
		var got, gotClause float64
		var shared []sharedTerm
		product, delivered := false, true
		var unmade []string
		for _, t := range order {
			cw := cterms[t]
			aw, word := p.laterWeight(g, k, t)
			if cw.inClause && cw.product && aw != weightClause {
				delivered = false
			}
			if aw == 0 {
				if cw.inClause && p.rules.makes[t] {
					unmade = append(unmade, t)
				}
				continue
			}
			got += cw.w * aw
			if cw.inClause {
				gotClause += cw.w * aw
			}
			product = product || (cw.product && cw.inClause)
			shared = append(shared, sharedTerm{cw.word, word, cw.w * aw})
		}
		cc := cues[k]
		if total.product && delivered && (cc.done || cl.action == "thank" || cl.action == "congratulate") &&
			total.coverage(got, gotClause) >= minCoverage {
			w, implied := impliedMakes(cterms, unmade)
			got, gotClause, shared = got+w, gotClause+w, append(shared, implied...)
		}
		cov := total.coverage(got, gotClause)
		score := cov + partyBonus(party, weak)
		switch {
		case cl.action == "thank" || cl.action == "congratulate":
			score += bonusThank
		case !cc.done:
			score -= penaltyNoCompleted
		}
		if cc.done {
			score += bonusCompletion
		}
		if total.product && !product {
			score -= penaltyNoProduct
		}
		score += weightTopic * (p.topicOverlap(g, k, cterms, entityTerm(c.respID)) - 0.5)
		if cc.future == "" && !cc.done {
			cc.future = p.terms[g.id].future
		}
		out = append(out, match{g, p.arc.meetingOf(g).start, k, score, cov, weak, blocked(cc, total.asksProgress),
			reason(c, party, weak, shared, cl.action, cc.cue)})
	}
	return out
}

// impliedMakes counts the commitment's verbs of making and delivering its
// product (unmade, not found in the later clause) as found ×0.8, for a later
// clause that names every product asked for, done, and is on the commitment's
// topic: the product was made and delivered. It returns the weight added and
// the concepts, written "prepare~(prepare)" in match_reason.
func impliedMakes(cterms map[string]weighted, unmade []string) (float64, []sharedTerm) {
	var w float64
	var out []sharedTerm
	for _, t := range unmade {
		cw := cterms[t]
		w += cw.w * weightSibling
		out = append(out, sharedTerm{cw.word, "(" + cw.word + ")", cw.w * weightSibling})
	}
	return w, out
}

// blocked says why a clause cannot record a fulfilment: a reminder or
// postponement; a progress report, unless the commitment asks for one; an
// announcement that says nothing was done. "" when it can.
func blocked(cc clauseCues, asksProgress bool) string {
	switch {
	case cc.hard != "":
		return "a reminder, postponement or offer (cue: " + cc.hard + ")"
	case cc.progress != "" && !asksProgress:
		return "a progress report or draft (cue: " + cc.progress + ")"
	case cc.future != "" && !cc.done:
		return "an announcement (cue: " + cc.future + ")"
	}
	return ""
}

// partyBonus is the score for naming the responsible party.
func partyBonus(party int, weak bool) float64 {
	switch {
	case party == 2 && weak:
		return bonusWeakOwn
	case party == 2:
		return bonusPartyOwn
	case party == 1 && weak:
		return bonusWeakParent
	case party == 1:
		return bonusPartyParent
	}
	return 0
}

// sharedTerm is a concept found on both sides, with the words each used.
type sharedTerm struct {
	from, to string
	w        float64
}

// reason writes why a pair matched: "party IOM; terms: curso~course, identificacion; later action thank (cue: launching)".
func reason(c *commitment, party int, weak bool, shared []sharedTerm, action, cue string) string {
	var b strings.Builder
	b.WriteString("party " + c.respID)
	switch {
	case party == 1:
		b.WriteString(" (parent point)")
	case party == 0:
		b.WriteString(" (not named)")
	}
	if weak {
		b.WriteString(" (weak)")
	}
	sort.SliceStable(shared, func(i, j int) bool {
		if shared[i].w != shared[j].w {
			return shared[i].w > shared[j].w
		}
		return shared[i].from < shared[j].from
	})
	var ts []string
	for i, s := range shared {
		if i == reasonTerms {
			break
		}
		if s.from == s.to {
			ts = append(ts, s.from)
		} else {
			ts = append(ts, s.from+"~"+s.to)
		}
	}
	fmt.Fprintf(&b, "; terms: %s; later action %s", strings.Join(ts, ", "), action)
	if cue != "" {
		fmt.Fprintf(&b, " (cue: %s)", cue)
	}
	return b.String()
}

// topicOverlap is the idf-weighted share of the concepts of a later clause and
// of its parent point that the commitment (with its agreement and parent point)
// also holds, its responsible party included: a thank-you for another activity
// shares little of it.
func (p *profiles) topicOverlap(g *agreement, k int, cterms map[string]weighted, resp string) float64 {
	tp := p.topicOf(g, k)
	if tp.all == 0 {
		return 0
	}
	var shared float64
	for i, t := range tp.terms {
		if _, ok := cterms[t]; ok || t == resp {
			shared += tp.weights[i]
		}
	}
	return shared / tp.all
}

// topic is the concepts of a later clause with its parent point, sorted, with
// their idf weights and the weights' sum.
type topic struct {
	terms   []string
	weights []float64
	all     float64
}

// topicOf returns the topic of clause k of g, computed once.
func (p *profiles) topicOf(g *agreement, k int) topic {
	key := topicKey{g.id, k}
	if tp, ok := p.topics[key]; ok {
		return tp
	}
	set := bag{}
	for t, w := range p.terms[g.id].clauses[k] {
		set[t] = w
	}
	if parent := p.terms[g.parentID]; parent != nil {
		for t, w := range parent.own {
			set[t] = w
		}
	}
	tp := topic{terms: sortedKeys(set)}
	tp.weights = make([]float64, len(tp.terms))
	for i, t := range tp.terms {
		tp.weights[i] = p.idf.weight(t)
		tp.all += tp.weights[i]
	}
	p.topics[key] = tp
	return tp
}

// topicKey names clause k of an agreement.
type topicKey struct {
	id string
	k  int
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
