package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"actas"
	"actas/ingest/gazetteer"
)

// clause is one deciding clause found in an agreement's text.
type clause struct {
	action    actas.Action
	verb      string
	start     int // token index where the clause starts
	verbEnd   int // token index after the verb
	subject   []actas.Entity
	addressee []actas.Entity
	extra     []actas.Entity // parties added by a relative clause ("quienes enviarán")
	passive   bool           // "IOM is requested to": the subject is the party asked
	role      string         // the subject is a role, chair or host ("The Chair will"): the party roles names, if any
	leadIn    bool           // "Agradecer a:" — a verb that only introduces sub-points
	text      string
	written   string // text as typed in capitals, where the analysis recased it
}

// analysis is the tokenised text of an agreement with its entity matches.
type analysis struct {
	text    string
	toks    []token
	ents    map[int]entSpan // entity starting at token index
	r       *rules
	clauses []*clause
	lead    lead           // what the lead-in above hands down
	lang    string         // the report's language, "" when unknown: an English report's verbs are not read as Spanish forms
	head    int            // the token after a point's title ("Labour mobility. Member States should ..."), or 0
	written string         // the text as written, where it was typed in capitals and text is recased (capstext.go)
	chairs  []actas.Entity // the countries the report says chair the meeting (roles.go)
}

// entSpan is an entity covering tokens [i, end).
type entSpan struct {
	ent actas.Entity
	end int
}

var reGlued = regexp.MustCompile(`\b(the|of|to|and|for|de|la|el|los|las|del|al|y|en)(\p{Lu}\p{Ll}{2,})`)

// unglue splits function words glued to the next word ("theTechnical").
func unglue(s string) string {
	if !mayGlue(s) {
		return s
	}
	return reGlued.ReplaceAllString(s, "$1 $2")
}

// inSymbol reports a match inside a document symbol: a run of text with
// no space that holds a slash and a digit ("RCM/RCGM/2023/WD.3", not
// "OIM/ACNUR").
func inSymbol(text string, start, end int) bool {
	for start > 0 && !isSpace(text[start-1]) {
		start--
	}
	for end < len(text) && !isSpace(text[end]) {
		end++
	}
	run := text[start:end]
	return strings.Contains(run, "/") && strings.ContainsAny(run, "0123456789")
}

// newAnalysis tokenises text and maps entity matches onto tokens.
// A text typed in capitals is read recased (capstext.go), its names as found.
func newAnalysis(text string, r *rules, g *gazetteer.Gazetteer) *analysis {
	found := g.Find(text)
	written := ""
	if capsText(text) {
		written, text = text, recased(text, found)
	}
	a := &analysis{text: text, written: written, toks: tokenize(text), ents: map[int]entSpan{}, r: r}
	glued := a.splitGluedAcronyms(g)
	for _, m := range found {
		if inSymbol(text, m.Start, m.End) {
			continue // "RCM/RCGM/2023/WD.3": a document's symbol, no mention
		}
		// the token that starts where the match does (tokens are in order)
		i := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].start >= m.Start })
		if i == len(a.toks) || a.toks[i].start != m.Start {
			continue
		}
		j := i
		for j < len(a.toks) && a.toks[j].start < m.End {
			j++
		}
		a.ents[i] = entSpan{ent: m.Entity, end: j}
	}
	for i, e := range glued {
		if _, ok := a.ents[i]; !ok {
			a.ents[i] = entSpan{ent: e, end: i + 1}
		}
	}
	var roles []span // the role cues, for dropRoles
	for i := range a.toks {
		kinds := r.structure.kindsAt(a.toks, i) // one lookup for the three kinds
		if _, j, ok := matchKindIn(kinds, a.toks, i, "role"); ok {
			roles = append(roles, span{i, j})
		}
		if _, ok := a.ents[i]; ok {
			continue
		}
		if e, j, ok := matchKindIn(kinds, a.toks, i, "subject"); ok {
			if id := subjectGroup(e.words); id != "" {
				a.ents[i] = entSpan{ent: actas.Entity{Type: actas.EntityGroup, ID: id, Surface: text[a.toks[i].start:a.toks[j-1].end]}, end: j}
			}
		} else if _, j, ok := matchKindIn(kinds, a.toks, i, "members"); ok && (startsUpper(a.toks[i].text) || (a.toks[i].fold == "cada" || a.toks[i].fold == "each") && !afterPreposition(a.toks, i)) && !qualified(a.toks[j:]) {
			// "Los países enviarán ...": the countries of the process, as a subject
			a.ents[i] = entSpan{ent: actas.Entity{Type: actas.EntityGroup, ID: actas.GroupMemberStates, Surface: text[a.toks[i].start:a.toks[j-1].end]}, end: j}
		}
	}
	a.dropRoles(roles)
	a.dropOwnedGroups()
	a.dropServedRoles()
	a.dropMeetingEvents()
	a.repairTypos()
	return a
}

// afterPreposition reports a preposition right before token i ("por cada
// país", "by each country"): what follows is no subject.
func afterPreposition(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].fold {
	case "por", "de", "a", "para", "con", "en", "by", "of", "to", "for", "with", "in", "from":
		return true
	}
	return false
}

// qualified reports the words after "the countries" that narrow them to
// some ("The countries of origin, transit and destination outside the
// region to join ...", "los países de tránsito"): not the member states.
func qualified(after []token) bool {
	if len(after) == 0 {
		return false
	}
	switch after[0].fold {
	case "of", "de", "del", "outside", "fuera", "beyond", "from":
		return true
	}
	return false
}

// dropOwnedGroups forgets the member states named by a noun that the
// countries after it own ("las Direcciones de Migración de Guatemala y
// Honduras", "the migration authorities of Ghana and Togo"): those
// countries are the parties.
func (a *analysis) dropOwnedGroups() {
	for i, e := range a.ents {
		if e.ent.Type != actas.EntityGroup || e.ent.ID != actas.GroupMemberStates {
			continue
		}
		k := e.end
		if k >= len(a.toks) || a.toks[k].fold != "de" && a.toks[k].fold != "of" && a.toks[k].fold != "del" {
			continue
		}
		if k+1 < len(a.toks) && (a.toks[k+1].fold == "the" || a.toks[k+1].fold == "la") {
			k++
		}
		if c, ok := a.ents[k+1]; ok && c.ent.Type == actas.EntityCountry {
			delete(a.ents, i)
		}
	}
}

// servedRoles are the organisations that are a role some organisation or
// country holds: the Technical Secretariat, the Presidency Pro Tempore.
var servedRoles = map[string]bool{"TS": true, "PPT": true}

// ofName reports a name in tokens [i, j) that says whose it is ("Technical
// Secretariat of the Regional Conference on Migration (RCM)"): the bracket
// after it is the owner's acronym.
func (a *analysis) ofName(i, j int) bool {
	for k := i; k < j; k++ {
		switch a.toks[k].fold {
		case "of", "de", "del":
			return true
		}
	}
	return false
}

// dropServedRoles forgets a secretariat or presidency named by its role when
// the organisation that holds it follows in brackets ("la Secretaría Técnica
// (OIM)", "the Technical Secretariat (IOM)"): the organisation acts, as
// dropRoles does for "IOM, in its capacity as Secretariat".
func (a *analysis) dropServedRoles() {
	for i, es := range a.ents {
		j := es.end
		if es.ent.Type != actas.EntityOrganisation || j+2 >= len(a.toks) || a.toks[j].fold != "(" {
			continue
		}
		in, ok := a.ents[j+1]
		if ok && in.ent.Type == actas.EntityOrganisation && in.ent.ID != es.ent.ID && in.end < len(a.toks) && a.toks[in.end].fold == ")" && servedRoles[es.ent.ID] && !a.ofName(i, j) {
			delete(a.ents, i)
		}
	}
}

// dropMeetingEvents forgets an organisation named by one of its meetings
// ("la Reunión Viceministerial" for the RCM) unless the meeting is
// addressed ("Recomendar a la Reunión Viceministerial") or opens the text
// as its subject: elsewhere it is an event or a time ("at the next
// Vice-Ministerial Meeting", "to host the XXI Vice-Ministerial Meeting").
func (a *analysis) dropMeetingEvents() {
	for i, es := range a.ents {
		if es.ent.Type != actas.EntityOrganisation {
			continue
		}
		f := fold(es.ent.Surface)
		if !strings.Contains(f, "reunion") && !strings.Contains(f, "meeting") {
			continue
		}
		k := i
		if k > 0 && isArticle(a.toks[k-1].fold) {
			k--
		}
		if k == 0 {
			continue
		}
		switch a.toks[k-1].fold {
		case "a", "al", "to":
			continue
		}
		delete(a.ents, i)
	}
}

// isArticle reports a definite article.
func isArticle(w string) bool {
	switch w {
	case "la", "el", "the":
		return true
	}
	return false
}

// splitGluedAcronyms cuts a word of capitals that is two acronyms run
// together where a hyphen or slash was lost ("RCMRNCOM" for "RCM-RNCOM")
// into two tokens, and returns the organisation each names, by token.
func (a *analysis) splitGluedAcronyms(g *gazetteer.Gazetteer) map[int]actas.Entity {
	var out map[int]actas.Entity
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if !t.word || len(t.text) < 5 || len(t.text) > 14 || !isUpperASCII(t.text) {
			continue
		}
		if _, whole := wholeAcronym(g, t.text); whole {
			continue // "ACNUR", "RNCOM": one acronym
		}
		for cut := 2; cut <= len(t.text)-2; cut++ {
			left, lok := wholeAcronym(g, t.text[:cut])
			if !lok {
				continue
			}
			right, rok := wholeAcronym(g, t.text[cut:])
			if !rok {
				continue
			}
			l := token{text: t.text[:cut], fold: t.fold[:cut], start: t.start, end: t.start + cut, word: true}
			rt := token{text: t.text[cut:], fold: t.fold[cut:], start: t.start + cut, end: t.end, word: true}
			a.toks = append(a.toks[:i], append([]token{l, rt}, a.toks[i+1:]...)...)
			if out == nil {
				out = map[int]actas.Entity{}
			}
			shifted := map[int]actas.Entity{}
			for k, e := range out {
				if k > i {
					k++
				}
				shifted[k] = e
			}
			out = shifted
			out[i], out[i+1] = left, right
			i++
			break
		}
	}
	return out
}

// wholeAcronym reports the organisation an acronym names when the
// gazetteer reads all of s as one.
func wholeAcronym(g *gazetteer.Gazetteer, s string) (actas.Entity, bool) {
	if !g.MayOpen(s) {
		return actas.Entity{}, false // no name opens with it: no need to tokenize
	}
	ms := g.Find(s)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(s) || ms[0].Entity.Type != actas.EntityOrganisation {
		return actas.Entity{}, false
	}
	return ms[0].Entity, true
}

// stemCue matches an inflected form of a one-word verb cue in the
// report's language ("convene" in an English report is no form of "convenir").
func (a *analysis) stemCue(w string) (cueEntry, bool) {
	e, ok := a.r.actions.stemCue(w)
	if ok && a.lang != "" && e.lang != "" && e.lang != a.lang {
		return cueEntry{}, false
	}
	return e, ok
}

