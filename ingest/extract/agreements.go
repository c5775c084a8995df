package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"actas"
	"actas/ingest/deadline"
	"actas/ingest/pages"
)

// agreementsOf builds the agreements of the operative part from its points.
// An internal error in one point keeps the point with its text only and adds
// its reason to failed.
func (x *Extractor) agreements(rl *relined, offsets []int, nodes []*node, m actas.Meeting, self map[string]bool, failed []string) ([]actas.Agreement, []string) {
	roles := x.roles(rl.text, m)
	out := make([]actas.Agreement, 0, len(nodes))
	byNode := map[*node]*analysis{}
	parentParties := map[*node][]actas.Entity{}
	anchor := m.EndDate
	if anchor.IsZero() {
		anchor = m.StartDate
	}
	text := rl.text
	for i, n := range nodes {
		n.headed = titled(text, n)
		ag := actas.Agreement{Seq: i + 1, Number: n.number, Text: pointText(text, n), Action: actas.ActionNone}
		if n.parent != nil {
			ag.ParentNumber = n.parent.number
		}
		start, end := n.markStart, n.markStart
		for _, s := range n.spans {
			if s.end > end {
				end = s.end
			}
		}
		ag.Page, ag.CharStart, ag.CharEnd = pageSpan(offsets, rl.n, rl.orig(start), rl.orig(end))
		func() {
			defer func() {
				if r := recover(); r != nil {
					failed = append(failed, fmt.Sprintf("agreement %s: %v", n.number, r))
					ag.Clauses, ag.Commitments, ag.Mentions, ag.Action = nil, nil, nil, actas.ActionNone
				}
			}()
			x.analyse(&ag, n, byNode, parentParties, m, anchor, self, roles)
		}()
		out = append(out, ag)
	}
	return out, failed
}

// decisionPreamble drops from a labelled decision the clauses of its
// preamble: those opened by a participle ("Reconociendo los esfuerzos
// ...,", "Having examined ...,") and its lead-in ("RESUELVE:") before the
// first clause that is neither.
func decisionPreamble(a *analysis, cs []*clause) []*clause {
	k := 0
	for k < len(cs) && (isParticiple(cs[k].verb) || a.colonAfter(cs[k])) {
		k++ // and its lead-in: "RESUELVE:" / "Encomendar a la ST ..."
	}
	if k == len(cs) {
		return cs
	}
	return cs[k:]
}

// colonAfter reports a clause whose verb a colon ends ("Resuelven:",
// "Decide:").
func (a *analysis) colonAfter(c *clause) bool {
	return c.verbEnd < len(a.toks) && a.toks[c.verbEnd].text == ":"
}

// pointText returns the text of point n; a labelled point's title over
// its text, after a blank line or after a dash that follows the label
// ("Decision 5 - Migrant children" / "The RCGM welcomed ...",
// "Recommendation 1 – Free movement" / "Member States should ..."), is a
// sentence of its own.
func pointText(text string, n *node) string {
	if !n.headed {
		return cleanText(text, n.spans)
	}
	return cleanText(text, n.spans[:1]) + ". " + cleanText(text, n.spans[1:])
}

// titled reports a labelled point whose first line is a title over its
// text (pointText).
func titled(text string, n *node) bool {
	return n.cand.named && len(n.spans) >= 2 && (n.paraAt == 1 || dashTitle(text, n)) && titleText(cleanText(text, n.spans[:1]))
}

// dashTitle reports a labelled point whose label a dash closes and whose
// next line opens in capitals: its first line is a title.
func dashTitle(text string, n *node) bool {
	label := text[min(n.markStart, n.spans[0].start):n.spans[0].start]
	return strings.ContainsAny(label, "-–—") && startsUpper(strings.TrimSpace(text[n.spans[1].start:n.spans[1].end]))
}

// family returns the family of the body that met (bodies.csv), or of the
// first body its title names when actas does not know that body ("BUDAPEST
// PROCESS / Working Group on ..."); "" when none is known.
func (x *Extractor) family(m actas.Meeting) string {
	if b, ok := x.gaz.BodyByID(m.BodyID); ok {
		return b.Family
	}
	if b, _, _, ok := x.gaz.BodySpan(m.Title); ok {
		return b.Family
	}
	return ""
}

