package followup

// Weights of where a concept was found.
const (
	weightClause  = 1.0 // in the clause itself
	weightSibling = 0.8 // elsewhere in the same agreement (later side)
	weightContext = 0.5 // elsewhere in the agreement, its parent point, or a named party
	weightProduct = 1.5 // factor for a product kind (study, guide, workshop, ...)
)

// agreementTerms are the concepts of one agreement and of each of its
// clauses, with what the cues say of each clause.
type agreementTerms struct {
	own     bag
	clauses []bag
	cues    []clauseCues
}

// clauseCues is what the cue lists say of one clause.
type clauseCues struct {
	notDone bool   // a reminder, postponement, announcement or progress report
	done    bool   // says something was done
	cue     string // the completion cue found
}

// profiles holds the concepts of every agreement and their weights.
type profiles struct {
	rules *Rules
	arc   *archive
	terms map[string]*agreementTerms
	names map[string][]string // agreement id → names of the parties it mentions
	idf   idf
}

// newProfiles computes the concepts of every agreement and the idf over them.
func newProfiles(r *Rules, arc *archive) *profiles {
	p := &profiles{rules: r, arc: arc, terms: make(map[string]*agreementTerms, len(arc.agreements)),
		names: make(map[string][]string, len(arc.agreements)), idf: idf{df: map[string]int{}}}
	for id, g := range arc.agreements {
		lang := arc.meetingOf(g).lang
		strip := r.names(g.mentions)
		p.names[id] = strip
		t := &agreementTerms{own: r.terms(g.text, lang, strip)}
		for _, m := range g.mentions {
			t.own[entityTerm(m.id)] = m.id
		}
		for _, c := range clausesOf(g) {
			t.clauses = append(t.clauses, r.terms(c.text, lang, strip))
			var cc clauseCues
			_, cc.notDone = r.notFulfilment(c.text)
			cc.cue, cc.done = r.completion(c.text)
			t.cues = append(t.cues, cc)
		}
		p.terms[id] = t
		p.idf.add(t.own)
	}
	return p
}

// clausesOf returns an agreement's clauses, or the agreement as its own clause when it has none.
func clausesOf(g *agreement) []clause {
	if len(g.clauses) > 0 {
		return g.clauses
	}
	return []clause{{seq: 1, action: g.action, text: g.text}}
}

// weighted is a concept with its weight, the word that expressed it, and
// whether the commitment's own clause holds it, and whether it names a product kind.
type weighted struct {
	w        float64
	word     string
	inClause bool
	product  bool
}

// commitmentTerms returns the weighted concepts of a commitment: its clause,
// the rest of its agreement, its parent point and the other parties named.
func (p *profiles) commitmentTerms(c *commitment) map[string]weighted {
	out := map[string]weighted{}
	g := p.arc.agreements[c.agreementID]
	if g == nil {
		return out
	}
	put := func(b bag, w float64) {
		for t, word := range b {
			if t == entityTerm(c.respID) {
				continue
			}
			x := w * p.idf.weight(t)
			product := p.rules.product[t]
			if product {
				x *= weightProduct
			}
			if old, ok := out[t]; !ok || old.w < x {
				out[t] = weighted{x, word, w == weightClause, product}
			}
		}
	}
	lang := p.arc.meetingOf(g).lang
	cl := clauseOf(clausesOf(g), c.clauseSeq, g.text)
	b := p.rules.purposeTerms(cl.text, lang, p.names[g.id])
	for _, implied := range p.rules.actionTerms[cl.action] {
		b[p.rules.concept(implied)] = cl.action
	}
	put(b, weightClause)
	put(p.rules.purposeTerms(g.text, lang, p.names[g.id]), weightContext)
	for _, m := range g.mentions {
		put(bag{entityTerm(m.id): m.id}, weightContext)
	}
	if parent := p.terms[g.parentID]; parent != nil {
		put(parent.own, weightContext)
	}
	return out
}

// clauseOf returns the clause numbered seq, the only clause when there is
// one, or else the whole agreement text as a clause.
func clauseOf(cls []clause, seq int, text string) clause {
	if len(cls) == 1 {
		return cls[0]
	}
	for _, cl := range cls {
		if cl.seq == seq {
			return cl
		}
	}
	return clause{seq: seq, text: text}
}

// laterWeight is how strongly a later agreement's clause k holds concept t.
func (p *profiles) laterWeight(g *agreement, k int, t string) (float64, string) {
	at := p.terms[g.id]
	if w, ok := at.clauses[k][t]; ok {
		return weightClause, w
	}
	if w, ok := at.own[t]; ok {
		return weightSibling, w
	}
	if parent := p.terms[g.parentID]; parent != nil {
		if w, ok := parent.own[t]; ok {
			return weightContext, w
		}
	}
	return 0, ""
}
