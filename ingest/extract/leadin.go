package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"actas"
)

// lead is what a lead-in hands down to the points under it: the action of
// a clause whose verb is no cue (or that has no verb) and the parties named
// by the lead-in ("Solicitar a la OIM:", "Los Países Miembros se comprometen a:").
type lead struct {
	action  actas.Action // "" when the lead-in names no action
	verb    string
	parties []actas.Entity
	// speakers are who decide under the lead-in ("los gobiernos acordaron"):
	// the member states unless it names other parties; they commit in a
	// point that opens with "Comprometerse a" or "To undertake to".
	speakers []actas.Entity
	colon    bool // the lead-in ends with a colon: a point with no verb takes its action
	// topic is set when parties are the ones a heading concerns ("En
	// relación con la ST:"): a request under it that names no party asks them
	topic bool
	// that is set on a lead-in that ends by naming who is asked ("To
	// recommend that the RCGM:"): a sub-point's verb is what it is asked to do
	that bool
	// listed is set on a lead-in whose subject is the list below it ("The
	// following Member States volunteered to lead:"): each point names its own
	listed bool
	// reports is set on a lead-in that ends with "that:" ("it was agreed
	// that:"): its points report what was said, "would" as "will"
	reports bool
}

// introLead reads the lead-in of an operative part: the last sentence of
// its introduction ("los gobiernos acordaron:", "the Vice-Ministers agreed
// to:", "DECLARAN:", "RECOMMENDATIONS"). A lead-in that approves or adopts
// the text that follows ("aprobaron la siguiente declaración:") names no
// action for the points under it.
func (x *Extractor) introLead(text string, intro []span, self map[string]bool) lead {
	if n := len(intro); n >= 2 && strings.ContainsRune(":.", lastRune(strings.TrimSpace(text[intro[n-2].start:intro[n-2].end]))) {
		if ps := x.partyHeadLine(text[intro[n-1].start:intro[n-1].end]); len(ps) > 0 {
			if l := x.introLead(text, intro[:n-1], self); l.action != "" {
				l.parties, l.topic = ps, true // "The RCGM tasked the following parties ...:" / "Technical Secretariat" / "• Circulate ..."
				return l
			}
		}
	}
	members := []actas.Entity{{Type: actas.EntityGroup, ID: actas.GroupMemberStates}}
	heads := intro
	intro = withoutChapterHeads(text, intro, false)
	t := ""
	if len(intro) > 0 {
		t = strings.TrimSpace(cleanText(text, intro))
	}
	if t == "" {
		l := lead{speakers: members}
		if n := len(heads); n > 0 {
			h := text[heads[n-1].start:heads[n-1].end]
			if e, ok := x.headingAction(tokenize(h)); ok {
				l.action, l.colon = e, true // "4. RECOMMENDATIONS TO THE RCGM" over "1. That ..."
				l.parties = x.headingAddressees(h, self)
			}
		}
		return l
	}
	last := lastSentence(t)
	a := newAnalysis(last, x.rules, x.gaz)
	l := lead{colon: strings.HasSuffix(last, ":"), reports: endsWithThat(last)}
	if c := a.lastCue(); c != nil {
		l.action, l.verb = c.action, c.verb
		var prev []actas.Entity
		l.parties = x.leadParties(a, c, &prev, self)
		for _, e := range dropSelf(c.subject, self) {
			if e.Type != actas.EntityOrganisation { // "El GRCM acordó": its member states speak
				l.speakers = append(l.speakers, e)
			}
		}
		if e, ok := a.thatAddressee(c); ok {
			l.parties, l.that = []actas.Entity{e}, true // "The RCGM recommends that the Vice-Ministers of the RCM:" / "1. Approve ..."
		}
	} else if e, ok := x.headingAction(a.toks); ok {
		l.action, l.colon = e, true
		l.parties = x.headingAddressees(last, self) // "Recommendations to the IGAD Secretariat:"
	}
	if l.action == actas.ActionApprove || l.action == actionLead {
		l.action = ""
		if e, ok := x.headingAction(a.toks); ok {
			l.action = e // "adopted the following recommendations:" recommend
			if len(l.parties) == 0 {
				l.parties = addressedTo(a, self) // "..., which are addressed to SADC Member States unless otherwise indicated:"
			}
		}
	} else {
		l.action = x.listKind(l.action, a.toks)
	}
	if len(l.speakers) == 0 {
		l.speakers = members
	}
	if topic := x.headingTopic(t); len(topic) > 0 {
		l.parties, l.topic = topic, true // "With regard to IOM" on its own line before the points
	}
	return l
}