// analyse reads the clauses, commitments and mentions of one point.
func (x *Extractor) analyse(ag *actas.Agreement, n *node, byNode map[*node]*analysis, parentParties map[*node][]actas.Entity, m actas.Meeting, anchor time.Time, self map[string]bool, roles map[string][]actas.Entity) {
	own := unglue(trimSignOff(ag.Text))
	a := newAnalysis(ocrCapsWords(own), x.rules, x.gaz) // "S0LICITAR A LA 0IM": read as the words they are
	x.dropCityParts(a)                                  // "Port of Spain": no mention of Spain
	a.lang = m.Language
	family := x.family(m)
	if family == "RCM" {
		a.bareConference()
	}
	a.namedSecretariats(x.secretariats)
	org := x.secretariats[family]
	if s := roles["secretariat"]; org == "" && len(s) == 1 {
		org = s[0].ID // "IOM, which serves as the MIDSA Secretariat"
	}
	if org != "" {
		a.bareSecretariat(org)
	}
	pa := byNode[n.parent]     // nil for a point with no parent
	refs := shortRefs(a, self) // "la Coalición" after its full name, here or in the parent point (shortref.go)
	if pa != nil {
		for k, rs := range shortRefs(pa, self) {
			if _, ok := refs[k]; !ok {
				if refs == nil {
					refs = map[string][]shortRef{}
				}
				for _, r := range rs {
					refs[k] = append(refs[k], shortRef{at: -1, ent: r.ent}) // the parent's names stand before the point
				}
			}
		}
	}
	markShortRefs(a, refs)
	a.lead = leadFor(n, byNode, parentParties)
	if n.headed {
		a.head = a.afterTitle()
	}
	if pa != nil {
		if a.lead.colon {
			a.lead.action = x.listKind(a.lead.action, pa.toks)
		} else if len(pa.clauses) == 0 && strings.HasSuffix(strings.TrimSpace(pa.text), ":") {
			if e, ok := x.headingAction(pa.toks); ok && e == actas.ActionRecommend {
				a.lead.action, a.lead.colon = e, true // "The meeting made the following recommendations:", no verb of its own
			}
		}
	}
	a.findClauses()
	if n.narrated > 0 {
		from := sentenceStart(a.toks, n.narrated)
		a.clauses = slices.DeleteFunc(a.clauses, func(c *clause) bool { return c.start < from }) // "IOM presented ... The Network took note ...": the decision only
	}
	if c := a.clauses; len(c) > 1 && c[0].start == 0 && c[0].action == actas.ActionOther && isParticiple(c[0].verb) {
		a.clauses = c[1:] // "Recognising the growing complexity of ..., the Meeting requested IOM ...": the participle only leads into the decision
	} else if n.cand.named {
		a.clauses = decisionPreamble(a, a.clauses) // "Resolución CRM-XI-03" / "Los Viceministros, Reconociendo ..., Resuelven:"
	}
	if c := a.clauses; a.lead.that && len(c) > 0 && c[0].start == 0 {
		c[0].action, c[0].subject = a.lead.action, nil // "To recommend that the RCGM:" / "a. adopt the proposed Protocol ...", "1. Approve the Strategic Plan ...": what is recommended
		c[0].addressee = []actas.Entity{{Type: "anaphor"}}
	}
	if a.lead.colon && a.lead.action == actas.ActionAgree && a.opensWithThat() && (len(a.clauses) == 0 || a.clauses[0].start > 0) {
		// "The meeting agreed:" / "(i) that the SADC Draft Protocol ... remains ..., and to request ...": what is agreed comes first
		a.clauses = append([]*clause{{action: a.lead.action, verb: a.lead.verb, text: a.text}}, a.clauses...)
	}
	a.playRoles(roles)
	byNode[n] = a
	ag.Text = own
	clauses := a.clauses
	leadIn := len(n.children) > 0 && (n.title || isLeadIn(a)) // a heading decides nothing
	prev := a.lead.parties
	if len(clauses) == 0 && (!introOnly(own) || elaborated(a)) && !a.narrates() {
		clauses = a.inheritLead()
	}
	for k, c := range clauses {
		parties := x.parties(a, c, &prev, self)
		parentParties[n] = prev
		if leadIn {
			break // its parties are handed down to its sub-points
		}
		ag.Clauses = append(ag.Clauses, actas.Clause{Seq: len(ag.Clauses) + 1, Action: c.action, Verb: c.verb, Text: c.text})
		if !c.action.IsCommitment() || len(parties) == 0 {
			continue
		}
		before := ""
		if c.start > 0 && c.start < len(a.toks) {
			before = a.text[:a.toks[c.start].start] // "... by 31 March 2017. Member States will send ... one month after that date"
		}
		if pa != nil {
			before = pa.text + "\n" + before // "... no later than 30 November 2009:" / "a. Belize and Panama undertake to send their figures before that date"
		}
		due, hasDue := deadline.FindAfter(unhyphen(before), yearsAsDigits(unhyphen(c.text)), anchor, m.Language, x.gaz) // "antes de fi- nalizar el mes de abril", as a re-wrap left a cut word; "antes de finalizar mil novecientos noventa y siete"
		if !hasDue && c.written != "" {
			due, hasDue = deadline.Find(yearsAsDigits(unhyphen(c.written)), anchor, m.Language, x.gaz) // "BEFORE JUNE 30, 1997": a month recased to "june" is no month in English
		}
		if !hasDue && pa != nil && isLeadIn(pa) {
			// "will send ..., within forty-five days of this meeting, the following
			// information:" / "the number of victims ...": the lead-in's deadline
			due, hasDue = deadline.Find(pa.text, anchor, m.Language, x.gaz)
		}
		if lc := colonClause(pa); !hasDue && pa != nil && strings.HasSuffix(strings.TrimSpace(pa.text), ":") && (lc == nil || !lc.action.IsCommitment()) {
			// "To adopt the Work Plan. The following actions are to be completed by
			// March 31, 2010:" / "- The TS will update ...": the deadline its lead-in sets for the list,
			// not one its own commitment keeps ("will send ... no later than 30 November 2009:")
			due, hasDue = deadline.Find(lastSentence(strings.TrimSpace(pa.text)), anchor, m.Language, x.gaz)
		}
		if lc := colonClause(pa); !hasDue && c.verbEnd == 0 && lc != nil && lc.action == c.action {
			// "We request IOM ... to prepare, by 30 June 2014:" / "– a mapping of ...": what the point asks is due when its lead-in says
			due, hasDue = deadline.Find(lc.text, anchor, m.Language, x.gaz)
		}
		if !hasDue && c.action == actas.ActionCommit {
			due, hasDue = laterDeadline(clauses[k+1:], anchor, m.Language, x) // "Guarantee ..., and adopt, before the end of 2024, national protocols ..."
		}
		if c.action == actas.ActionOffer && !due.Strong {
			hasDue = false // "offers to host the meeting in May 2019": when the event happens
		}
		for _, p := range parties {
			cm := actas.Commitment{ClauseSeq: len(ag.Clauses), Action: c.action, Responsible: p}
			if hasDue {
				cm.DueText, cm.DueStart, cm.DueEnd = due.Text, due.Start, due.End
				if due.Relative {
					cm.DueNextMeetingOf = due.NextMeetingOf
					if due.Ordinal > 0 {
						cm.DueNextMeetingOf = numberedMeeting(due.Ordinal) // "en la XI Conferencia": resolveNextMeeting dates it, or drops it
					} else if cm.DueNextMeetingOf == "" {
						cm.DueNextMeetingOf = m.BodyID
					}
					cm.DueStart, cm.DueEnd = time.Time{}, time.Time{}
				}
			}
			ag.Commitments = append(ag.Commitments, cm)
		}
	}
	if len(ag.Clauses) > 0 {
		ag.Action = ag.Clauses[0].Action
	}
	ag.Mentions = append(mentions(a, self), x.placeMentions(a, self)...)
	if !leadIn {
		x.applyLabels(ag, a, m, anchor, self) // "... Responsable: ST. Plazo: junio de 2015"
	}
}