// inTitledName reports a word in title case inside a run of capitalised
// words in mid-sentence ("the Asian Labour Sending and Receiving
// Countries"): a name's word, no verb.
func (a *analysis) inTitledName(i int) bool {
	t := a.toks[i].text
	if i == 0 || i+1 >= len(a.toks) || !startsUpper(t) || isUpperWord(t) {
		return false
	}
	next, prev := a.toks[i+1], a.toks[i-1]
	if !next.word || !startsUpper(next.text) {
		return false
	}
	switch prev.fold {
	case "and", "y", "&", "of", "de", "del", "for", "para":
		return i >= 2 && a.toks[i-2].word && startsUpper(a.toks[i-2].text)
	}
	return prev.word && startsUpper(prev.text) && !isUpperWord(prev.text) && i >= 2 && a.toks[i-2].word
}

// matchInflected matches an inflected Spanish cue at toks[i], never in an
// English report ("convene" is no form of "convenir").
func (a *analysis) matchInflected(i int) (cueEntry, int, bool) {
	if a.lang == "en" {
		return cueEntry{}, i, false
	}
	return a.r.actions.matchInflected(a.toks, i)
}

// isUpperASCII reports a word of ASCII capital letters only.
func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// dropRoles forgets an organisation named as the role another organisation plays
// ("la OIM, en su calidad de Secretaría Técnica", "in its capacity as the
// Technical Secretariat"): a role, not a second party (role cues of
// structure_cues.csv), at each of the role cues found.
func (a *analysis) dropRoles(roles []span) {
	for _, r := range roles {
		i, j := r.start, r.end
		if !a.organisationBefore(i) {
			continue // "México, en su calidad de PPT": a country's role is mentioned
		}
		for k := j; k < len(a.toks) && k <= j+1; k++ { // the entity may include its article
			if es, ok := a.ents[k]; ok && es.ent.Type == actas.EntityOrganisation {
				delete(a.ents, k)
				break
			}
			if f := a.toks[k].fold; f != "the" && f != "la" && f != "el" {
				break
			}
		}
	}
}

// organisationBefore reports whether the last entity before token i (past
// a comma) is an organisation ("la OIM, en su calidad de").
func (a *analysis) organisationBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if es, ok := a.ents[k]; ok {
			return es.end >= i-1 && es.ent.Type == actas.EntityOrganisation
		}
	}
	return false
}

// bareConference reads "la Conferencia" / "the Conference" with no name
// after it as the RCM, in a report of a body of the RCM ("Recomendar a la
// Conferencia que apruebe ...", "La Conferencia aprobará ..."); in the
// conference's own report it is the body itself, dropped as such.
func (a *analysis) bareConference() {
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.fold != "conferencia" && t.fold != "conference" || !startsUpper(t.text) {
			continue
		}
		d := a.toks[i-1].fold
		if d != "la" && d != "the" && d != "esta" && d != "this" {
			continue
		}
		if _, named := a.ents[i-1]; named {
			continue
		}
		if j := i + 1; j < len(a.toks) && a.toks[j].word && (startsUpper(a.toks[j].text) || a.toks[j].fold == "regional" || a.toks[j].fold == "sobre" || a.toks[j].fold == "on") {
			continue // "la Conferencia Suramericana", "the Conference on ..."
		}
		a.ents[i-1] = entSpan{ent: actas.Entity{Type: actas.EntityOrganisation, ID: "RCM", Surface: a.text[a.toks[i-1].start:t.end]}, end: i + 1}
	}
}

// bareSecretariat reads "the Secretariat" / "la Secretaría" with no name
// after it as org, the organisation that serves the report's process as its
// secretariat (secretariats.csv: ICMPD for the Budapest Process).
func (a *analysis) bareSecretariat(org string) {
	for i := 1; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.fold != "secretariat" && t.fold != "secretaria" || !startsUpper(t.text) {
			continue
		}
		switch a.toks[i-1].fold {
		case "the", "la", "its", "su", "this", "esta":
		default:
			continue
		}
		if _, named := a.ents[i-1]; named {
			continue
		}
		if _, named := a.ents[i]; named {
			continue
		}
		if j := i + 1; j < len(a.toks) && a.toks[j].word && (startsUpper(a.toks[j].text) || a.toks[j].fold == "of" || a.toks[j].fold == "de" || a.toks[j].fold == "del") {
			continue // "the Secretariat of the Bali Process", "la Secretaría Técnica", "la Secretaría General del SICA"
		}
		a.ents[i-1] = entSpan{ent: actas.Entity{Type: actas.EntityOrganisation, ID: org, Surface: a.text[a.toks[i-1].start:t.end]}, end: i + 1}
	}
}

// namedSecretariats reads a process named before "Secretariat" ("the
// Prague Process Secretariat") as the organisation that serves as its
// secretariat (orgs, secretariats.csv by family: ICMPD), not the process.
func (a *analysis) namedSecretariats(orgs map[string]string) {
	for i, es := range a.ents {
		org, ok := orgs[es.ent.ID]
		if j := es.end; !ok || j >= len(a.toks) || a.toks[j].fold != "secretariat" && a.toks[j].fold != "secretaria" || !startsUpper(a.toks[j].text) {
			continue
		}
		a.ents[i] = entSpan{ent: actas.Entity{Type: actas.EntityOrganisation, ID: org, Surface: a.text[a.toks[i].start:a.toks[es.end].end]}, end: es.end + 1}
	}
}

// subjectGroup maps subject words that stand for the member states.
func subjectGroup(words phrase) string {
	switch strings.Join(words, " ") {
	case "we", "members", "the members", "the member governments":
		return actas.GroupMemberStates
	}
	return ""
}

// findClauses splits the agreement into deciding clauses.
func (a *analysis) findClauses() {
	strong, sentenceHasClause := true, false
	inside := a.insideEntities()
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if inside[i] && !strong {
			continue // "la Comisión Económica para América Latina y el Caribe": no clause starts in a name
		}
		if strong {
			strong = false
			c := a.clauseAt(i, true)
			if c == nil && len(a.clauses) == 0 {
				c = a.passiveMain(i)
			}
			if c != nil {
				a.add(c)
				// "Reaffirming ..., the Member Countries will": a participle opens no main clause
				sentenceHasClause = !isParticiple(c.verb)
				i = c.verbEnd - 1
				continue
			}
			strong = t.fold == "to" // "TO ENTRU ST THE PRO TEMPORE SECRETARIAT ...": the verb after an opening "to" opens the clause
		}
		var c *clause
		switch t.fold {
		case ".", ";", ":", "?":
			strong = a.sentenceEnd(i)
			if strong {
				sentenceHasClause = false
			}
		case "-":
			// a dash between words ("Follow-up — The Vice Ministers instruct") opens a clause
			if t.text != "-" || i > 0 && a.toks[i-1].end < t.start && i+1 < len(a.toks) && a.toks[i+1].start > t.end {
				strong, sentenceHasClause = true, false
			}
		case "y", "e", "and":
			c = a.clauseAt(i+1, false)
			if c != nil && len(c.subject) > 0 && a.entityEndsAt(i-1) {
				c = nil // "los gobiernos de México y Panamá adoptaron": the last of a list, no new subject
			}
			if c != nil && c.action == actionLead && (a.inPurpose(i) || a.nounOf(c.verbEnd) || isParticiple(c.verb)) {
				// "para promover ... y fortalecer ...": the purpose goes on; "access to and
				// support of": a noun; "by building and strengthening": a means, no decision
				c = nil
			}
			if c != nil && isParticiple(c.verb) && len(c.subject) == 0 && !a.lastParticiple() {
				c = nil // "newcomers and receiving communities": a participle joins only another ("Noting ... and welcoming ...")
			}
			if c == nil {
				c = a.sameSubjectFuture(i + 1)
			}
			if c == nil {
				c = a.sameSubjectOffer(i + 1)
			}
			if c == nil && i > 0 && a.toks[i-1].fold == "," {
				c = a.cliticInfinitive(i + 1)
			}
			if c == nil {
				c = a.cliticVerb(i + 1)
			}
		case ",":
			c = a.clauseAt(i+1, false)
			if c != nil && !a.commaClause(c, sentenceHasClause) {
				c = nil
			}
		case "by":
			if e, j, ok := a.r.actions.match(a.toks, i); ok && e.kind == "verb" {
				c = &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], start: i, verbEnd: j} // "concluded the session by inviting members to ..."
			}
		case "que", "quienes", "quien", "who", "which":
			a.relative(i)
		case "that":
			if a.decidedThat(i) || a.notedThat(i) {
				a.relative(i) // "The meeting decided that the TS will prepare ...": the TS commits; "Took note that Sri Lanka undertook to ..."
			}
		case "cual":
			if i > 0 && a.toks[i-1].fold == "lo" { // "para lo cual el Gobierno de Panamá ofreció ser sede"
				a.relative(i)
			}
		}
		if c != nil {
			a.add(c)
			sentenceHasClause = true
			i = c.verbEnd - 1
		}
	}
	// a point that opens with a verb that is no cue decides by it first
	// ("To set up a Virtual Secretariat ..., and to instruct the PPT")
	if c := a.decidingVerb(); c != nil && (len(a.clauses) == 0 || a.clauses[0].start > 0 && a.skipDiscourse(a.clauses[0].start) >= c.verbEnd) {
		a.clauses = append([]*clause{c}, a.clauses...)
	}
	c := a.partyInfinitive() // "IOM to prepare ..." (operative.go)
	if c == nil {
		c = a.thatParty() // "That the ECOWAS Commission set up ..."
	}
	if c != nil {
		kept := []*clause{c}
		for _, d := range a.clauses {
			if d.start >= c.verbEnd && !a.sharedObject(c, d) {
				kept = append(kept, d)
			}
		}
		a.clauses = kept
	}
	kept := a.clauses[:0]
	for k, c := range a.clauses {
		if c.action != actas.ActionNone && !a.agreedThat(k) {
			kept = append(kept, c) // "reconocemos que ...": a fact, no decision
		}
	}
	a.clauses = kept
	for _, c := range a.clauses {
		if c.action == actionLead {
			a.leadClause(c)
		}
		if c.action == actas.ActionCommit && len(c.subject) == 0 && len(c.extra) == 0 && a.skipDiscourse(c.start) == 0 && c.role == "" && !a.networkSubject(c.start) {
			c.subject = a.lead.speakers // "Comprometerse a designar ...": who speaks commits
		}
	}
	a.fillTexts()
}

// agreedThat reports clause k agreeing straight into a party's commitment,
// the clause after it ("It was agreed that the TS will circulate ...", "Se
// convino asimismo en que los países miembros enviarán ..."): the decision
// is that commitment, which then opens where the agreeing did.
func (a *analysis) agreedThat(k int) bool {
	c := a.clauses[k]
	if c.action != actas.ActionAgree || k+1 >= len(a.clauses) {
		return false
	}
	d := a.clauses[k+1]
	if d.action != actas.ActionCommit || len(d.subject) == 0 {
		return false
	}
	i := a.skipDiscourse(c.verbEnd)
	if i < len(a.toks) && a.toks[i].fold == "en" {
		i++ // "se convino en que"
	}
	if i != d.start || i >= len(a.toks) || a.toks[i].fold != "that" && a.toks[i].fold != "que" {
		return false
	}
	d.start = c.start
	return true
}

// lastParticiple reports whether the clause found last opens with a
// participle ("Noting ...").
func (a *analysis) lastParticiple() bool {
	return len(a.clauses) > 0 && isParticiple(a.clauses[len(a.clauses)-1].verb)
}