// partyHeadLine returns the parties that a heading line names and nothing
// else ("Technical Secretariat", "IOM and UNHCR", "Member Countries"), or
// none: the points under it are theirs.
func (x *Extractor) partyHeadLine(t string) []actas.Entity {
	t = strings.TrimSuffix(strings.TrimSpace(t), ":")
	if !startsUpper(t) || parseMarker(t) != nil || strings.ContainsAny(t, ".;") || countFields(t, 9) > 8 {
		return nil
	}
	a := newAnalysis(t, x.rules, x.gaz)
	var out []actas.Entity
	for k := 0; k < len(a.toks); k++ {
		if es, ok := a.ents[k]; ok {
			out = append(out, es.ent)
			k = es.end - 1
			continue
		}
		switch a.toks[k].fold {
		case "and", "y", "e", ",", "&", "the", "la", "el", "los", "las":
			continue
		}
		return nil
	}
	return out
}

// addressedTo returns the parties that a lead-in says its recommendations
// are addressed to ("addressed to SADC Member States unless otherwise
// indicated", "dirigidas a los Países Miembros").
func addressedTo(a *analysis, self map[string]bool) []actas.Entity {
	for k := 0; k+1 < len(a.toks); k++ {
		switch a.toks[k].fold {
		case "addressed", "directed", "dirigidas", "dirigidos", "destinadas", "destinados":
		default:
			continue
		}
		if f := a.toks[k+1].fold; f != "to" && f != "a" && f != "al" {
			continue
		}
		end := k + 2
		for end < len(a.toks) && !slices.Contains([]string{",", ":", ".", ";", "unless", "except", "salvo", "excepto"}, a.toks[end].fold) {
			end++
		}
		ents := a.entsIn(k+2, end)
		if slices.ContainsFunc(ents, func(e actas.Entity) bool { return e.Type == actas.EntityGroup }) {
			ents = slices.DeleteFunc(ents, func(e actas.Entity) bool { return e.Type == actas.EntityOrganisation }) // "SADC Member States": its members
		}
		return dropSelf(ents, self)
	}
	return nil
}

// withoutChapterHeads drops from the end of an introduction the chapter
// headings in capitals under its lead-in ("participants recommended as
// follows:" / "I. POLICY AND LEGISLATION"), and with topics set also the
// topic headings without a number ("MIGRATION HEALTH GOVERNANCE",
// "Migration data and research"): the lead-in speaks for the points under
// them.
func withoutChapterHeads(text string, intro []span, topics bool) []span {
	for len(intro) > 0 {
		t := strings.TrimSpace(text[intro[len(intro)-1].start:intro[len(intro)-1].end])
		m := parseMarker(t)
		if m != nil && !m.alone {
			t = t[m.end:]
		} else if !topics || m != nil {
			break
		}
		if !capsTitle(t) && !(topics && m == nil && topicPhrase(t)) {
			break
		}
		intro = intro[:len(intro)-1]
	}
	return intro
}

// topicPhrase reports a short topic heading in sentence case ("Migration
// data and research"): a few words, capitalised, that end no sentence.
func topicPhrase(t string) bool {
	ws := strings.Fields(t)
	return len(ws) > 0 && len(ws) <= 8 && startsUpper(t) && !strings.ContainsAny(t[len(t)-1:], ".:;,")
}

// topicHeadParties returns the parties the last topic heading before point
// n names ("To Governments of the region", "To UNHCR and IOM jointly"), or
// none.
func (x *Extractor) topicHeadParties(text string, b *block, n *node) []actas.Entity {
	var last *span
	for k := range b.topicHeads {
		if b.topicHeads[k].start < n.markStart {
			last = &b.topicHeads[k]
		}
	}
	if last == nil {
		return nil
	}
	return x.headingTopic(text[last.start:last.end])
}