// colonClause returns the last clause of a point that ends with a colon,
// the one its sub-points go on, or nil.
func colonClause(a *analysis) *clause {
	if a == nil || len(a.clauses) == 0 || !strings.HasSuffix(strings.TrimSpace(a.text), ":") {
		return nil
	}
	return a.clauses[len(a.clauses)-1]
}

// opensWithThat reports a point that opens with "that" / "que", the
// clause its lead-in's verb takes.
func (a *analysis) opensWithThat() bool {
	i := a.skipDiscourse(0)
	return i < len(a.toks) && (a.toks[i].fold == "that" || a.toks[i].fold == "que")
}

// laterDeadline returns the deadline a later clause of the same point
// opens with a deadline cue, when that clause commits no party itself
// ("We commit to:" / "Guarantee ..., and adopt, before the end of 2024,
// national protocols ...": the undertaking is due then).
func laterDeadline(later []*clause, anchor time.Time, lang string, x *Extractor) (deadline.Due, bool) {
	for _, c := range later {
		if c.action.IsCommitment() {
			return deadline.Due{}, false
		}
		if due, ok := deadline.Find(unhyphen(c.text), anchor, lang, x.gaz); ok && due.Strong && !due.Relative {
			return due, true
		}
	}
	return deadline.Due{}, false
}

