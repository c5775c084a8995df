package followup

import "strings"

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
	done    bag // own without the clauses that repeat a request or postpone: they record nothing
	clauses []bag
	cues    []clauseCues
	future  string // an announcement somewhere in the agreement ("..., que la UNODC realizará")
}

// clauseCues is what the cue lists say of one clause.
type clauseCues struct {
	hard     string // a reminder, postponement, offer or difficulty: never a fulfilment
	progress string // a progress report or draft: fulfils only a commitment that asks for one
	future   string // an announcement: fulfils nothing unless the clause also says something was done
	done     bool   // says something was done
	cue      string // the completion cue found
}

// profiles holds the concepts of every agreement and their weights.
type profiles struct {
	rules  *Rules
	arc    *archive
	terms  map[string]*agreementTerms
	names  map[string][]string // agreement id → names of the parties it mentions
	idf    idf
	topics map[topicKey]topic // topicOf's cache
}

// newProfiles returns profiles holding no agreement yet, weighing concepts by d.
func newProfiles(r *Rules, arc *archive, d idf) *profiles {
	return &profiles{rules: r, arc: arc, terms: map[string]*agreementTerms{}, names: map[string][]string{},
		idf: d, topics: map[topicKey]topic{}}
}

// ownTerms returns the concepts of an agreement's text and of the parties it
// names, and the names stripped from its text.
func (r *Rules) ownTerms(g *agreement, lang string) (bag, []string) {
	strip := r.names(g.mentions)
	own := r.terms(g.text, lang, strip)
	for _, m := range g.mentions {
		own[entityTerm(m.id)] = m.id
	}
	return own, strip
}

// add holds agreement g and computes its concepts.
func (p *profiles) add(g *agreement) {
	r := p.rules
	p.arc.agreements[g.id] = g
	lang := p.arc.meetingOf(g).lang
	own, strip := r.ownTerms(g, lang)
	p.names[g.id] = strip
	t := &agreementTerms{own: own}
	doneStrip := strip
	for _, c := range clausesOf(g) {
		cc := r.clauseCues(c.text)
		t.clauses = append(t.clauses, r.terms(r.recorded(c.text), lang, strip))
		t.cues = append(t.cues, cc)
		if cc.hard != "" || asksToAct[c.action] || c.action == "other" {
			doneStrip = append([]string{phrase(c.text)}, doneStrip...)
		}
		if t.future == "" {
			t.future = cc.future
		}
	}
	t.done = t.own
	if len(doneStrip) > len(strip) {
		t.done = r.terms(g.text, lang, doneStrip)
		for _, m := range g.mentions {
			t.done[entityTerm(m.id)] = m.id
		}
	}
	p.terms[g.id] = t
}

// drop forgets agreement id, its concepts and its clauses' topics.
func (p *profiles) drop(id string) {
	if t := p.terms[id]; t != nil {
		for k := range t.clauses {
			delete(p.topics, topicKey{id, k})
		}
	}
	delete(p.arc.agreements, id)
	delete(p.terms, id)
	delete(p.names, id)
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
	strip := p.names[g.id]
	if c.dueText != "" {
		strip = append([]string{phrase(c.dueText)}, strip...)
	}
	b := p.rules.purposeTerms(cl.text, lang, strip)
	for _, implied := range p.rules.actionTerms[cl.action] {
		b[p.rules.concept(implied)] = cl.action
	}
	put(b, weightClause)
	put(p.rules.purposeTerms(g.text, lang, strip), weightContext)
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
	if w, ok := at.done[t]; ok {
		return weightSibling, w
	}
	if parent := p.terms[g.parentID]; parent != nil {
		if w, ok := parent.own[t]; ok {
			return weightContext, w
		}
	}
	return 0, ""
}

// asksToAct are the actions of a clause that asks a party to act (a new or
// repeated request): such a clause records nothing done.
var asksToAct = map[string]bool{"request": true, "recommend": true, "entrust": true, "commit": true, "offer": true}

// clauseCues reads what the cue lists say of a later clause.
func (r *Rules) clauseCues(text string) clauseCues {
	text = dropTitles(text)
	var cc clauseCues
	cc.hard, _ = r.hardNo(text)
	cc.progress, _ = r.progressCue(text)
	_, cc.future, _ = r.futureAt(text)
	cc.cue, cc.done = r.completion(text)
	return cc
}

// recorded is the part of a later clause that can record something done: all
// of it, or, when it announces something still to come, the words before the
// announcement ("avaló el taller, el cual tendrá lugar ..." → "avaló el taller").
func (r *Rules) recorded(text string) string {
	at, _, ok := r.futureAt(text)
	if !ok {
		return text
	}
	ws := words(fold(text))
	return strings.Join(ws[:min(at, len(ws))], " ")
}

// actorNamed reports whether a later agreement (or its parent point) names the
// responsible as someone who acted: outside an announcement, and for a country
// not as a place ("en la Ciudad de Panamá"). A party whose name is not found
// at all counts as named, as the mentions say.
func (p *profiles) actorNamed(c *commitment, g *agreement) bool {
	if c.respType == "group" {
		return true
	}
	names := p.rules.aliases[c.respType+":"+c.respID]
	texts := clauseTexts(g)
	parent := p.arc.agreements[g.parentID]
	for _, x := range []*agreement{g, parent} {
		if x == nil {
			continue
		}
		for _, m := range x.mentions {
			if m.id == c.respID && m.surface != "" {
				names = append(names, phrase(m.surface))
			}
		}
	}
	if parent != nil {
		texts = append(texts, clauseTexts(parent)...)
	}
	seen := false
	for _, t := range texts {
		ws := words(fold(t))
		end := len(ws)
		if at, _, ok := p.rules.futureAt(t); ok {
			end = min(at, end)
		}
		for _, n := range names {
			nw := strings.Fields(n)
			if len(nw) == 0 {
				continue
			}
			for i := 0; i+len(nw) <= len(ws); i++ {
				if !equal(ws[i:i+len(nw)], nw) {
					continue
				}
				seen = true
				if i < end && (c.respType != "country" || !p.rules.placeBefore(ws[:i])) {
					return true
				}
			}
		}
	}
	return !seen
}

// clauseTexts lists the texts of an agreement's clauses.
func clauseTexts(g *agreement) []string {
	var out []string
	for _, c := range clausesOf(g) {
		out = append(out, c.text)
	}
	return out
}

// placeBefore reports whether the words ws end with a cue that makes the next name a place.
func (r *Rules) placeBefore(ws []string) bool {
	for _, c := range r.place {
		if n := len(c.words); n > 0 && n <= len(ws) && c.at(ws[len(ws)-n:]) {
			return true
		}
	}
	return false
}

// titlePairs are the quotation marks that enclose a title.
var titlePairs = [][2]string{{"“", "”"}, {"«", "»"}, {"\"", "\""}}

// dropTitles removes quoted titles from a clause: the words of a title ("Avances
// y recomendaciones") name a document and say nothing of what was done.
func dropTitles(text string) string {
	for _, q := range titlePairs {
		for {
			i := strings.Index(text, q[0])
			if i < 0 {
				break
			}
			j := strings.Index(text[i+len(q[0]):], q[1])
			if j < 0 {
				break
			}
			text = text[:i] + " " + text[i+len(q[0])+j+len(q[1]):]
		}
	}
	return text
}