// headingTopic returns the parties a topic heading names when it ends an
// introduction ("ACUERDOS Al Gobierno de Honduras:", "agreed: With regard
// to the Technical Secretariat"): a capitalised topic cue, after a colon or
// a word in capitals, whose parties run to the end.
func (x *Extractor) headingTopic(t string) []actas.Entity {
	if len(t) > 400 {
		i := len(t) - 400
		for i < len(t) && !utf8.RuneStart(t[i]) {
			i++
		}
		t = t[i:]
	}
	topics := x.rules.structure.phrases("topic")
	if !foldedHolds(t, topics) {
		return nil // no topic cue's words (a recased text folds the same)
	}
	if !slices.ContainsFunc(tokenize(t), func(k token) bool { return topics.byFirst[k.fold] != nil && startsUpper(k.text) }) {
		return nil // no capitalised topic cue (nor one in a glued acronym: TestTopicCuesNoAcronyms)
	}
	a := newAnalysis(t, x.rules, x.gaz)
	n := len(a.toks)
	if n > 0 && a.toks[n-1].fold == ":" {
		n--
	}
	for i := 0; i < n; i++ {
		if !startsUpper(a.toks[i].text) || i > 0 && a.toks[i-1].word && !isUpperWord(a.toks[i-1].text) {
			continue
		}
		_, j, ok := a.r.structure.matchKind(a.toks, i, "topic")
		if !ok {
			continue
		}
		if ents, k, found := a.subjectAt(j); found && len(ents) > 0 && a.skipAdverbs(k) >= n { // "To UNHCR and IOM jointly"
			return dropSelf(ents, nil)
		}
	}
	return nil
}

// leadParties are the parties a lead-in clause names: its addressee, or its
// subject for a commitment or an offer.
func (x *Extractor) leadParties(a *analysis, c *clause, prev *[]actas.Entity, self map[string]bool) []actas.Entity {
	switch c.action {
	case actas.ActionCommit, actas.ActionOffer:
		return dropSelf(append(append([]actas.Entity(nil), c.subject...), c.extra...), self)
	case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
		return dropSelf(a.addressee(c, *prev), self)
	}
	return nil
}

// dropSelf removes the report's own body, pronouns and groups other than
// the member states from a list of parties.
func dropSelf(ps []actas.Entity, self map[string]bool) []actas.Entity {
	var out []actas.Entity
	for _, p := range ps {
		if p.Type == "anaphor" || self[p.ID] || p.Type == actas.EntityGroup && p.ID != actas.GroupMemberStates {
			continue
		}
		out = append(out, p)
	}
	return out
}

// headingAction reads a heading that stands for a lead-in ("RECOMENDACIONES",
// "DECISIONS") from action_cues.csv (kind heading), also as the subject of
// a lead-in ("The following recommendations ... were adopted ...:").
func (x *Extractor) headingAction(toks []token) (actas.Action, bool) {
	for i := range toks {
		e, j, ok := x.rules.actions.match(toks, i)
		if !ok || e.kind != "heading" {
			continue
		}
		if j >= len(toks)-1 || addresseeTail(toks[j:]) || topicTail(toks[j:]) || pointsBelow(toks, i, j) {
			return e.action, true
		}
	}
	return "", false
}

// listKind returns recommend for a lead-in that agrees on points it names
// recommendations ("agreed to submit the following recommendations to the
// RCGM:"), and its action otherwise.
func (x *Extractor) listKind(action actas.Action, toks []token) actas.Action {
	if action == actas.ActionAgree {
		if e, ok := x.headingAction(toks); ok && e == actas.ActionRecommend {
			return e
		}
	}
	return action
}

// pointsBelow reports a heading word toks[i:j] said of the points that
// follow ("the following recommendations", "the recommendations below",
// "las siguientes recomendaciones", "las recomendaciones a continuación").
func pointsBelow(toks []token, i, j int) bool {
	if i > 0 && (toks[i-1].fold == "following" || toks[i-1].fold == "siguientes") {
		return true
	}
	if j < len(toks) && (toks[j].fold == "below" || toks[j].fold == "siguientes") {
		return true
	}
	return j+1 < len(toks) && toks[j].fold == "a" && toks[j+1].fold == "continuacion"
}

// headingAddressees returns the parties a heading of an action addresses
// ("V. RECOMMENDATIONS TO MEMBER STATES ON IRREGULAR MIGRATION"): those
// named after "to" / "a" up to its topic.
func (x *Extractor) headingAddressees(h string, self map[string]bool) []actas.Entity {
	a := newAnalysis(h, x.rules, x.gaz)
	for k, t := range a.toks {
		if !addresseeWord(t.fold) {
			continue
		}
		end := k + 1
		for end < len(a.toks) && !slices.Contains([]string{"on", "sobre", "regarding", "concerning", ":", "."}, a.toks[end].fold) {
			end++
		}
		return dropSelf(a.entsIn(k+1, end), self)
	}
	return nil
}