// isLeadIn reports a point that only introduces its sub-points: no verb
// ("Respecto a ...:"), a verb with no object ("Agradecer a:", "Solicitar:")
// or whose only object is the party that acts in the sub-points
// ("Encomendar a la Secretaría Técnica lo siguiente:").
//
// The verb a party commits to may stand before the list it takes ("Los
// Países Miembros se comprometen a remitir a la ST:"), and so may a time
// after a comma (", al cierre del primer trimestre de 2024:"); a point that
// ends with its agent's preposition ("realizadas por:") leaves the sub-points
// to name it.
func isLeadIn(a *analysis) bool {
	if len(a.clauses) == 0 && elaborated(a) {
		return false // "Inclusion of ... in the agenda, with emphasis on:": a point of its own, detailed below
	}
	if len(a.clauses) == 0 || announcesList(a) {
		return true
	}
	if len(a.clauses) > 1 || !strings.HasSuffix(strings.TrimSpace(a.text), ":") {
		return false
	}
	if n := len(a.toks); n >= 2 && colonPreposition[a.toks[n-2].fold] && !elaborated(a) {
		return true // "Agradecer las presentaciones realizadas por:" / "• Costa Rica, ..."; "Solicitar a la OIM su apoyo técnico para:" / "la actualización ..."
	}
	k := a.clauses[0].verbEnd
	if a.clauses[0].action == actas.ActionCommit && k < len(a.toks) && a.toks[k].word && startsLower(a.toks[k].text) {
		k++ // "se comprometen a remitir": what they commit to is the list
	}
	for ; k < len(a.toks); k++ {
		if es, ok := a.ents[k]; ok {
			k = es.end - 1 // a party: who acts in the sub-points
			if n := k + 2; n < len(a.toks) && (a.toks[k+1].fold == "to" || a.toks[k+1].fold == "que") && a.toks[n].word && startsLower(a.toks[n].text) {
				k = n // "requested the TS to complete, before ...:": the verb whose object is the list
			}
			continue
		}
		if a.toks[k].fold == "," && timeTail(a.toks[k+1:]) && (len(a.toks)-k-1 <= 12 || a.dueOpens(k+1)) {
			return true
		}
		if end, ok := a.bracketedParty(k + 1); ok {
			k = end // "Requested the secretariat (IOM):": the party named in brackets after its role
			continue
		}
		if t := a.toks[k]; t.word && !listWord[t.fold] {
			return false
		}
	}
	return true
}

// bracketedParty reports a party alone in brackets at token i ("(IOM)")
// and returns the token of its closing bracket.
func (a *analysis) bracketedParty(i int) (int, bool) {
	if i+2 >= len(a.toks) || a.toks[i].fold != "(" {
		return 0, false
	}
	es, ok := a.ents[i+1]
	return es.end, ok && es.end < len(a.toks) && a.toks[es.end].fold == ")"
}

// dueOpens reports a deadline phrase that opens the text from token i on
// ("before the next meeting of the Network, to be held in Mexico City on May
// 14-15, 2007"), not a time deep in other words ("with the support of IOM, a
// regional action plan ..., to be presented no later than ...").
func (a *analysis) dueOpens(i int) bool {
	d, ok := deadline.Find(a.text[a.toks[i].start:], time.Time{}, a.lang, nil)
	return ok && d.Pos == 0
}

// colonPreposition holds the prepositions of agent and purpose a lead-in
// may end with before its colon: who acted, or what the support asked is
// for, is in each sub-point below it ("Members agreed to focus the work
// ... on:" decides on its own).
var colonPreposition = map[string]bool{"por": true, "by": true, "para": true, "for": true}

// elaborated reports a point of six words or more whose closing colon
// follows words that detail it (structure_cues.csv kind elaboration: "with
// emphasis on:", "en particular:").
func elaborated(a *analysis) bool {
	n := len(a.toks)
	if n < 7 || a.toks[n-1].fold != ":" {
		return false
	}
	for i := max(0, n-6); i < n-1; i++ {
		if _, j, ok := a.r.structure.matchKind(a.toks, i, "elaboration"); ok && j == n-1 {
			return true
		}
	}
	return false
}