// cliticVerb matches a finite verb of the action table after a pronoun
// that stands for the party just named ("El Grupo agradeció a la OIM ... y
// le pidió que prepare ..."): that party is asked.
func (a *analysis) cliticVerb(i int) *clause {
	if i+1 >= len(a.toks) || a.toks[i].fold != "le" && a.toks[i].fold != "les" {
		return nil
	}
	e, j, ok := a.r.actions.match(a.toks, i+1)
	if !ok || e.kind != "verb" || !e.action.IsCommitment() {
		return nil
	}
	return &clause{action: e.action, verb: a.text[a.toks[i+1].start:a.toks[j-1].end], start: i, verbEnd: j, addressee: []actas.Entity{{Type: "anaphor"}}}
}

// sharedObject reports a verb joined to the clause before it by "and"
// right after that clause's verb ("Member States to finalise and adopt
// national action plans"): both verbs act on one object, one clause.
func (a *analysis) sharedObject(c, d *clause) bool {
	if d.start != c.verbEnd+1 || len(d.subject) > 0 {
		return false
	}
	switch a.toks[c.verbEnd].fold {
	case "and", "y", "e":
		return true
	}
	return false
}

// actionLead marks a cue that decides but names no action of its own
// (promover, support): it takes its lead-in's action, else other.
const actionLead actas.Action = "lead"

// nonVerbs are words that look like an infinitive at the start of a point
// but are not verbs.
var nonVerbs = map[string]bool{
	"particular": true, "regular": true, "popular": true, "familiar": true, "militar": true,
	"similar": true, "titular": true, "peculiar": true, "singular": true, "circular": true,
	"date": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"all": true, "its": true, "their": true, "our": true, "be": true, "end": true,
	"lugar": true, "mujer": true, "hogar": true, "altar": true, "solar": true, "polar": true, "dolar": true,
	"taller": true, "poder": true, "consular": true, "bienestar": true, "deber": true, "quehacer": true, "primer": true,
	"tercer": true, "cualquier": true, "ayer": true, "escolar": true, "estelar": true, "nuclear": true, "celular": true,
}

// englishDeterminers open a noun phrase: a capitalised word right before
// one, at the start of a point under a lead-in, is a verb and its object.
var englishDeterminers = map[string]bool{"the": true, "a": true, "an": true, "their": true, "its": true, "our": true,
	"these": true, "this": true, "such": true, "every": true, "each": true}

// decidingVerb gives a point that opens with a verb no cue lists ("Promover
// ...", "To establish ...") the action of its lead-in ("ACUERDAN:" agree,
// "recomiendan:" recommend) and the lead-in's parties, else other: it
// decides something.
func (a *analysis) decidingVerb() *clause {
	if len(a.toks) < 2 || !a.toks[0].word {
		return nil
	}
	w := a.toks[0]
	if w.fold == "to" && a.toks[1].word && !startsUpper(a.toks[1].text) && len(a.toks[1].fold) >= 3 && !nonVerbs[a.toks[1].fold] {
		return a.leadClause(&clause{verb: a.text[w.start:a.toks[1].end], verbEnd: 2})
	}
	if !startsUpper(w.text) || len([]rune(w.fold)) < 3 || nonVerbs[w.fold] || englishNonVerbs[w.fold] {
		return nil // not "Other matters"
	}
	if _, ok := a.ents[0]; ok {
		return nil // "Member Countries to:": a party, not a verb in -er
	}
	if a.lang == "en" {
		if a.lead.colon && a.toks[1].word && englishDeterminers[a.toks[1].fold] && !strings.HasSuffix(w.fold, "ing") { // not "Regarding the ...", "Ensuring the ..."
			return a.leadClause(&clause{verb: w.text, verbEnd: 1}) // "We commit to:" / "Guarantee the best interests ...", "Hold a workshop ...": a verb before its object
		}
		return nil // "Irregular migration ...", "Border management": a Spanish infinitive's ending in English words
	}
	if len([]rune(w.fold)) < 5 {
		return nil
	}
	for _, suf := range []string{"ar", "er", "ir", "arse", "erse", "irse"} {
		if strings.HasSuffix(w.fold, suf) {
			return a.leadClause(&clause{verb: w.text, verbEnd: 1})
		}
	}
	return nil
}

// leadClause completes a clause whose verb is no cue with the action and
// parties of its lead-in.
func (a *analysis) leadClause(c *clause) *clause {
	c.action = actas.ActionOther
	if a.lead.action == "" {
		return c
	}
	c.action = a.lead.action
	switch c.action {
	case actas.ActionCommit, actas.ActionOffer:
		c.subject = a.lead.parties
	case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
		if len(c.subject) > 0 {
			c.addressee, c.subject = c.subject, nil // "recommended that: ... Bangladesh and Nepal strengthen ...": they are asked
		} else if len(a.lead.parties) > 0 {
			c.addressee = []actas.Entity{{Type: "anaphor"}}
		}
	}
	return c
}

// isParticiple reports a verb in -ing, -ando or -iendo.
func isParticiple(verb string) bool {
	f := strings.Fields(fold(verb))
	if len(f) == 0 {
		return false
	}
	w := f[0]
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "iendo")
}

// commaClause decides whether a clause found after a bare comma stands: a
// Spanish infinitive ("..., encomendar a la ST"), or the main clause after an
// introductory phrase ("In line with ..., the Meeting welcomed").
func (a *analysis) commaClause(c *clause, sentenceHasClause bool) bool {
	if len(c.subject) > 0 || c.verbEnd > 0 && a.isSubjectEnd(c) {
		return !sentenceHasClause
	}
	if a.parallelInfinitive(c) {
		return true // "To welcome ..., to propose ..., and to invite ...": a list of decisions
	}
	if _, k := a.topicSpan(); k >= 0 && c.start == k+1 && !sentenceHasClause {
		return true // "Regarding UNHCR, to request ...": the decision after its topic
	}
	v := fold(strings.Fields(c.verb)[0])
	if !sentenceHasClause && (v == "quedo" || v == "se" || v == "it") {
		return true // an impersonal main clause: "..., quedó decidido distribuir"
	}
	if !sentenceHasClause && spanishFinite(v) {
		return true // the main verb after an opening phrase: "Tras examinar ..., convinieron en que ..."
	}
	for _, suf := range []string{"ar", "er", "ir", "arle", "erle", "irle", "arles", "erles", "irles", "andole", "andoles", "iendole", "iendoles"} {
		if strings.HasSuffix(v, suf) {
			return true
		}
	}
	return false
}

// parallelInfinitive reports a clause opened by "to" after a comma in a
// point that itself opens with "To <verb>": one more decision of a list.
func (a *analysis) parallelInfinitive(c *clause) bool {
	i := a.skipDiscourse(c.start)
	return i < len(a.toks) && a.toks[i].fold == "to" && len(a.clauses) > 0 && a.clauses[0].start == 0 &&
		len(a.toks) > 0 && a.toks[0].fold == "to" && a.clauses[0].verbEnd <= 4
}

// isSubjectEnd reports whether a subject word precedes the clause's verb.
func (a *analysis) isSubjectEnd(c *clause) bool {
	i := a.skipDiscourse(c.start)
	if i < len(a.toks) {
		if _, _, ok := a.r.structure.matchKind(a.toks, i, "subject"); ok {
			return true
		}
	}
	return false
}

// sentenceEnd reports whether the punctuation at i ends a sentence or clause.
func (a *analysis) sentenceEnd(i int) bool {
	t := a.toks[i]
	if t.fold == ";" || t.fold == ":" {
		return true
	}
	// "EE.UU.", "D.C." or the initial "J." are no sentence ends: a one-letter
	// word before, or a two-letter one right after a stop; "the TS." is one
	if k := i - 1; k >= 0 && a.toks[k].word && len(a.toks[k].text) <= 2 && isUpperWord(a.toks[k].text) {
		if len(a.toks[k].text) == 1 || k > 0 && a.toks[k-1].fold == "." && a.toks[k-1].end == a.toks[k].start {
			return false
		}
	}
	j := i + 1
	for j < len(a.toks) && !a.toks[j].word && a.toks[j].fold == "\"" {
		j++
	}
	return j < len(a.toks) && startsUpper(a.toks[j].text)
}

// inPurpose reports whether token i stands in a purpose phrase opened
// after the last clause's verb ("para promover ... y", "in order to"),
// where a verb no cue lists continues the purpose instead of deciding.
func (a *analysis) inPurpose(i int) bool {
	from := 0
	if n := len(a.clauses); n > 0 {
		from = a.clauses[n-1].verbEnd
	}
	for k := i - 1; k >= from; k-- {
		switch a.toks[k].fold {
		case ".", ";", ":":
			return false
		case "para", "fin":
			return true
		case "order":
			return k+1 < len(a.toks) && a.toks[k+1].fold == "to"
		}
	}
	return false
}

// nounOf reports a word read as a verb that is followed by "of" or "de"
// ("support of", "apoyo de"): a noun, not a verb.
func (a *analysis) nounOf(verbEnd int) bool {
	if verbEnd >= len(a.toks) {
		return false
	}
	switch a.toks[verbEnd].fold {
	case "of", "de", "del":
		return true
	}
	return false
}

// insideEntities marks the tokens inside an entity's name, past its first.
func (a *analysis) insideEntities() []bool {
	in := make([]bool, len(a.toks))
	for i, es := range a.ents {
		for k := i + 1; k < es.end && k < len(in); k++ {
			in[k] = true
		}
	}
	return in
}

// entityEndingAt returns the entity whose name ends at token i.
func (a *analysis) entityEndingAt(i int) (actas.Entity, bool) {
	for k, es := range a.ents {
		if k <= i && es.end == i+1 {
			return es.ent, true
		}
	}
	return actas.Entity{}, false
}

// entityEndsAt reports whether an entity's last token is token k.
func (a *analysis) entityEndsAt(k int) bool {
	_, ok := a.entityEndingAt(k)
	return ok
}

// add appends a clause.
func (a *analysis) add(c *clause) {
	if d := a.agreedCue(c); d != nil {
		c = d
	}
	a.clauses = append(a.clauses, c)
}

// agreedCue returns the clause of a verb that asks someone right after an
// agree clause's verb ("la reunión acordó solicitar a la ST ...", "agreed
// to request IOM to ..."): the decision is that request, and its subject
// the agreeing one's.
func (a *analysis) agreedCue(c *clause) *clause {
	if c.action != actas.ActionAgree {
		return nil
	}
	at := c.verbEnd
	if at < len(a.toks) && a.toks[at].fold == "to" {
		at++
	}
	d := a.clauseAt(at, false)
	if d == nil || d.start != at && d.start != 0 {
		return nil
	}
	switch d.action {
	case actas.ActionAgree, actas.ActionNone, actionLead, actas.ActionCommit, actas.ActionOffer:
		return nil // "agreed to hold its next meeting", "agree to adopt measures", "agreed, and Mexico offered ..."
	}
	d.start = c.start
	if len(d.subject) == 0 {
		d.subject = c.subject
	}
	return d
}

// skipDiscourse skips discourse markers, commas and "to" from token i.
func (a *analysis) skipDiscourse(i int) int {
	if i == 0 {
		i = a.skipTopicHeading()
	}
	for i < len(a.toks) {
		if e, j, ok := a.r.structure.match(a.toks, i); ok && e.kind == "discourse" {
			i = j
			continue
		}
		if a.toks[i].fold == "," {
			i++
			continue
		}
		break
	}
	return i
}

// skipTopicHeading returns the token after a topic heading that a point
// opens with, run onto its first sentence ("On the protection of migrants We
// express ..."): up to ten words with no stop, then "We" in capitals; 0
// where there is none.
func (a *analysis) skipTopicHeading() int {
	for k := 1; k < len(a.toks) && k <= 10; k++ {
		t := a.toks[k]
		if !a.toks[k-1].word {
			return 0
		}
		if t.text == "We" || t.text == "Nosotros" {
			return k
		}
	}
	return 0
}