// topicTail reports the words after a heading word that say what it is
// about, after whom it goes to or not, with no sentence end: "ON LABOUR
// MIGRATION", "TO MEMBER STATES ON IRREGULAR MIGRATION, TRAFFICKING IN
// PERSONS AND SMUGGLING OF MIGRANTS", "sobre trata de personas".
func topicTail(toks []token) bool {
	if len(toks) < 2 || len(toks) > 20 {
		return false
	}
	for k, t := range toks {
		switch t.fold {
		case ".", ";":
			return false
		case "on", "sobre", "regarding", "concerning":
			if k == 0 || k <= 5 && addresseeWord(toks[0].fold) {
				return k+1 < len(toks) && !slices.ContainsFunc(toks[k+1:], func(t token) bool { return t.fold == "." || t.fold == ";" })
			}
			return false
		}
	}
	return false
}

// addresseeWord reports a word that opens whom a heading goes to.
func addresseeWord(w string) bool {
	switch w {
	case "to", "for", "a", "al", "para":
		return true
	}
	return false
}

// addresseeTail reports the words after a heading word that only say to
// whom it goes ("recommendations to the RCGM:", "RECOMENDACIONES AL GRCM").
func addresseeTail(toks []token) bool {
	if n := len(toks); n > 0 && toks[n-1].fold == ":" {
		toks = toks[:n-1]
	}
	if len(toks) < 2 || len(toks) > 7 {
		return false
	}
	return addresseeWord(toks[0].fold)
}

// lastSentence returns the last sentence of t (the lead-in before the points).
func lastSentence(t string) string {
	body := strings.TrimRight(t, " :.\n") // "... formularon las siguientes recomendaciones."
	for i := len(body) - 1; i > 0; i-- {
		if sentenceBreak(body, i) {
			return strings.TrimSpace(t[i+1:])
		}
	}
	return t
}

// leadFor returns the lead a point stands under: the operative part's for a
// top-level point, else its parent's clause when the parent introduces it
// with a colon ("Solicitar a la OIM:"), else its parent's own lead.
func leadFor(n *node, byNode map[*node]*analysis, parentParties map[*node][]actas.Entity) lead {
	if n.parent == nil {
		return n.lead
	}
	pa := byNode[n.parent]
	if pa == nil {
		return lead{}
	}
	if len(pa.clauses) > 0 && strings.HasSuffix(strings.TrimSpace(pa.text), ":") {
		c := pa.clauses[len(pa.clauses)-1]
		parties := parentParties[n.parent]
		if e, ok := pa.partyBeforeColon(c); ok {
			parties = []actas.Entity{e} // "That the RCGM consider ..., and that, once it is approved, the TS:"
		}
		if len(parties) == 0 && (c.action == actas.ActionCommit || c.action == actas.ActionOffer) {
			// "The Member Countries undertake to:" only introduces its sub-points: its subject commits in them
			parties = dropSelf(append(append([]actas.Entity(nil), c.subject...), c.extra...), nil)
		}
		that := false
		if e, ok := pa.thatAddressee(c); ok {
			parties, that = []actas.Entity{e}, true
		}
		return lead{action: c.action, verb: c.verb, parties: parties, colon: true, speakers: pa.lead.speakers, that: that, listed: pa.subjectListed(), reports: endsWithThat(pa.text)}
	}
	if len(pa.clauses) == 0 && strings.HasSuffix(strings.TrimSpace(pa.text), ":") {
		// "They agreed:", "They reiterated:": a lead-in whose verb opens no clause
		if c := pa.lastCue(); c != nil && c.action != actionLead {
			l := lead{action: c.action, verb: c.verb, colon: true, speakers: pa.lead.speakers, listed: pa.subjectListed()}
			switch c.action {
			case actas.ActionCommit, actas.ActionOffer:
				l.parties = dropSelf(c.subject, nil)
			case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
				l.parties = dropSelf(pa.addressee(c, nil), nil)
			}
			return l
		}
	}
	if len(pa.clauses) == 0 {
		l := pa.lead
		if topic := pa.topicParties(); len(topic) > 0 {
			l.parties, l.topic = topic, true
			return l
		}
		if subj, _, ok := pa.subjectAt(0); ok && len(subj) > 0 {
			l.parties = subj // "Los Países Miembros:" names who acts
		}
		return l
	}
	return pa.lead
}