// timeTail reports the words of a time up to a lead-in's colon: a year
// among them and no verb ("al cierre del primer trimestre de 2024:",
// "before 31 March 2019:").
func timeTail(toks []token) bool {
	if len(toks) == 0 || len(toks) > 24 {
		return false
	}
	year := false
	for _, t := range toks {
		switch t.fold {
		case ".", ";", "following", "siguiente", "siguientes", "below":
			return false // "..., the following information for the year 2008:" announces the list
		}
		year = year || isYear(t.fold)
	}
	return year
}

// listWord holds the words that may stand between a lead-in point's verb
// and its colon besides a party: articles, prepositions and the words that
// announce a list.
var listWord = map[string]bool{
	"a": true, "al": true, "el": true, "la": true, "los": true, "las": true, "lo": true, "de": true, "y": true,
	"siguiente": true, "siguientes": true, "to": true, "the": true, "following": true, "and": true, "of": true,
	"that": true, "que": true, "para": true, // "Ministers agreed that:", "Instruimos al GRCM para que, en su reunión de noviembre de 2013:"
	// a helper set off by a comma ("Encomendar a la PPT, con el apoyo de la OIM:")
	"con": true, "apoyo": true, "en": true, "coordinacion": true, "colaboracion": true,
	"with": true, "support": true, "in": true, "coordination": true, "collaboration": true, "together": true,
	"consulta": true, "cooperacion": true, "consultation": true, "cooperation": true, // "requested the RSO, in consultation with IOM and UNODC, to:"
	// an adverb that adds the list to those before ("Acordaron, asimismo:", "They further agreed:")
	"asimismo": true, "ademas": true, "igualmente": true, "tambien": true, "also": true, "further": true, "furthermore": true, "likewise": true,
}

// announcesList reports a point that ends by announcing the list below it
// ("Aprobar las actividades que se indican a continuación:", "se adoptaron
// los acuerdos siguientes:", "to adopt the following:",
// "recommends the following actions to the RCGM:"): its sub-points say what
// is decided, and the party it names acts in them.
func announcesList(a *analysis) bool {
	if len(a.clauses) > 1 || !strings.HasSuffix(strings.TrimSpace(a.text), ":") {
		return false // "We reaffirm ..., and we recommend the following:" decides first
	}
	from := 0
	if n := len(a.clauses); n > 0 {
		from = a.clauses[n-1].verbEnd
	}
	end := len(a.toks)
	for k := end - 1; k > from && k >= end-14; k-- {
		if a.toks[k].fold == "," {
			if timeTail(a.toks[k+1:]) || announcedBefore(a.toks[from:k]) {
				end = k // "the following actions, to be completed before the end of 2016:" / "..., with the lead Member State(s) shown in brackets:"
			}
			break
		}
	}
	for k := max(from, end-8); k < end; k++ {
		switch a.toks[k].fold {
		case "siguiente", "siguientes", "continuacion", "following", "below", "sigue", "follows":
			return !ownObject(a, from, k)
		}
	}
	for k := from; k+3 < end; k++ {
		// "agreed to submit the following recommendations to the Vice-Ministers at the Third Conference:": the list goes to a party
		if a.toks[k].fold == "following" && a.toks[k+1].word && a.toks[k+2].fold == "to" && (a.toks[k+3].fold == "the" || startsUpper(a.toks[k+3].text)) {
			return !ownObject(a, from, k)
		}
	}
	for k := max(from, end-14); k+1 < end; k++ {
		// "to prepare the following before the XXIX RCM Vice-Ministerial Meeting in November 2024:"
		if (a.toks[k].fold == "following" || a.toks[k].fold == "siguiente") && timeTail(a.toks[k+1:]) && isBefore(a.toks[k+1].fold) {
			return !ownObject(a, from, k)
		}
	}
	return false
}

// announcedBefore reports words that end by announcing a list and naming
// it in at most two words ("the following actions", "las siguientes
// actividades"): what a comma after them adds describes the list.
func announcedBefore(toks []token) bool {
	for k := max(0, len(toks)-3); k < len(toks); k++ {
		if announceWord(toks[k].fold) {
			return true
		}
	}
	return false
}

// isBefore reports a word that opens a time by which something is due.
func isBefore(w string) bool {
	switch w {
	case "before", "by", "antes", "para", "hasta":
		return true
	}
	return false
}