// clauseAt tries to start a clause at token i: a verb cue ("Solicitar a la
// OIM", "to thank"), or a subject and its verb ("Panamá se ofrece").
func (a *analysis) clauseAt(i int, strong bool) *clause {
	start := i
	i = a.skipDiscourse(i)
	for i < len(a.toks) && (a.toks[i].fold == "\"" || a.toks[i].fold == "(" || a.toks[i].fold == "'") {
		i++
	}
	if i >= len(a.toks) {
		return nil
	}
	to := false
	if a.toks[i].fold == "to" {
		to = true
		i++
	}
	if c := a.verbAt(i, strong || to); c != nil {
		c.start = start
		return c
	}
	if to {
		return nil
	}
	if c := a.roleSubjectAt(i); c != nil {
		c.start = start
		return c
	}
	subj, j, ok := a.subjectAt(i)
	if !ok {
		subj, j, ok = a.bothSubject(i) // "Ambos países se comprometieron"
	}
	if !ok {
		return nil
	}
	j = a.skipAdverbs(j)
	if c := a.finiteAt(j); c != nil && !a.reducedRelative(c) {
		c.start, c.subject = start, subj
		return c
	}
	if c := a.afterSubjectAside(j); c != nil && len(subj) > 0 {
		c.start, c.subject = start, subj
		return c
	}
	if c := a.announcedFuture(j); c != nil && len(subj) > 0 {
		c.start, c.subject = start, subj
		return c
	}
	return nil
}

// announcedFuture finds the commitment a subject announces at token j
// ("anuncian que renovarán ...", "announced that it will renew ..."; kind
// announce of structure_cues.csv): the future after the announcing words.
func (a *analysis) announcedFuture(j int) *clause {
	_, k, ok := a.r.structure.matchKind(a.toks, j, "announce")
	if !ok || k >= len(a.toks) {
		return nil
	}
	switch a.toks[k].fold {
	case "it", "they", "ellos", "ellas":
		k++
	}
	if c := a.futureAt(k); c != nil && !a.passiveFuture(k) {
		return c
	}
	return nil
}

// reducedRelative reports a participle that names who did something to
// the noun before it ("Endorsement of the workshop proposed by El Salvador,
// ..."): an agent after "by" / "por", not a manner ("adopted by
// consensus"); no decision of that noun.
func (a *analysis) reducedRelative(c *clause) bool {
	v := c.verb
	if strings.ContainsRune(v, ' ') || !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "ado") && !strings.HasSuffix(v, "ido") {
		return false
	}
	k := c.verbEnd
	if k+1 >= len(a.toks) || a.toks[k].fold != "by" && a.toks[k].fold != "por" {
		return false
	}
	switch a.toks[k+1].fold {
	case "consensus", "consenso", "unanimity", "unanimidad", "acclamation", "aclamacion":
		return false
	}
	return true
}

// afterSubjectAside finds the commitment of a subject that an aside
// separates from its verb: the comma closing an apposition ("That the
// Chair, Belize, will report"), or a relative clause ("Los Países Miembros
// que tengan cuotas pendientes se comprometen a ...", "... que aún no lo
// hayan hecho depositarán ..."): only "will", a commitment cue of kind self
// or a Spanish future after the relative reads as the subject's own verb.
func (a *analysis) afterSubjectAside(j int) *clause {
	if j >= len(a.toks) {
		return nil
	}
	if j > 0 && a.toks[j-1].fold == "," && a.toks[j].word {
		j-- // "Canada and Mexico, as co-coordinators, ...": the subject's reading took the comma
	}
	switch a.toks[j].fold {
	case ",":
		for asides := 0; asides < 3 && j < len(a.toks) && a.toks[j].fold == ","; asides++ {
			k := a.skipAdverbs(j + 1)
			if c := a.futureAt(k); c != nil {
				return c
			}
			if c := a.selfCommitAt(k); c != nil {
				return c // "The Co-Chairs, Australia and Indonesia, undertook to convene ..."
			}
			j = a.asideEnd(k) // "Canada and Mexico, as co-coordinators, with the support of the TS, will consolidate ..."
		}
	case "que", "quienes", "who", "that", "which":
		for k := j + 1; k < len(a.toks) && k <= j+20; k++ { // "that have not yet sent their comments on Annex II of the Plan of Action (indicators) will do so"
			switch a.toks[k].fold {
			case ".", ";", ":", ",":
				return nil
			}
			if c := a.selfCommitAt(k); c != nil {
				return c
			}
			if w := a.toks[k].fold; w == "are" || w == "is" || w == "son" || w == "es" {
				if c := a.finiteAt(k); c != nil && c.passive {
					return c // "Member States that have not yet done so are urged to sign ...": the subject is asked
				}
			}
			if w := a.toks[k].fold; w != "will" && w != "shall" && w != "would" || k > j+2 {
				if c := a.futureAt(k); c != nil {
					return c // "Los Países Miembros que aún no lo hayan hecho depositarán ...", "Member Countries that have not yet done so will send ..."; not "IOM, which will host ..."
				}
			}
		}
	}
	return nil
}

// selfCommitAt matches a commitment or an offer cue of kind self at token k
// ("undertook to", "se comprometen a"), not one whose subject is "we".
func (a *analysis) selfCommitAt(k int) *clause {
	e, end, ok := a.r.actions.match(a.toks, k)
	if !ok || e.kind != "self" || e.action != actas.ActionCommit && e.action != actas.ActionOffer || a.toks[k].fold == "we" || a.toks[k].fold == "nos" {
		return nil
	}
	return &clause{action: e.action, verb: a.text[a.toks[k].start:a.toks[end-1].end], verbEnd: end}
}

// verbAt matches a clause-initial verb cue (infinitive, imperative or an
// inflected form after a boundary).
func (a *analysis) verbAt(i int, strong bool) *clause {
	if i >= len(a.toks) || !a.toks[i].word || a.inTitledName(i) {
		return nil
	}
	if c := a.gratitudeAt(i); c != nil {
		return c
	}
	if c := a.cliticVerbAt(i); c != nil {
		return c
	}
	if e, j, ok := a.r.actionNouns.match(a.toks, i); ok && strong && a.addressedAt(j) {
		// "Request to IOM to prepare ...", "Instrucción a la ST para que ...": the noun of an action and its party
		return &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], verbEnd: j}
	}
	if e, j, ok := a.r.actions.match(a.toks, i); ok && (e.kind == "verb" || e.kind == "passive" || e.kind == "self" && (selfAt(a.toks, i, e) || strong && (elidedSelf(a.toks[i], e) || startsUpper(a.toks[i].text) && a.invertedSubject(j) != nil))) {
		// an inflected longer cue wins: "Reconocemos el trabajo" over "reconocemos"
		if e2, j2, ok := a.matchInflected(i); ok && e2.kind == "verb" && j2 > j {
			e, j = e2, j2
		}
		c := &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], verbEnd: j}
		if e.kind == "self" && !selfAt(a.toks, i, e) {
			c.subject = a.invertedSubject(j) // "Queda encargada la ST de ...", "Se compromete la OIM a ..."
		}
		if e.kind == "self" && (e.words[0] == "we" || e.words[0] == "nos") {
			// "we" in a declaration of the member states
			c.subject = []actas.Entity{{Type: actas.EntityGroup, ID: actas.GroupMemberStates, Surface: a.toks[i].text}}
		}
		return c
	}
	w := a.toks[i].fold
	// impersonal "se" with an inflected cue: "Se tomó nota", "Se encomendó"
	k := i
	if w == "se" && i+1 < len(a.toks) {
		k = i + 1
		if isClitic(a.toks[k].fold) && (a.toks[k].fold == "le" || a.toks[k].fold == "les") && k+1 < len(a.toks) {
			k++ // "Se le solicita a la OIM", "se les encomienda": the pronoun stands for the party asked
		}
	}
	ie, ij, iok := a.matchInflected(k) // read once for the two tests
	if e, j, ok := ie, ij, iok; ok && e.kind == "verb" && len(e.words) > 1 {
		return a.withClitic(&clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], verbEnd: j}, k > i+1)
	}
	if e, ok := a.stemCue(w); ok {
		return &clause{action: e.action, verb: a.toks[i].text, verbEnd: i + 1}
	}
	if e, j, ok := ie, ij, iok; ok && e.kind == "verb" {
		return a.withClitic(&clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], verbEnd: j}, k > i+1)
	}
	// clitics: "solicitarle", "pedirles", "encomendándole"
	for _, suf := range []string{"les", "le", "los", "las", "lo", "la"} {
		base := strings.TrimSuffix(w, suf)
		if base == w || len(base) <= 3 {
			continue
		}
		for _, inf := range cliticInfinitives(base) {
			if e, ok := a.r.actions.byFirstSingle(inf); ok {
				return a.withClitic(&clause{action: e.action, verb: a.toks[i].text, verbEnd: i + 1}, true)
			}
		}
	}
	if _, named := a.ents[i]; named {
		return nil // a word that opens a name ("Comisión Económica ...") is no damaged verb
	}
	if strong && startsUpper(a.toks[i].text) || i > 0 && a.toks[i-1].fold == "y" {
		for _, suf := range []string{"les", "le"} { // a misspelt verb with a pronoun: "Solisitarle a la OIM", "... Y ENCORNENDARLE QUE ..."
			if base, ok := strings.CutSuffix(w, suf); ok && strings.HasSuffix(base, "r") && len(base) >= 6 {
				if e, ok := a.r.fuzzyCue(base, a.lang); ok {
					return a.withClitic(&clause{action: e.action, verb: a.toks[i].text, verbEnd: i + 1}, true)
				}
			}
		}
	}
	if strong && (startsUpper(a.toks[i].text) || i == 0 || i > 0 && (a.toks[i-1].fold == "to" || a.toks[i-1].fold == ":")) || i > 0 && a.toks[i-1].fold == "y" && (spanishInfinitive(w) || startsUpper(a.toks[i].text) || i+1 < len(a.toks) && spanishInfinitive(w+a.toks[i+1].fold)) { // "ACUERDO No. 6: encornendar a la ST ...", "... y encornendar a la ST ...", "... y Solicitarr que ...", "... y recomen dar al GRCM"
		if c := a.ocrPhraseAt(i); c != nil {
			return c
		}
		if e, ok := a.r.fuzzyCue(w, a.lang); ok {
			return &clause{action: e.action, verb: a.toks[i].text, verbEnd: i + 1}
		}
		if c := a.splitVerb(i); c != nil {
			return c
		}
	}
	return nil
}

// gratitudeAt matches thanks said with a noun: a verb of gratitude_cues.csv,
// possessives and adjectives, and a noun of thanks ("conveyed their sincere
// thanks", "expressed its deep appreciation", "expresaron su profundo
// agradecimiento").
func (a *analysis) gratitudeAt(i int) *clause {
	if c := a.praiseAt(i); c != nil {
		return c
	}
	e, j, ok := a.r.gratitude.matchKind(a.toks, i, "verb")
	if !ok {
		return nil
	}
	for k := j; k < len(a.toks) && k < j+6; k++ {
		if _, end, ok := a.r.gratitude.matchKind(a.toks, k, "noun"); ok {
			if end+1 < len(a.toks) && a.toks[end].fold == "de" && a.toks[end+1].fold == "que" || end < len(a.toks) && a.toks[end].fold == "that" {
				return nil // "reiteramos nuestro reconocimiento de que ...": recognition of a fact, no thanks
			}
			return &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[end-1].end], verbEnd: end}
		}
		if _, _, ok := a.r.gratitude.matchKind(a.toks, k, "filler"); !ok {
			return nil
		}
	}
	return nil
}