// inheritLead gives a point with no verb of its own the action of the
// lead-in it stands under ("we recommend the actions below: • A regional
// roadmap ...", "Agradecer a: - México, por ..."): one clause over its text.
func (a *analysis) inheritLead() []*clause {
	if a.lead.action == "" || !a.lead.colon || len(a.toks) == 0 {
		return nil
	}
	c := &clause{action: a.lead.action, verb: a.lead.verb, start: 0, verbEnd: 0, text: a.text}
	if subj, _, ok := a.subjectAt(a.head); ok && a.opensWithParty() {
		c.subject = subj
	}
	if len(c.subject) == 0 && (c.action == actas.ActionCommit || c.action == actas.ActionOffer) {
		c.subject = a.lead.parties // "The Member Countries undertake to: 1. Exchange data ..."
		if named := a.listedParties(); len(named) > 0 {
			c.subject = named // "• Labour market analysis: Nepal"
		}
	}
	return []*clause{c}
}

// nounBefore reports a word after which a cue's word is a noun ("the
// following tasks", "las siguientes recomendaciones").
func nounBefore(w string) bool {
	switch w {
	case "following", "siguientes", "siguiente", "the", "these", "those", "las", "los", "estas", "estos":
		return true
	}
	return false
}

// endsWithThat reports a lead-in that ends with "that:" or "que:" ("After
// discussion, it was agreed that:").
func endsWithThat(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	w := strings.ToLower(lastWord(strings.TrimSuffix(t, ":")))
	return w == "that" || w == "que"
}

// narrates reports a point that tells what a party did, no decision under
// its lead-in ("IOM presented the findings of its study ...", "Zimbabwe and
// Botswana shared their experience ..."): a subject, then a verb in the past
// that is no cue.
func (a *analysis) narrates() bool {
	subj, j, ok := a.subjectAt(a.head)
	if !ok || len(subj) == 0 || j >= len(a.toks) || !a.toks[j].word {
		return false
	}
	return pastVerb(a.toks[j].fold) || strings.HasSuffix(a.toks[j].text, "ó") || strings.HasSuffix(a.toks[j].text, "Ó")
}