// ownObject reports an object of the verb before "así como" / "as well as"
// that ends in the list's announcement ("Tomar nota del informe de la Red,
// así como de las siguientes propuestas:"): the point decides on it too.
func ownObject(a *analysis, from, to int) bool {
	for k := from; k+1 < to; k++ {
		w, next := a.toks[k].fold, a.toks[k+1].fold
		if w == "asi" && next == "como" || w == "as" && next == "well" {
			return k > from+2
		}
	}
	return objectBeforeComma(a, from, to)
}

// objectBeforeComma reports an object of the verb, set off by a comma
// before the list's announcement ("Aprobar los informes de los Grupos de
// Trabajo, con las siguientes indicaciones:"): two words or more that are
// no party and no list word ("Encomendar a la ST, con el apoyo de la OIM,
// lo siguiente:" has none); one word after its article will do ("Endorse
// the report of the Network for Consular Protection, with the following
// additions:").
func objectBeforeComma(a *analysis, from, to int) bool {
	n, noun := 0, false
	for k := from; k < to; k++ {
		if es, ok := a.ents[k]; ok {
			k = es.end - 1
			continue
		}
		t := a.toks[k]
		if t.fold == "," {
			return n >= 2 || noun
		}
		if t.word && !listWord[t.fold] {
			n++
			noun = noun || k > from && isArticle(a.toks[k-1].fold)
		}
	}
	return false
}

// selfNetwork returns the network that wrote the report when it is the
// subject that commits in clause c ("La Red remitirá ...", "The Network
// undertakes to ..."): as a responsible party a network counts
// (ANNOTATION.md), and three writers named it so.
func selfNetwork(a *analysis, c *clause, self map[string]bool) []actas.Entity {
	if len(self) != 1 {
		return nil
	}
	for id := range self {
		end := a.networkSubjectEnd(c.start)
		return []actas.Entity{{Type: actas.EntityOrganisation, ID: id, Surface: a.text[a.toks[c.start].start:a.toks[end-1].end]}}
	}
	return nil
}

// parties returns who must act on a clause, and remembers the parties a
// later pronoun ("solicitarle", "ask them") may point back to.
func (x *Extractor) parties(a *analysis, c *clause, prev *[]actas.Entity, self map[string]bool) []actas.Entity {
	var ps []actas.Entity
	switch c.action {
	case actas.ActionCommit, actas.ActionOffer:
		ps = append(append(ps, c.subject...), c.extra...)
		if len(ps) == 0 && a.networkSubject(c.start) {
			if ps = selfNetwork(a, c, self); len(ps) == 0 {
				ps = a.lead.speakers // "the Network" of another body's report: its members
			}
		}
	default:
		if c.verbEnd == 0 { // inherited: the party named at the point's start, else the lead-in's
			ps = c.subject
			if len(ps) == 0 {
				ps = *prev
			}
		} else {
			ps = a.addressee(c, *prev)
			if len(ps) == 0 && c.action.IsCommitment() {
				ps = a.roleAddressee(c) // "task the Co-Chairs to prepare ..." (roles.go)
			}
			if len(ps) == 0 && c.action.IsCommitment() {
				ps = a.topicAddressee() // "En relación con la ST: b) Solicitar ..."
			}
		}
	}
	var out []actas.Entity
	seen := map[string]bool{}
	for _, p := range ps {
		selfDrop := self[p.ID] && c.action != actas.ActionCommit // "el GRCM preparará" in the RCGM's report commits it
		if p.Type == "anaphor" || selfDrop || seen[p.ID] {
			continue
		}
		if p.Type == actas.EntityGroup && p.ID != actas.GroupMemberStates {
			continue
		}
		seen[p.ID] = true
		out = append(out, actas.Entity{Type: p.Type, ID: p.ID, Surface: p.Surface})
	}
	if len(out) > 0 {
		*prev = out
	} else if c.action != actas.ActionCommit && c.action != actas.ActionOffer {
		if wide := a.firstEntities(c); len(wide) > 0 {
			*prev = wide
		}
	}
	if !c.action.IsCommitment() {
		return nil
	}
	return out
}

// firstEntities returns the first parties named in a clause, for pronouns
// in the clauses after it.
func (a *analysis) firstEntities(c *clause) []actas.Entity {
	for j := c.verbEnd; j < len(a.toks); j++ {
		if a.toks[j].fold == "." {
			break
		}
		if es, ok := a.ents[j]; ok && es.ent.Type != actas.EntityGroup && !a.helperBefore(j) {
			return []actas.Entity{es.ent} // not "con el apoyo de la OIM": a helper is asked nothing
		}
	}
	return nil
}

