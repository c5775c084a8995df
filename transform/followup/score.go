package followup

import (
	"fmt"
	"sort"
	"strings"
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
	minScore           = 0.60 // a link needs this score
	minCoverage        = 0.30 // and this share of the commitment's weighted concepts
	minWeakCoverage    = 0.45 // or this share, for a weak party
	reasonTerms        = 5    // concepts named in match_reason
)

// match is a later agreement scored for a commitment.
type match struct {
	agreement *agreement
	score     float64
	coverage  float64 // share of the commitment's weighted concepts found
	weak      bool    // the responsible is a weak party
	reason    string
}

// passes reports whether m is over the thresholds.
func (m match) passes() bool {
	if m.weak && m.coverage < minWeakCoverage {
		return false
	}
	return m.coverage >= minCoverage && m.score >= minScore
}

// pair is a candidate from candidates.sql.
type pair struct {
	agreementID string
	party       int // 2 own mention, 1 parent mention, 0 none
}

// best scores every candidate of c and returns the highest over the thresholds,
// the earliest meeting winning a tie; ok is false when none qualifies.
func (p *profiles) best(c *commitment, cands []pair) (match, bool) {
	cterms := p.commitmentTerms(c)
	var total totals
	for _, t := range cterms {
		total.all += t.w
		if t.inClause {
			total.clause += t.w
			total.product = total.product || t.product
		}
	}
	if total.all == 0 {
		return match{}, false
	}
	sort.SliceStable(cands, func(i, j int) bool {
		return p.before(cands[i].agreementID, cands[j].agreementID)
	})
	var top match
	found := false
	for _, cd := range cands {
		g := p.arc.agreements[cd.agreementID]
		if g == nil {
			continue
		}
		m, ok := p.scorePair(c, g, cd.party, cterms, total)
		if ok && m.passes() && (!found || m.score > top.score+1e-9) {
			top, found = m, true
		}
	}
	return top, found
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
	all, clause float64
	product     bool
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

// scorePair scores the best fulfilling clause of g for commitment c; ok is
// false when no clause of g can record a fulfilment.
func (p *profiles) scorePair(c *commitment, g *agreement, party int, cterms map[string]weighted, total totals) (match, bool) {
	weak := p.rules.weak[c.respID] || c.respType == "group"
	var top match
	found := false
	cues := p.terms[g.id].cues
	for k, cl := range clausesOf(g) {
		if !p.rules.actions[cl.action] || cues[k].notDone {
			continue
		}
		var got, gotClause float64
		var shared []sharedTerm
		product := false
		for t, cw := range cterms {
			aw, word := p.laterWeight(g, k, t)
			if aw == 0 {
				continue
			}
			got += cw.w * aw
			if cw.inClause {
				gotClause += cw.w * aw
			}
			product = product || (cw.product && cw.inClause)
			shared = append(shared, sharedTerm{cw.word, word, cw.w * aw})
		}
		cov := total.coverage(got, gotClause)
		score := cov + partyBonus(party, weak)
		cue, done := cues[k].cue, cues[k].done
		switch {
		case cl.action == "thank" || cl.action == "congratulate":
			score += bonusThank
		case !done:
			score -= penaltyNoCompleted
		}
		if done {
			score += bonusCompletion
		}
		if total.product && !product {
			score -= penaltyNoProduct
		}
		if found && score <= top.score {
			continue
		}
		top, found = match{g, score, cov, weak, reason(c, party, weak, shared, cl.action, cue)}, true
	}
	return top, found
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
	sort.Slice(shared, func(i, j int) bool {
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