// praiseAt reads recognition of a party's effort as thanks: a verb of
// kind praise, the party it addresses, and a noun of kind effort
// ("Reconocer a Honduras el empeño puesto en ...", "recognize the efforts
// of"): a party and fillers may stand between them.
func (a *analysis) praiseAt(i int) *clause {
	if _, j, ok := a.r.gratitude.matchKind(a.toks, i, "praise"); ok {
		for k := j; k < len(a.toks) && k < j+8; k++ {
			if _, end, ok := a.r.gratitude.matchKind(a.toks, k, "effort"); ok {
				return &clause{action: actas.ActionThank, verb: a.text[a.toks[i].start:a.toks[end-1].end], verbEnd: end}
			}
			if es, ok := a.ents[k]; ok {
				k = es.end - 1
				continue
			}
			switch a.toks[k].fold {
			case "a", "al", "to", "de", "del", "of", ",":
				continue
			}
			if _, _, ok := a.r.gratitude.matchKind(a.toks, k, "filler"); !ok {
				return nil
			}
		}
	}
	return nil
}

// ocrPhraseAt matches a cue of several words whose first word OCR damaged
// ("Tornar nota" for "Tomar nota", "Dar por recibido" misread): the letter
// confusions of ocrRepair undone in the first word, the rest as written.
func (a *analysis) ocrPhraseAt(i int) *clause {
	w := a.toks[i].fold
	r := ocrRepair(w)
	if r == w {
		return nil
	}
	for _, e := range a.r.actions.byFirst[r] {
		if len(e.words) < 2 || e.kind != "verb" {
			continue
		}
		if j, ok := matchWords(a.toks, i+1, e.words[1:]); ok {
			return &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], verbEnd: j}
		}
	}
	return nil
}

// splitVerb joins a verb cut in two by a stray space or a line-end hyphen
// ("Recomen dar", "Solici- tar") when the joined word is a cue.
func (a *analysis) splitVerb(i int) *clause {
	j := i + 1
	if j < len(a.toks) && a.toks[j].fold == "-" {
		j++
	}
	if j >= len(a.toks) || !a.toks[j].word || len(a.toks[j].fold) > 6 {
		return nil
	}
	joined := a.toks[i].fold + a.toks[j].fold
	e, ok := a.r.actions.byFirstSingle(joined)
	if startsUpper(a.toks[j].text) && !isUpperWord(a.toks[i].text) && !(ok && a.written != "") {
		return nil // "recomen Dar": two words; but "TO ENTRU ST", typed in capitals, whose "ST" recasing kept as a name
	}
	if !ok {
		if e, ok = a.r.fuzzyCue(joined, a.lang); !ok {
			return nil
		}
	}
	delete(a.ents, j) // "ST" of "ENTRU ST" is no Technical Secretariat
	return &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j].end], verbEnd: j + 1}
}

// asideEnd returns the comma that closes an aside opening at token k (",
// as co-coordinators,", ", with the support of the TS,"): eight tokens at
// most, no sentence mark and no future in it; or k when there is none.
func (a *analysis) asideEnd(k int) int {
	for j := k; j < len(a.toks) && j <= k+8; j++ {
		switch a.toks[j].fold {
		case ",":
			return j
		case ".", ";", ":", "will", "shall":
			return k
		}
	}
	return k
}

// networkSubject reports a clause that opens at token k with a network as
// its subject ("La Red remitirá ...", "The Network undertakes ..."): in a
// network's report, the network itself (selfNetwork, agreements.go).
func (a *analysis) networkSubject(k int) bool {
	return a.networkSubjectEnd(k) > k
}

// networkSubjectEnd returns where the network subject that opens at token k
// ends, or k.
func (a *analysis) networkSubjectEnd(k int) int {
	if k >= len(a.toks) {
		return k
	}
	e, j, ok := a.r.structure.matchKind(a.toks, k, "subject")
	if w := e.words; !ok || w[len(w)-1] != "red" && w[len(w)-1] != "network" {
		return k
	}
	return j
}

// elidedSelf reports a reflexive commitment cue that opens a sentence with
// its subject left out ("Se comprometieron a designar ..."): the speakers of
// the report commit.
func elidedSelf(t token, e cueEntry) bool {
	return e.words[0] == "se" && startsUpper(t.text)
}

// cliticVerbAt matches an inflected cue after an object pronoun ("le
// encomendaron", "la invitaron a", "les solicitó"): the pronoun stands for
// the party named just before, who is asked.
func (a *analysis) cliticVerbAt(i int) *clause {
	if i+1 >= len(a.toks) || !isClitic(a.toks[i].fold) || !a.toks[i+1].word || !startsLower(a.toks[i+1].text) || !finiteEnding(a.toks[i+1].fold) {
		return nil
	}
	e, j, ok := a.matchInflected(i + 1)
	if !ok || e.kind != "verb" {
		if e, ok = a.stemCue(a.toks[i+1].fold); !ok || e.lang == "en" {
			return nil
		}
		j = i + 2
	}
	c := &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], verbEnd: j}
	switch c.action {
	case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
		c.addressee = []actas.Entity{{Type: "anaphor"}}
	}
	return c
}

// cliticInfinitive reads ", y elevarla a ...": an infinitive no cue lists
// that carries an object pronoun is a second deciding clause on the same
// object, with its lead-in's action, else other.
func (a *analysis) cliticInfinitive(i int) *clause {
	if i >= len(a.toks) || !a.toks[i].word || !startsLower(a.toks[i].text) {
		return nil
	}
	w := a.toks[i].fold
	for _, suf := range []string{"les", "le", "los", "las", "lo", "la"} {
		base := strings.TrimSuffix(w, suf)
		if base == w || len(base) < 5 || nonVerbs[base] {
			continue
		}
		if strings.HasSuffix(base, "ar") || strings.HasSuffix(base, "er") || strings.HasSuffix(base, "ir") {
			return a.leadClause(&clause{verb: a.toks[i].text, start: i, verbEnd: i + 1})
		}
	}
	return nil
}

// isClitic reports a Spanish object pronoun that stands before a verb.
func isClitic(w string) bool {
	switch w {
	case "le", "les", "lo", "los", "la", "las":
		return true
	}
	return false
}