// mentions lists the countries, organisations and groups an agreement names,
// each once, without the body that wrote the report.
func mentions(a *analysis, self map[string]bool) []actas.Entity {
	var out []actas.Entity
	seen := map[string]bool{}
	for i := range a.toks {
		es, ok := a.ents[i]
		if !ok {
			continue
		}
		e := es.ent
		key := string(e.Type) + ":" + e.ID
		if self[e.ID] || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, e)
	}
	return out
}

// placeMentions returns the countries of the cities named in a point and
// not already mentioned ("el diálogo iniciado en Puebla" mentions MEX):
// places count. A city that names a process or a document ("Proceso de
// Puebla", "Declaration of Tegucigalpa") is no place.
func (x *Extractor) placeMentions(a *analysis, self map[string]bool) []actas.Entity {
	seen := map[string]bool{}
	for _, e := range mentions(a, self) {
		seen[e.ID] = true
	}
	var out []actas.Entity
	covered := 0 // tokens up to here belong to a named entity
	src, toks := a.text, a.toks
	if a.written != "" {
		src, toks = a.written, tokenize(a.written) // a text typed in capitals: its city names as written
	}
	for i := 0; i < len(toks); i++ {
		if es, ok := a.ents[i]; ok {
			covered = max(covered, es.end)
		}
		if i < covered || !toks[i].word || !startsUpper(toks[i].text) {
			continue
		}
		anyCity := -1 // anyCityAt(toks, i), once asked
		for n := min(4, len(toks)-i); n >= 1; n-- {
			iso, ok := x.cityAt(toks[i : i+n])
			if !ok && n >= 2 && anyCity < 0 {
				anyCity = 0
				if x.anyCityAt(toks, i) {
					anyCity = 1
				}
			}
			if !ok && n >= 2 && anyCity == 0 {
				iso, ok = x.misspeltCityAt(toks[i : i+n])
			}
			if !ok {
				continue
			}
			if !seen[iso] && !self[iso] && !namesDocument(a.toks, i, i+n) {
				seen[iso] = true
				out = append(out, actas.Entity{Type: actas.EntityCountry, ID: iso, Surface: src[toks[i].start:toks[i+n-1].end]})
			}
			i += n - 1
			break
		}
	}
	return out
}

// dropCityParts forgets a country named inside the name of a city of
// another country ("Port of Spain"): the city is the place named, and
// placeMentions counts its country.
func (x *Extractor) dropCityParts(a *analysis) {
	for k, es := range a.ents {
		if es.ent.Type == actas.EntityCountry && x.inOtherCity(a.toks, k, es) {
			delete(a.ents, k)
		}
	}
}

// inOtherCity reports a country at token k (es) inside a city's name of up
// to four words that cities.csv gives another country.
func (x *Extractor) inOtherCity(toks []token, k int, es entSpan) bool {
	for i := max(0, k-3); i < k; i++ {
		for j := es.end; j <= min(len(toks), i+4); j++ {
			if iso, ok := x.cityAt(toks[i:j]); ok && iso != es.ent.ID {
				return true
			}
		}
	}
	return false
}

// cityAt looks up the city written by toks, every word capitalised but
// its particles ("Ciudad de Guatemala").
func (x *Extractor) cityAt(toks []token) (string, bool) {
	var buf [128]byte
	b := buf[:0] // the folded name, looked up without a copy
	for k, t := range toks {
		if !t.word {
			if t.fold == "." || t.fold == "-" {
				b = appendFold(b, t.text)
				continue
			}
			return "", false
		}
		if !startsUpper(t.text) && !cityParticles[t.fold] || k == len(toks)-1 && !startsUpper(t.text) {
			return "", false
		}
		if k > 0 && toks[k-1].word {
			b = append(b, ' ')
		}
		b = appendFold(b, t.text)
	}
	iso := x.cities[string(b)]
	return iso, iso != ""
}

// anyCityAt reports whether a city's name, one to four words, starts at
// token i.
func (x *Extractor) anyCityAt(toks []token, i int) bool {
	for n := min(4, len(toks)-i); n >= 1; n-- {
		if _, ok := x.cityAt(toks[i : i+n]); ok {
			return true
		}
	}
	return false
}