// pastVerb reports a folded finite verb in the past, English or Spanish
// ("presented", "briefed", "gave", "compartieron"); a Spanish one in "-ó"
// is told by its accent, which folding drops.
func pastVerb(w string) bool {
	switch w {
	case "was", "were", "gave", "made", "held", "took", "met", "spoke", "led", "began", "fue", "fueron", "dio", "dieron", "hizo", "hicieron", "expuso", "expusieron":
		return true
	}
	n := len(w)
	return n > 4 && strings.HasSuffix(w, "ed") || n > 5 && (strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron"))
}

// listedParties returns the parties a point names under a lead-in whose
// subject is the list below it, or nil.
func (a *analysis) listedParties() []actas.Entity {
	if !a.lead.listed {
		return nil
	}
	return a.partiesBefore(len(a.toks))
}

// subjectListed reports a lead-in whose subject announces the list below
// it ("The following Member States volunteered ...:", "Los siguientes
// países se ofrecieron ...:").
func (a *analysis) subjectListed() bool {
	if len(a.toks) < 3 {
		return false
	}
	switch a.toks[0].fold + " " + a.toks[1].fold {
	case "the following", "los siguientes", "las siguientes":
		return true
	}
	return false
}

// opensWithParty reports a point whose first word names a party or opens
// its name with an article ("Honduras ...", "The Technical Secretariat
// ..."), not a verb in capitals before one ("Provide the Technical
// Secretariat with ...").
func (a *analysis) opensWithParty() bool {
	h := a.head
	if h >= len(a.toks) {
		return false
	}
	if _, ok := a.ents[h]; ok || isArticle(a.toks[h].fold) || a.toks[h].fold == "los" || a.toks[h].fold == "las" {
		return true
	}
	_, _, subject := a.r.structure.matchKind(a.toks, h, "subject")
	_, _, members := a.r.structure.matchKind(a.toks, h, "members")
	return subject || members
}

// afterTitle returns the token after the first sentence's full stop: the
// point's text after its title (pointText).
func (a *analysis) afterTitle() int {
	for i, t := range a.toks {
		if t.fold == "." {
			return min(i+1, len(a.toks))
		}
	}
	return 0
}

// lastCue finds the last verb cue of a lead-in, in any form ("ACUERDAN",
// "acordaron", "agreed to", "se comprometen a"), with the subject before it.
func (a *analysis) lastCue() *clause {
	var last *clause
	for i := 0; i < len(a.toks); i++ {
		if c := a.clauseAt(i, false); c != nil {
			if i > 0 && nounBefore(a.toks[i-1].fold) && strings.HasPrefix(c.verb, a.toks[i].text) {
				continue // "undertook the following tasks:": a noun, no cue
			}
			c.start = i
			if last == nil || !askedOf(last, a.toks[i:c.verbEnd]) {
				last = c
			}
			i = c.verbEnd - 1
		}
	}
	if last != nil && last.start > 0 && len(last.subject) == 0 {
		if subj, _, ok := a.subjectAt(0); ok {
			last.subject = subj
		}
	}
	return last
}

// partyBeforeColon returns the party named alone after a comma right
// before the closing colon, after the verb of the last clause c ("...,
// and that, once it is approved, the TS:"): the one who acts in the
// sub-points.
func (a *analysis) partyBeforeColon(c *clause) (actas.Entity, bool) {
	n := len(a.toks)
	if n < 3 || a.toks[n-1].fold != ":" {
		return actas.Entity{}, false
	}
	for i, es := range a.ents {
		if es.end == n-1 && i > c.verbEnd && a.toks[i-1].fold == "," || es.end == n-1 && i > c.verbEnd+1 && articleWord(a.toks[i-1].fold) && a.toks[i-2].fold == "," {
			return es.ent, true
		}
	}
	return actas.Entity{}, false
}

// thatAddressee returns the party named right before the closing colon after
// "that" or "que", past the verb of a request or recommendation c ("To
// recommend that the RCGM:", "Solicitar que la ST:").
func (a *analysis) thatAddressee(c *clause) (actas.Entity, bool) {
	n := len(a.toks)
	if n < 3 || a.toks[n-1].fold != ":" || c.action != actas.ActionRequest && c.action != actas.ActionRecommend && c.action != actas.ActionEntrust {
		return actas.Entity{}, false
	}
	for i, es := range a.ents {
		if es.end != n-1 || i <= c.verbEnd-1 {
			continue
		}
		for k := i - 1; k >= c.verbEnd && k >= i-6; k-- {
			t := a.toks[k]
			if t.fold == "that" || t.fold == "que" {
				return es.ent, true
			}
			if !articleWord(t.fold) && !isConnector(t.fold) && t.fold != "-" && !(t.word && startsUpper(t.text)) {
				break // "that the Vice-Ministers of the RCM:": the body's own people, named before it
			}
		}
	}
	return actas.Entity{}, false
}

// askedOf reports a clause whose words (toks, up to its verb) put it in the
// infinitive after a request ("requested IOM ... to undertake the
// following:"): what the request asks, no clause of its own.
func askedOf(req *clause, toks []token) bool {
	switch req.action {
	case actas.ActionRequest, actas.ActionEntrust, actas.ActionRecommend:
		for _, t := range toks {
			if t.fold == "to" {
				return true
			}
		}
	}
	return false
}

// topicParties reads a point that opens by naming the parties it concerns:
// a topic cue of structure_cues.csv, the parties and a colon or comma ("En
// relación con la ST:", "Regarding UNHCR, to request ...", "Al Gobierno de
// Honduras:").
func (a *analysis) topicParties() []actas.Entity {
	ents, _ := a.topicSpan()
	return ents
}

// topicSpan returns the parties of the topic phrase that opens the point
// and the index of the colon or comma that closes it (-1 when none).
func (a *analysis) topicSpan() ([]actas.Entity, int) {
	i := a.skipDiscourse(0)
	_, j, ok := a.r.structure.matchKind(a.toks, i, "topic")
	if !ok {
		return nil, -1
	}
	ents, k, found := a.subjectAt(j)
	if !found || len(ents) == 0 || k == j {
		return nil, -1
	}
	if k >= len(a.toks) { // a heading of its own: "With regard to IOM"
		if out := dropSelf(ents, nil); len(out) > 0 {
			return out, len(a.toks)
		}
		return nil, -1
	}
	if f := a.toks[k].fold; f != ":" && f != "," && f != "." {
		return nil, -1
	}
	if out := dropSelf(ents, nil); len(out) > 0 {
		return out, k
	}
	return nil, -1
}

// topicAddressee is who a request that names no party asks: the parties
// its own point opens with ("Regarding UNHCR, to request ..."), else those
// of the heading it stands under.
func (a *analysis) topicAddressee() []actas.Entity {
	if t := a.topicParties(); len(t) > 0 {
		return t
	}
	if a.lead.topic {
		return a.lead.parties
	}
	return nil
}