// finiteEnding reports a Spanish third-person present or preterite ending
// ("encomendaron", "invitó", "solicita"), or a first-person plural one of a
// declaration's voice ("solicitamos"), which no noun after an article has.
func finiteEnding(w string) bool {
	for _, e := range []string{"aron", "ieron", "o", "io", "a", "an", "e", "en", "amos", "emos", "imos"} { // "le solicitamos" in a declaration's voice
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// selfAt reports a commitment cue that needs no subject before it: an
// infinitive ("To undertake to", "to commit to") or the first person
// ("nos comprometemos a", "we commit").
func selfAt(toks []token, i int, e cueEntry) bool {
	return i > 0 && toks[i-1].fold == "to" || e.words[0] == "nos" || e.words[0] == "we"
}

// finiteAt matches a verb after a subject: a cue, an inflected cue, "will
// <verb>", or a Spanish future ("enviarán").
func (a *analysis) finiteAt(j int) *clause {
	if j >= len(a.toks) || !a.toks[j].word {
		return nil
	}
	if c := a.gratitudeAt(j); c != nil {
		return c
	}
	if e, k, ok := a.r.actions.match(a.toks, j); ok {
		if e.kind == "future" && a.passiveFuture(k) {
			return a.passiveRequest(j) // "the XI RCM will be held in San Salvador": an event, no commitment; "the EU will be requested to ...": the EU is asked
		}
		return &clause{action: e.action, verb: a.text[a.toks[j].start:a.toks[k-1].end], verbEnd: k}
	}
	if c := a.futureAt(j); c != nil {
		return c
	}
	if c := a.passiveRequest(j); c != nil {
		return c
	}
	if c := a.dativeRequest(j); c != nil {
		return c
	}
	if e, ok := a.stemCue(a.toks[j].fold); ok {
		return &clause{action: e.action, verb: a.toks[j].text, verbEnd: j + 1}
	}
	return nil
}

// futureAt matches "will <verb>" or a Spanish third-person future, which
// commit the subject; passives ("will be held", "será organizado") do not.
func (a *analysis) futureAt(j int) *clause {
	if j >= len(a.toks) || !a.toks[j].word {
		return nil
	}
	w := a.toks[j].fold
	if w == "will" || w == "shall" || w == "would" && a.reported(j) {
		k := a.skipAdverbs(j + 1)
		if k < len(a.toks) && a.toks[k].word && a.toks[k].fold != "be" && a.toks[k].fold != "have" && a.toks[k].fold != "take" && a.toks[k].fold != "like" {
			return &clause{action: actas.ActionCommit, verb: a.text[a.toks[j].start:a.toks[k].end], verbEnd: k + 1}
		}
		return nil
	}
	raw := a.toks[j].text
	switch w {
	case "lo", "la", "los", "las", "le", "les":
		if j+1 < len(a.toks) && (strings.HasSuffix(a.toks[j+1].text, "rá") || strings.HasSuffix(a.toks[j+1].text, "rán")) {
			return a.futureAt(j + 1) // "el Gobierno de El Salvador lo llevará a cabo ..."
		}
		return nil
	}
	if strings.HasSuffix(raw, "rá") || strings.HasSuffix(raw, "rán") || strippedFuture(raw) && a.accentless() {
		switch w {
		case "sera", "seran", "habra", "habran", "estara", "estaran", "tendra", "tendran", "podra", "podran", "debera", "deberan":
			return nil
		}
		return &clause{action: actas.ActionCommit, verb: raw, verbEnd: j + 1}
	}
	if (strings.HasSuffix(raw, "ría") || strings.HasSuffix(raw, "rían")) && len(w) >= 7 && a.reported(j) {
		switch strings.TrimSuffix(w, "n") {
		case "seria", "habria", "estaria", "tendria", "podria", "deberia", "gustaria":
			return nil
		}
		return &clause{action: actas.ActionCommit, verb: raw, verbEnd: j + 1} // "Se acordó que la ST elaboraría ..."
	}
	return nil
}

// passiveFuture reports "be" and a past participle after a future at k
// ("will be held", "shall be convened"): what happens, not who acts.
func (a *analysis) passiveFuture(k int) bool {
	k = a.skipAdverbs(k)
	if k+1 >= len(a.toks) || a.toks[k].fold != "be" || !a.toks[k+1].word {
		return false
	}
	w := a.toks[k+1].fold
	return strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// irregularParticiples are English past participles that do not end in -ed.
var irregularParticiples = map[string]bool{
	"held": true, "made": true, "done": true, "sent": true, "given": true, "taken": true,
	"written": true, "known": true, "seen": true, "built": true, "brought": true, "kept": true,
	"set": true, "put": true, "shown": true, "chosen": true, "drawn": true, "met": true, "led": true,
	"paid": true, "sought": true, "undertaken": true, "begun": true, "run": true, "spent": true,
}

// reported reports a "would" or a Spanish conditional at token j in
// reported speech, after "that" or "que" in its sentence ("agreed that ICMPD
// would circulate", "se acordó que la ST elaboraría"): the future of the
// meeting's minutes, not a wish ("would like to").
func (a *analysis) reported(j int) bool {
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		switch a.toks[k].fold {
		case "that", "que":
			return true
		case ".", ";":
			return false
		}
	}
	return a.lead.reports && j < 12 // "it was agreed that:" / "(a) Member States would complete ..."
}

// accentless reports a Spanish text whose accents were stripped (an
// archive's ASCII copy): no vowel in it carries one.
func (a *analysis) accentless() bool {
	return !strings.ContainsAny(a.text, "áéíóúÁÉÍÓÚñÑ")
}

// strippedFuture reports a third-person future that lost its accent
// ("aprobara", "enviaran"): an infinitive's ending and -a or -an.
func strippedFuture(w string) bool {
	if len(w) < 6 || !startsLower(w) {
		return false
	}
	for _, e := range []string{"ara", "era", "ira", "aran", "eran", "iran"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// sameSubjectFuture reads "and will convene" after a clause with a
// subject: the same subject commits.
func (a *analysis) sameSubjectFuture(j int) *clause {
	n := len(a.clauses)
	if n == 0 || len(a.clauses[n-1].subject) == 0 || a.clauses[n-1].action == actas.ActionCommit {
		return nil // "will designate ... and will send": one commitment
	}
	c := a.futureAt(a.skipAdverbs(j))
	if c == nil {
		return nil
	}
	c.start, c.subject = j, a.clauses[n-1].subject
	return c
}

// skipAdverbs skips adverbs between a subject and its verb.
func (a *analysis) skipAdverbs(j int) int {
	for j < len(a.toks) {
		w := a.toks[j].fold
		if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "mente") || w == "also" || w == "further" || w == "hereby" || w == "tambien" || w == "ademas" || w == "hoy" {
			j++
			continue
		}
		break
	}
	return j
}

// subjectAt reads a subject: entities joined by commas and conjunctions,
// with articles, a proper-name complement ("la Red de Funcionarios de
// Enlace"), subject words ("the Meeting") and appositions (", as Co-Chairs,").
// ok is false when no party or subject word was found.
func (a *analysis) subjectAt(i int) ([]actas.Entity, int, bool) {
	var ents []actas.Entity
	found, joined := false, true
	reps := "" // subject words that name the member states' people
	j := i
	for steps := 0; j < len(a.toks) && steps < 40; steps++ {
		t := a.toks[j]
		if es, ok := a.ents[j]; ok {
			if !joined && len(ents) > 0 {
				ents = ents[:len(ents)-1] // "the RCM Member Countries": the first names the second
			}
			ents = append(ents, es.ent)
			found, joined = true, false
			j = es.end
			continue
		}
		if t.fold == "y" || t.fold == "e" || t.fold == "and" || t.fold == "," || t.fold == "(" || t.fold == ")" {
			joined = true
		}
		if e, k, ok := a.r.structure.matchKind(a.toks, j, "subject"); ok {
			found = true
			if representatives[e.words[len(e.words)-1]] {
				reps = a.text[a.toks[j].start:a.toks[k-1].end]
			}
			j = k
			continue
		}
		if isGovernmentWord(t.fold) && j+1 < len(a.toks) && (a.toks[j+1].fold == "de" || a.toks[j+1].fold == "del" || a.toks[j+1].fold == "of") {
			j++ // "los gobiernos de Estados Unidos y México"
			continue
		}
		if _, ok := meetingPronounAt(a.toks, j); ok && j == i && i == a.skipDiscourse(0) {
			found = true // "THEY ASKED THE IOM TO ...": a paragraph's "they" is the meeting's members
			j++
			continue
		}
		if t.fold == "gobiernos" || t.fold == "governments" {
			found, reps = true, t.text // "LOS GOBIERNOS SE COMPROMETEN": the member states' governments
			j++
			continue
		}
		switch t.fold {
		case "el", "la", "los", "las", "the", "y", "e", "and", "(", ")", "de", "del", "of", "para", "for", "on", "-", "se":
			if t.fold == "se" {
				return ents, j, found
			}
			j++
			continue
		case ",":
			if k := a.apposition(j); k > j {
				j = k
				continue
			}
			if j+1 < len(a.toks) {
				if _, ok := a.ents[j+1]; ok && a.toks[j+1].fold != "we" && a.toks[j+1].fold != "nosotros" {
					j++ // not "Having examined ... the proposals of the Pro Tempore Presidency, we commit to:": "we" opens the main clause
					continue
				}
			}
		}
		if t.word && startsUpper(t.text) && (found || j == i || a.toks[j-1].fold != ",") {
			if j > i && a.toks[j-1].fold == "the" && len(t.text) >= 3 && len(t.text) <= 8 && isUpperASCII(t.text) {
				found = true // "The TAWG thanked ...": a body known by its initials
			}
			j++
			continue
		}
		break
	}
	if len(ents) == 0 && reps != "" {
		// "los funcionarios de enlace se comprometen": they speak for the member states
		ents = []actas.Entity{{Type: actas.EntityGroup, ID: actas.GroupMemberStates, Surface: reps}}
	}
	return ents, j, found
}

// representatives are the last words of subject cues that name the people
// of the member states (delegations, vice-ministers, liaison officers): as
// a subject they stand for the member states.
var representatives = map[string]bool{
	"delegaciones": true, "delegations": true, "viceministros": true, "vice-ministers": true, "ministers": true,
	"ministros": true, "delegados": true, "delegates": true, "representantes": true, "representatives": true,
	"enlace": true, "officers": true, "directores": true, "directors": true, "migracion": true, "immigration": true, "migration": true,
}

// isGovernmentWord reports a noun that names a country's government or
// delegation before the country ("el Gobierno de", "the delegations of").
func isGovernmentWord(w string) bool {
	switch w {
	case "gobierno", "gobiernos", "government", "governments", "delegacion", "delegaciones", "delegation", "delegations":
		return true
	}
	return false
}

// bothSubject reads "ambos países", "both countries", "ambos gobiernos" as
// the countries named before it in the point.
func (a *analysis) bothSubject(i int) ([]actas.Entity, int, bool) {
	if i+1 >= len(a.toks) {
		return nil, i, false
	}
	switch a.toks[i].fold {
	case "ambos", "ambas", "both":
	default:
		return nil, i, false
	}
	if !isCountriesWord(a.toks[i+1].fold) && a.toks[i+1].fold != "delegaciones" && a.toks[i+1].fold != "delegations" {
		return nil, i, false
	}
	var out []actas.Entity
	seen := map[string]bool{}
	for k := 0; k < i; k++ {
		if es, ok := a.ents[k]; ok && es.ent.Type == actas.EntityCountry && !seen[es.ent.ID] {
			seen[es.ent.ID] = true
			out = append(out, es.ent)
		}
	}
	return out, i + 2, len(out) > 0
}

// apposition skips ", as X," / ", en su calidad de X," / ", with the support
// of X," starting at a comma: a helper there is no subject.
func (a *analysis) apposition(j int) int {
	k := j + 1
	if k >= len(a.toks) {
		return j
	}
	switch a.toks[k].fold {
	case "as", "como", "en", "in", "quien", "who", "with", "con", "together", "junto", "jointly", "conjuntamente":
	default:
		return j
	}
	for m := k + 1; m < len(a.toks) && m < k+14; m++ {
		if a.toks[m].fold == "," {
			return m + 1
		}
		if a.toks[m].fold == "." || a.toks[m].fold == ";" {
			return j
		}
	}
	return j
}

// relative handles a relative clause at token i: "quienes enviarán" adds the
// antecedent as a party; "que la ST hará circular" commits the ST; ",
// ofrecimiento que los Viceministros aceptaron" adds the meeting's reaction.
func (a *analysis) relative(i int) {
	w := a.toks[i].fold
	j := i + 1
	if w == "quienes" || w == "quien" || w == "who" {
		if c := a.futureAt(a.skipAdverbs(j)); c != nil {
			if ant := a.antecedent(i); ant != nil {
				a.attachCommit(i, c, []actas.Entity{*ant})
			}
		}
		return
	}
	subj, k, found := a.subjectAt(j)
	if len(subj) == 0 && j+1 < len(a.toks) && (a.toks[j].fold == "it" || a.toks[j].fold == "they") && !a.passiveFuture(j+2) {
		if c, ant := a.futureAt(j+1), a.antecedent(i); c != nil && ant != nil {
			a.attachCommit(i, c, []actas.Entity{*ant}) // "To thank the ICRC for its report, and to take note that it will deliver ..."
			return
		}
	}
	if len(subj) > 0 {
		if c := a.futureAt(a.skipAdverbs(k)); c != nil {
			a.attachCommit(i, c, subj)
			return
		}
		// "Tomar nota de que el Gobierno de Canadá se compromete a presentar";
		// "..., que la Coalición puso a disposición ...": done, no commitment
		if c := a.finiteAt(a.skipAdverbs(k)); c != nil && (c.action == actas.ActionCommit || c.action == actas.ActionOffer) && !((w == "que" || w == "which" || w == "that") && madeAvailable(c.verb)) {
			a.attachCommit(i, c, subj)
			return
		}
	}
	// ", <noun> que <subject>? <verb>": the meeting's reaction to the clause before
	if i >= 2 && a.toks[i-2].fold == "," && a.toks[i-1].word {
		if c := a.passiveAt(j); c != nil {
			c.start = i - 1
			a.add(c)
			return
		}
		if c := a.verbAt(j, true); c != nil {
			c.start = i - 1
			a.add(c)
			return
		}
		if found {
			if c := a.finiteAt(a.skipAdverbs(k)); c != nil && c.action != actas.ActionCommit {
				c.start = i - 1
				a.add(c)
			}
		}
	}
}

// attachCommit adds a committing party found in a relative clause: to the
// current clause when it commits already, else as a new commit clause.
func (a *analysis) attachCommit(i int, c *clause, parties []actas.Entity) {
	if n := len(a.clauses); n > 0 && a.clauses[n-1].action == actas.ActionCommit {
		a.clauses[n-1].extra = append(a.clauses[n-1].extra, parties...)
		return
	}
	c.start, c.subject = i, parties
	a.add(c)
}

// antecedent is the nearest entity or group before token i.
func (a *analysis) antecedent(i int) *actas.Entity {
	var best *actas.Entity
	for k := 0; k < i; k++ {
		if es, ok := a.ents[k]; ok && es.end <= i {
			e := es.ent
			best = &e
		}
	}
	return best
}

// fillTexts sets each clause's text, from its start to the next clause.
func (a *analysis) fillTexts() {
	for n, c := range a.clauses {
		s := a.toks[min(c.start, len(a.toks)-1)].start
		e := len(a.text)
		if n+1 < len(a.clauses) {
			e = a.toks[a.clauses[n+1].start].start
		}
		if e < s {
			e = s
		}
		c.text = strings.TrimSpace(a.text[s:e])
		if a.written != "" {
			c.written = strings.TrimSpace(a.written[s:e]) // recased keeps every byte's place
		}
	}
}

// membersOf returns the member states named right after an organisation
// ("SADC Member States", "IGAD Member States"): their group's span.
func (a *analysis) membersOf(es entSpan) (entSpan, bool) {
	ms, ok := a.ents[es.end]
	return ms, ok && es.ent.Type == actas.EntityOrganisation && ms.ent.ID == actas.GroupMemberStates
}

// pronounParties are the words after a verb that stand for all the
// parties named before it in the same point ("invite both to ...").
var pronounParties = map[string]bool{"both": true, "ambos": true, "ambas": true}

// partiesBefore returns the parties named before token j, each once,
// leaving out helpers ("Bangladesh, in cooperation with the World Bank").
func (a *analysis) partiesBefore(j int) []actas.Entity {
	var out []actas.Entity
	for k := 0; k < j && k < len(a.toks); k++ {
		es, ok := a.ents[k]
		if !ok {
			continue
		}
		if !a.helperBefore(k) && es.ent.Type != actas.EntityGroup && !slices.ContainsFunc(out, func(e actas.Entity) bool { return e.ID == es.ent.ID }) {
			out = append(out, es.ent)
		}
		k = es.end - 1
	}
	return out
}

// addressee finds the parties a request, recommendation or entrustment is
// addressed to: the first entities after the verb.
func (a *analysis) addressee(c *clause, prev []actas.Entity) []actas.Entity {
	if c.passive && len(c.subject) > 0 {
		return c.subject // "IOM is requested to prepare ...", "A la OIM se le solicita"
	}
	if len(c.addressee) == 1 && c.addressee[0].Type == "anaphor" {
		return prev
	}
	if len(c.addressee) > 0 {
		// "IOM to prepare ..." under "recommendations:" (operative.go)
		return append(slices.Clip(c.addressee), a.gappedAddressees(c.verbEnd, c)...)
	}
	if a.thatClauseOfThing(c.verbEnd) {
		return nil // "propose that a joint meeting of the SACM and the RCM be held": nobody is asked
	}
	if len(prev) > 0 && a.bareQue(c.verbEnd) {
		return prev // "Agradecer a la UNODC ... y solicitar que comparta ...": who was just named is asked
	}
	if c.verbEnd < len(a.toks) && pronounParties[a.toks[c.verbEnd].fold] {
		return a.partiesBefore(c.start) // "We welcome the interest shown by SAARC and by the ASEAN Secretariat ..., and invite both to ..."
	}
	var out []actas.Entity
	words := 0
	for j := c.verbEnd; j < len(a.toks) && words < 9; {
		if es, ok := a.ents[j]; ok && a.helperBefore(j) {
			j = es.end // "is requested to prepare, in consultation with IOM and the ILO, ...": helpers, not the party asked
			continue
		}
		if es, ok := a.ents[j]; ok {
			if ms, ok := a.membersOf(es); ok {
				es = ms // "for SADC Member States": the member states, not the organisation
			}
			out = append(out, es.ent)
			j = es.end
			// more entities joined by commas and conjunctions ("a la CEPAL y a
			// la OIT"); a complement ("países miembros de la CRM") is no party
			coord := false
			for k := j; k < len(a.toks) && k < j+12; k++ {
				if es2, ok := a.ents[k]; ok {
					if len(out) == 0 || es2.ent.ID != out[len(out)-1].ID {
						if !coord {
							break
						}
						out = append(out, es2.ent)
					}
					coord = false
					j, k = es2.end, es2.end-1
					continue
				}
				t := a.toks[k]
				switch t.fold {
				case ",", "y", "e", "and", "/": // "IOM/UNHCR", "IOM / UNHCR"
					coord = true
					continue
				case "(":
					named := coord // a name after a conjunction: "... (ICMPD) and the Chair (Türkiye)"
					if _, coord = a.ents[k+1]; coord && k > j && !named {
						out = out[:len(out)-1] // "the Bali Process Co-Chairs (Australia and Indonesia)": the parties in brackets, not the process
					}
					continue
				}
				if !isJoiner(t.fold) && !(t.word && startsUpper(t.text)) && t.fold != "-" { // "Co-Chairs"
					break
				}
			}
			return append(out, a.gappedAddressees(j, c)...)
		}
		t := a.toks[j]
		if t.fold == "." || t.fold == ";" {
			break
		}
		if orgs := a.orgsNamedBefore(j, c.start); len(orgs) > 0 {
			return orgs // "... to IOM, UNHCR and ECLAC ..., and invited these organizations to ..."
		}
		if orgs := a.listedOrgsAt(j); len(orgs) > 0 && words < 4 {
			return orgs // "Invitar a los organismos observadores de la Conferencia —OIM, ACNUR, CEPAL, OEA y UNICEF— a ..."
		}
		if isAnaphor(t.fold) && a.partyPronoun(j) {
			return prev
		}
		if e, ok := a.namedOrgBefore(j, c.start); ok {
			return []actas.Entity{e} // "Tomar nota del estudio ... de la UNODC, y solicitar a esa Oficina que ...": the organisation just named
		}
		if (isCountriesWord(t.fold) || membersDelegations(a.toks, j)) && words < 4 {
			if k := a.namedAfter(j); k > j {
				j = k // "the two host countries, Mexico and Panama, to submit": the countries named
				continue
			}
			// "Instar a los países que aún no lo han hecho", "encourage those member countries"
			return []actas.Entity{{Type: actas.EntityGroup, ID: actas.GroupMemberStates, Surface: t.text}}
		}
		if t.word && !(startsUpper(t.text) && j > c.verbEnd && a.toks[j-1].word && (startsUpper(a.toks[j-1].text) || isJoiner(a.toks[j-1].fold))) {
			words++ // the words of a name in capitals count once ("la Dirección General de Migración y Extranjería de Costa Rica")
		}
		j++
	}
	return out
}

// bareQue reports "que" and a verb right after a verb at token j, with
// no party between ("solicitar que comparta su informe"): the party asked
// is the one the sentence named before.
func (a *analysis) bareQue(j int) bool {
	if j+1 >= len(a.toks) || a.toks[j].fold != "que" || !a.toks[j+1].word {
		return false
	}
	if _, named := a.ents[j+1]; named || isArticle(a.toks[j+1].fold) || isConnector(a.toks[j+1].fold) || a.toks[j+1].fold == "se" || startsUpper(a.toks[j+1].text) {
		return false // "solicitar que la OIM ...", "que los Países Miembros ...", "que se elabore ..." (no one named)
	}
	return true
}

// sameSubjectOffer matches an offer or a commitment in the past after
// "y" / "and" whose subject opened the sentence ("La delegación de México
// presentó su experiencia ..., y ofreció compartir el manual ..."): that
// subject offers.
func (a *analysis) sameSubjectOffer(i int) *clause {
	if i >= len(a.toks) || !a.toks[i].word {
		return nil
	}
	e, j, ok := a.r.actions.match(a.toks, i)
	if !ok || e.kind != "verb" && e.kind != "self" || e.action != actas.ActionOffer && e.action != actas.ActionCommit {
		return nil
	}
	s := i - 1
	for s > 0 && a.toks[s-1].fold != "." && a.toks[s-1].fold != ";" {
		s--
	}
	subj, k, ok := a.subjectAt(s)
	if !ok || len(subj) == 0 || k >= i {
		return nil
	}
	return &clause{action: e.action, verb: a.text[a.toks[i].start:a.toks[j-1].end], start: i, verbEnd: j, subject: subj}
}

// membersDelegations reports "delegaciones" / "delegations" at token j
// with no country after it: the member states' ("Recomendar a las
// delegaciones que aún no lo han hecho ..."), not "las delegaciones de
// Argentina".
func membersDelegations(toks []token, j int) bool {
	if f := toks[j].fold; f != "delegaciones" && f != "delegations" {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].fold != "de" && toks[j+1].fold != "del" && toks[j+1].fold != "of"
}

// gappedAddressees returns the parties asked by the same verb further on,
// each with an object or a "que" clause of its own ("Solicitar a la OIM el
// apoyo técnico ..., y a la Secretaría General del SICA la gestión de
// recursos", "Solicitar al ACNUR que continúe ..., y a la CEPAL que
// presente ..."): ", y a" / "and to", a party, then an article or "que",
// before the next clause or sentence.
func (a *analysis) gappedAddressees(from int, c *clause) []actas.Entity {
	stop := len(a.toks)
	for _, o := range a.clauses {
		if o.start > c.start && o.start < stop {
			stop = o.start
		}
	}
	var out []actas.Entity
	for k := from; k+2 < stop; k++ {
		switch a.toks[k].fold {
		case ".", ";", "that":
			return out
		case "y", "e", "and":
		default:
			continue
		}
		j := k + 1
		w := a.toks[j].fold
		if w != "a" && w != "al" && w != "to" && w != "upon" && w != "on" {
			continue
		}
		j++
		for n := 0; n < 5 && j < stop; n++ { // "la ST", "la Secretaría General del SICA"
			if _, ok := a.ents[j]; ok || !isJoiner(a.toks[j].fold) && !(a.toks[j].word && startsUpper(a.toks[j].text)) {
				break
			}
			j++
		}
		es, ok := a.ents[j]
		if !ok || es.end >= stop {
			continue
		}
		n := es.end
		for n+1 < stop && n < es.end+2 && a.toks[n].word && startsUpper(a.toks[n].text) {
			n++ // "the SADC Secretariat": the organisation's office
		}
		if next := a.toks[n].fold; !isArticle(a.toks[es.end].fold) && a.toks[es.end].fold != "que" && !((w == "upon" || w == "on") && next == "to") {
			continue // "... and upon the SADC Secretariat to finalise ...": its own verb
		}
		out = append(out, es.ent)
		k = es.end
	}
	return out
}

// helperBefore reports a helper word ("with", "con", "together") among the
// four tokens before token j, within its clause ("in consultation with",
// "con el apoyo de la").
func (a *analysis) helperBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch f := a.toks[k].fold; {
		case f == "," || f == ";" || f == ".":
			return false
		case helperWord(f):
			return true
		}
	}
	return false
}

// thatClauseOfThing reports a clause after "that"/"que" whose subject is a
// thing, not a party ("que el informe de la OIM sea distribuido", "that a
// meeting of the SACM be held"): the parties named in its complement are
// not asked to act.
func (a *analysis) thatClauseOfThing(j int) bool {
	if j >= len(a.toks) || a.toks[j].fold != "that" && a.toks[j].fold != "que" {
		return false
	}
	nouns := 0
	for k := j + 1; k < len(a.toks) && k < j+6; k++ {
		if _, ok := a.ents[k]; ok {
			return false
		}
		t := a.toks[k]
		switch t.fold {
		case "the", "a", "an", "el", "la", "los", "las", "un", "una":
			continue
		case "of", "de", "del":
			return nouns > 0
		}
		if !t.word || isCountriesWord(t.fold) || isGovernmentWord(t.fold) || startsUpper(t.text) {
			return false
		}
		nouns++
	}
	return false
}

// isCountriesWord reports a noun for the countries of the process, which
// a request addresses as the member states.
func isCountriesWord(w string) bool {
	switch w {
	case "paises", "countries", "estados", "states", "gobiernos", "governments":
		return true
	}
	return false
}

// partyPronoun reports whether the pronoun at j stands for parties: "both"
// alone or before a party noun, not "ambos procesos".
func (a *analysis) partyPronoun(j int) bool {
	switch a.toks[j].fold {
	case "ambos", "ambas", "both":
		if j+1 < len(a.toks) && a.toks[j+1].word {
			n := a.toks[j+1].fold
			return isCountriesWord(n) || n == "organismos" || n == "organizaciones" || n == "organizations" || n == "organisations" || n == "agencies"
		}
	case "those", "these", "estos", "estas":
		// "those member countries that have not yet done so": a group, no pronoun
		if j+1 < len(a.toks) && (a.toks[j+1].fold == "member" || isCountriesWord(a.toks[j+1].fold)) {
			return false
		}
	}
	return true
}

// namedOrgBefore resolves a demonstrative and an organisation's noun at
// token j ("esa Oficina", "dicha Organización", "that Office") to the last
// organisation the point names before its clause starts.
func (a *analysis) namedOrgBefore(j, start int) (actas.Entity, bool) {
	if j+1 >= len(a.toks) || !orgDemonstrative[a.toks[j].fold] || !orgNoun[a.toks[j+1].fold] {
		return actas.Entity{}, false
	}
	var last actas.Entity
	found := false
	for k := 0; k < start && k < len(a.toks); k++ {
		if es, ok := a.ents[k]; ok && es.ent.Type == actas.EntityOrganisation {
			last, found = es.ent, true
		}
	}
	return last, found
}

// orgDemonstrative and orgNoun make an anaphor of an organisation named
// before ("esa Oficina", "dicha Organización", "this Office").
var (
	orgDemonstrative = map[string]bool{"esa": true, "esta": true, "dicha": true, "dicho": true, "ese": true, "este": true, "that": true, "this": true}
	orgNoun          = map[string]bool{"oficina": true, "organizacion": true, "organismo": true, "agencia": true, "office": true, "organization": true, "organisation": true, "agency": true}
)

// isJoiner reports words that join a list of parties.
func isJoiner(w string) bool {
	switch w {
	case ",", "y", "e", "and", "a", "al", "la", "el", "las", "los", "the", "(", ")", "as", "well", "del", "de", "of", "to":
		return true
	}
	return false
}

// isAnaphor reports a pronoun that points back to parties named before.
func isAnaphor(w string) bool {
	switch w {
	case "them", "it", "ambos", "ambas", "both", "dichos", "dichas", "estos", "estas", "ellos", "ellas", "these", "those":
		return true
	}
	return false
}

// passiveMain matches a point's first sentence, at i, whose verb is a
// passive of a verb cue after its subject ("The agenda was adopted ...",
// "La propuesta de México fue acogida por el Grupo ..."): what the meeting
// decided on; not what came from a party ("Apologies were received from
// Bhutan").
func (a *analysis) passiveMain(i int) *clause {
	for j := i + 1; j < len(a.toks) && j <= i+10; j++ {
		if !a.toks[j].word || subordinate(a.toks[j].fold) {
			return nil
		}
		if c := a.passiveAt(j); c != nil {
			if c.verbEnd < len(a.toks) && a.toks[c.verbEnd].fold == "from" {
				return nil
			}
			c.start = i
			return c
		}
	}
	return nil
}

// passiveAt matches "fue acogido", "was welcomed": a passive of a verb cue.
func (a *analysis) passiveAt(j int) *clause {
	if j+1 >= len(a.toks) {
		return nil
	}
	switch a.toks[j].fold {
	case "fue", "fueron", "was", "were":
	default:
		return nil
	}
	k := j + 1
	if e, ok := a.stemCue(a.toks[k].fold); ok {
		return &clause{action: e.action, verb: a.text[a.toks[j].start:a.toks[k].end], verbEnd: k + 1}
	}
	return nil
}

// startsLower reports whether w starts with a lower-case letter.
func startsLower(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// cliticInfinitives returns the infinitives a verb form that carried an
// object pronoun may stand for: itself ("solicitar" of "solicitarle") or
// the infinitive of a gerund ("encomendando" of "encomendándole").
func cliticInfinitives(base string) []string {
	switch {
	case strings.HasSuffix(base, "r"):
		return []string{base}
	case strings.HasSuffix(base, "ando"):
		return []string{strings.TrimSuffix(base, "ando") + "ar"}
	case strings.HasSuffix(base, "iendo"):
		stem := strings.TrimSuffix(base, "iendo")
		return []string{stem + "er", stem + "ir"}
	}
	return nil
}

// withClitic completes a clause whose verb carried an object pronoun
// ("Solicitarle", "se le solicita"): a request, recommendation or
// entrustment asks the party the pronoun stands for, unless the party
// is named right after it ("Solicitarle a la OIM").
func (a *analysis) withClitic(c *clause, clitic bool) *clause {
	if !clitic {
		return c
	}
	switch c.action {
	case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
	default:
		return c
	}
	if a.datedParty(c.verbEnd) {
		return c
	}
	c.addressee = []actas.Entity{{Type: "anaphor"}}
	return c
}

// datedParty reports "a la OIM", "al GRCM", "a los Países Miembros" at token j.
func (a *analysis) datedParty(j int) bool {
	if j >= len(a.toks) || a.toks[j].fold != "a" && a.toks[j].fold != "al" {
		return false
	}
	for k := j + 1; k < len(a.toks) && k <= j+3; k++ {
		if _, ok := a.ents[k]; ok {
			return true
		}
		if isCountriesWord(a.toks[k].fold) {
			return true
		}
	}
	return false
}

// passiveRequest matches a passive of a request, recommendation or
// entrustment after its subject ("IOM is requested to", "Member Countries
// are invited to", "the TS has been tasked with", "the EU will be requested
// to"): the subject is asked.
func (a *analysis) passiveRequest(j int) *clause {
	k := j
	switch a.toks[k].fold {
	case "is", "are", "was", "were", "be":
		k++
	case "has", "have":
		if k+1 < len(a.toks) && a.toks[k+1].fold == "been" {
			k += 2
		} else {
			return nil
		}
	case "will", "would", "shall":
		if k+1 < len(a.toks) && a.toks[k+1].fold == "be" {
			k += 2 // "the European Union would be requested to continue ..."
		} else {
			return nil
		}
	default:
		return nil
	}
	k = a.skipAdverbs(k)
	if k < len(a.toks) && (a.toks[k].fold == "kindly" || a.toks[k].fold == "respectfully") {
		k++
	}
	e, end, ok := a.r.actions.match(a.toks, k)
	if !ok || e.kind != "verb" {
		return nil
	}
	switch {
	case e.action == actas.ActionRequest, e.action == actas.ActionEntrust:
	case e.action == actas.ActionRecommend && a.toks[k].fold == "recommended":
	case e.action == actas.ActionThank, e.action == actas.ActionCongratulate:
		// "The EU and ICMPD are thanked for ...": thanks, whoever is named
	default:
		return nil // "Panama was proposed as host": no one is asked
	}
	return &clause{action: e.action, verb: a.text[a.toks[j].start:a.toks[end-1].end], verbEnd: end, passive: true}
}

// dativeRequest matches "se le solicita" after the party it asks ("A la
// OIM se le solicita preparar ...", "A los países se les invita a"): the
// fronted party is asked.
func (a *analysis) dativeRequest(j int) *clause {
	if j+2 >= len(a.toks) || a.toks[j].fold != "se" || a.toks[j+1].fold != "le" && a.toks[j+1].fold != "les" {
		return nil
	}
	c := a.verbAt(j, false)
	if c == nil {
		return nil
	}
	switch c.action {
	case actas.ActionRequest, actas.ActionRecommend, actas.ActionEntrust:
		c.passive, c.addressee = true, nil
		return c
	}
	return nil
}

// namedAfter returns where the countries that name a noun of countries
// start, when they follow it after a comma, a colon or "de" / "of" ("the
// three partner countries, the UAE, India and the Philippines", "los
// Gobiernos de Canadá y de los Estados Unidos"), else j.
func (a *analysis) namedAfter(j int) int {
	k := j + 1
	if k >= len(a.toks) {
		return j
	}
	switch a.toks[k].fold {
	case ",", ":", "de", "del", "of":
	default:
		return j
	}
	k++
	if es, ok := a.ents[k]; ok && es.ent.Type == actas.EntityCountry {
		return k
	}
	if k+1 < len(a.toks) && isArticle(a.toks[k].fold) {
		if es, ok := a.ents[k+1]; ok && es.ent.Type == actas.EntityCountry {
			return k + 1
		}
	}
	return j
}

// addressedAt reports a party addressed at token j: "a la OIM", "al GRCM",
// "to UNHCR", "to the Technical Secretariat".
func (a *analysis) addressedAt(j int) bool {
	if j < len(a.toks) && a.toks[j].fold == "to" {
		for k := j + 1; k < len(a.toks) && k <= j+2; k++ {
			if _, ok := a.ents[k]; ok {
				return true
			}
		}
		return false
	}
	return a.datedParty(j)
}

// decidedThat reports an English that-clause at token i after a clause that
// decides ("decided that", "agreed that"), or opening a point under such a
// lead-in ("agreed on the following: b. that Nepal will ..."): a future in it
// commits its subject.
func (a *analysis) decidedThat(i int) bool {
	if n := len(a.clauses); n > 0 {
		return a.clauses[n-1].action == actas.ActionAgree
	}
	return a.lead.action == actas.ActionAgree && a.skipDiscourse(0) == i
}

// notedThat reports a that-clause the meeting takes note of ("Tomar nota
// de que la PPT circulará ...", "took note with appreciation that
// Kazakhstan will organise ..."): the party it names commits where it will
// act or says it commits ("... de que el Gobierno de Canadá se compromete
// a ..."), as ANNOTATION.md's "X will".
func (a *analysis) notedThat(i int) bool {
	n := len(a.clauses)
	if n == 0 || a.clauses[n-1].action != actas.ActionTakeNote {
		return false
	}
	k := i - 1
	if k >= 0 && (a.toks[k].fold == "de" || a.toks[k].fold == "del") {
		k--
	}
	end := a.clauses[n-1].verbEnd
	if end < k && k <= end+2 && (a.toks[end].fold == "with" || a.toks[end].fold == "con") {
		return true // "with appreciation that", "con satisfacción de que"
	}
	return k >= 0 && k < end+1
}

// roleSubjectAt matches a clause whose subject is a chair or a host named
// by its role only (kinds chair and host of structure_cues.csv: "The Chair
// will circulate", "La Presidencia circulará", "The host country will"): the
// verb keeps its action, and the party the report's roles name acts.
func (a *analysis) roleSubjectAt(i int) *clause {
	if _, named := a.ents[i]; named {
		return nil
	}
	role := "chair"
	_, j, ok := a.r.structure.matchKind(a.toks, i, role)
	if !ok {
		role = "host"
		if _, j, ok = a.r.structure.matchKind(a.toks, i, role); !ok {
			return nil
		}
	}
	for k := i; k <= j && k < len(a.toks); k++ {
		if _, named := a.ents[k]; named {
			return nil // "la Presidencia Pro Tempore" is the PPT
		}
	}
	c := a.finiteAt(a.skipAdverbs(j))
	if c == nil {
		return nil
	}
	c.role = role
	return c
}

// invertedSubject reads the party named right after a commitment cue that
// opens the sentence ("Queda encargada la ST de ...", "Se compromete la OIM
// a ..."), or nil.
func (a *analysis) invertedSubject(j int) []actas.Entity {
	if j < len(a.toks) && isArticle(a.toks[j].fold) {
		if _, named := a.ents[j]; !named {
			j++
		}
	}
	if es, ok := a.ents[j]; ok && es.ent.Type != actas.EntityGroup {
		return []actas.Entity{es.ent}
	}
	return nil
}

// madeAvailable reports a verb of giving in the simple past ("puso a
// disposición", "entregó", "made available"): what a party already did,
// not an offer; a past "ofreció", "se comprometió", "offered" or
// "undertook" still offers and commits.
func madeAvailable(verb string) bool {
	w := strings.ToLower(firstWord(verb))
	if strings.HasPrefix(w, "ofrec") || strings.HasPrefix(w, "comprom") || w == "se" || w == "offered" || w == "committed" || w == "undertook" || w == "pledged" {
		return false
	}
	switch w {
	case "puso", "pusieron", "dio", "dieron", "hizo", "hicieron", "made", "gave", "put":
		return true // "..., which the Coalition made available to the liaison officers"
	}
	return strings.HasSuffix(w, "ó") || strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron") || len(w) > 4 && strings.HasSuffix(w, "ed")
}