// misspeltCityAt reads a city of two or more words with one letter wrong
// past its first word ("San Salvardor"): the first word must be the
// city's own and the name long enough that one slip cannot make another.
func (x *Extractor) misspeltCityAt(toks []token) (string, bool) {
	if len(toks) == 0 || len(x.citiesByFirst[toks[0].fold]) == 0 {
		return "", false // no city of several words opens with the first word
	}
	return x.misspeltCity(toks)
}

// misspeltCity is misspeltCityAt without its gate on the first word.
func (x *Extractor) misspeltCity(toks []token) (string, bool) {
	var words []string
	for k, t := range toks {
		if !t.word || !startsUpper(t.text) && (!cityParticles[t.fold] || k == len(toks)-1) {
			return "", false
		}
		words = append(words, t.fold)
	}
	name := strings.Join(words, " ")
	if len(name) < 9 {
		return "", false
	}
	best, bestName := "", ""
	for _, c := range x.citiesByFirst[words[0]] {
		if strings.Count(c, " ") != len(words)-1 {
			continue
		}
		if editDistance(name, c, 1) <= 1 && (best == "" || c < bestName) {
			best, bestName = x.cities[c], c
		}
	}
	return best, best != ""
}

// cityParticles are the small words inside city names.
var cityParticles = map[string]bool{"de": true, "del": true, "la": true, "el": true, "of": true}

// namesDocument reports a city inside the name of a process, a declaration
// or a plan ("Proceso de Puebla", "Tegucigalpa Declaration"), or of a
// conference ("Bali Regional Ministerial Conference").
func namesDocument(toks []token, i, j int) bool {
	k := i - 1
	if k >= 0 && (toks[k].fold == "de" || toks[k].fold == "of") {
		k--
	}
	if k >= 0 && documentWords[toks[k].fold] {
		return true
	}
	if j < len(toks) && documentWords[toks[j].fold] {
		return true
	}
	for n := j; n < len(toks) && n < j+3 && toks[n].word && startsUpper(toks[n].text); n++ {
		if toks[n].fold == "conference" || toks[n].fold == "forum" {
			return true // "Bali Regional Ministerial Conference"
		}
	}
	return false
}

// documentWords name processes and texts that carry a city's name.
var documentWords = map[string]bool{
	"proceso": true, "process": true, "declaracion": true, "declaration": true, "dialogo": true, "dialogue": true,
	"plan": true, "programa": true, "programme": true, "consenso": true, "consensus": true, "carta": true,
	"charter": true, "compromiso": true, "commitment": true, "estrategia": true, "strategy": true, "comunicado": true,
	"communique": true, "protocolo": true, "protocol": true, "convencion": true, "convention": true, "acuerdo": true, "agreement": true,
	"compromisos": true, "commitments": true, "declaraciones": true, "declarations": true, "acuerdos": true, "agreements": true,
	"action": true, // "Valletta Action Plan"
}

// trimSignOff drops a closing "Place, date." sentence at the end of a point.
func trimSignOff(s string) string {
	t := strings.TrimSpace(s)
	for i := len(t) - 2; i > 0; i-- {
		if t[i] == '.' && t[i+1] == ' ' {
			if matchSignOff(strings.TrimSpace(t[i+1:])) {
				return t[:i+1]
			}
			if len(t)-i > 100 {
				break
			}
		}
	}
	return s
}

// pageSpan maps a range of the joined text to a page number (from 1) and a
// range in that page's text; a range that runs onto the next page ends at
// its page's end.
func pageSpan(offsets []int, total, start, end int) (int, int, int) {
	pg, off := pages.Locate(offsets, start)
	pe, offEnd := pages.Locate(offsets, end)
	if pg < 0 {
		return 1, start, end
	}
	if pe != pg {
		pageEnd := total
		if pg+1 < len(offsets) {
			pageEnd = offsets[pg+1] - len(pages.Separator)
		}
		offEnd = pageEnd - offsets[pg]
	}
	return pg + 1, off, offEnd
}

// introOnly reports a point that only introduces what follows: one
// sentence that ends with a colon ("With respect to the draft Guide:") or a
// topic's title in capitals, not
// a sentence run on into the next lead-in ("... of the region.
// Participants REQUESTED:").
func introOnly(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ":") && !strings.ContainsAny(strings.TrimSuffix(t, ":"), ".;") || capsTitle(t) // "LABOUR MIGRATION": a topic over its rows
}
