package extract

import (
	"strings"
	"unicode"

	"actas"
)

// minutesPoints keeps, of the paragraphs of a report with no numbers
// (declarationPoints), those where the meeting itself decides, when the
// report narrates its sessions: two paragraphs or more, a fifth of them at
// least, open with a party that is not the meeting and a verb in the past
// ("La OIM presentó ...", "Panama and Costa Rica reported ..."). Such
// minutes tell what was presented and discussed; only "The Group took note
// ...", "Se acordó ...", "Guatemala ofreció ..." are agreements. The
// paragraphs kept are numbered by the agenda items they stand under, where
// each stands under one of its own, else by position again.
func minutesPoints(text string, r *rules, points []*node) []*node {
	narrated := 0
	toks := make([][]token, len(points)) // each paragraph's, read once
	for i, n := range points {
		if n.style != stylePara {
			return points // "We commit to:" / "1. ...": lists numbered as printed
		}
		toks[i] = tokenize(cleanText(text, n.spans))
		if narratesParty(toks[i], r) {
			narrated++
		}
	}
	if narrated < 2 || narrated*5 < len(points) {
		return points
	}
	decides := make([]bool, len(points))
	said := make([]bool, len(points)) // decides only in what delegations said ("The PPT presented the draft ... Delegations expressed support for the text.")
	other := false
	for i, n := range points {
		decides[i] = decidesWith(toks[i], r, true, true) || meetingLeads(n, toks[i], r) || labelledSentence(toks[i], r) || followsUp(n, toks[i], r) // "Acuerdo: Instruir al GRCM ...", one labelled decision among narrated ones
		said[i] = decides[i] && narratesParty(toks[i], r) && !labelledSentence(toks[i], r) && !meetingDecides(openingSentence(toks[i]), r) && !laterDecision(toks[i], r)
		other = other || decides[i] && !said[i]
	}
	var kept []*node
	for i, n := range points {
		if !decides[i] || said[i] && other {
			continue // what was said, where the meeting decides elsewhere
		}
		if narratesParty(toks[i], r) {
			dropNarration(text, r, n, true)
		}
		n.spans = withoutLabels(text, r, n.spans)
		n.value = len(kept) + 1
		kept = append(kept, n)
	}
	if len(kept) == 0 {
		return points
	}
	numberByItem(text, r, kept, itemHeads(text, r, kept)) // "5. Migrant children" / "... The Vice-Ministers agreed ...": point 5
	return kept
}

// followsUp reports a paragraph that opens with a follow-up label over a
// list ("Next steps:" / "- IOM will prepare ..."; kind followup_label of
// structure_cues.csv): what the meeting set to be done.
func followsUp(n *node, toks []token, r *rules) bool {
	_, j, ok := r.structure.matchKind(toks, 0, "followup_label")
	return ok && len(n.children) > 0 && j < len(toks) && toks[j].fold == ":"
}

// itemHeads returns, for each point, the heading of the agenda item it
// stands under: the last line between the point before and it that
// itemHeading reads as one ("5. Migrant children and adolescents"), or nil.
func itemHeads(text string, r *rules, points []*node) []*para {
	heads := make([]*para, len(points))
	from := 0
	for i, n := range points {
		at := n.spans[0].start
		if at < from {
			return heads
		}
		for _, ln := range splitLines(text[from:at]) {
			p := &para{spans: []span{{start: from + ln.start, end: from + ln.end}}}
			if strings.TrimSpace(text[p.spans[0].start:p.spans[0].end]) != "" && itemHeading(text, r, p) {
				heads[i] = p
			}
		}
		from = n.spans[len(n.spans)-1].end
	}
	return heads
}

// dropNarration marks in a paragraph of minutes the sentences before the
// first one where the meeting decides ("Several delegations supported the
// proposal but asked for its cost. The Group thanked IOM ..."): what was
// said there decides nothing, though the parties it names are mentioned. A
// party's own offer decides where offers is set.
func dropNarration(text string, r *rules, n *node, offers bool) {
	toks := tokenize(cleanText(text, n.spans))
	s, k := 0, 0
	for i := range toks {
		if !closesSentence(toks, i) {
			continue
		}
		if decidesWith(toks[s:i+1], r, offers, false) || labelsDecision(toks[s:i+1], r) {
			n.narrated = k
			return
		}
		s, k = i+1, k+1
	}
}

// openingSentence returns the tokens of the first sentence of toks, past a
// label that opens it ("Outcome. Panama offered to host ...").
func openingSentence(toks []token) []token {
	s := labelEnd(toks)
	return toks[:s+sentenceStart(toks[s:], 1)]
}

// closesSentence reports a full stop at toks[i] that ends a sentence: the
// last token, or one before a capital.
func closesSentence(toks []token, i int) bool {
	return toks[i].text == "." && (i+1 == len(toks) || startsUpper(toks[i+1].text))
}

// sentenceStart returns the index of the first token of sentence k of
// toks, counted from 0, or len(toks).
func sentenceStart(toks []token, k int) int {
	for i := range toks {
		if k == 0 {
			return i
		}
		if closesSentence(toks, i) {
			k--
		}
	}
	return len(toks)
}

// decisionsBefore returns, as points numbered by position, the paragraphs
// of minutes before end where the meeting itself decides ("The Network
// agreed to compile ...", "The Network thanked the ICRC ... and asked it
// ..."), when a closing list holds what the meeting recommends to another
// body ("RECOMMENDATIONS TO THE RCGM" / "1. ..."): the minutes hold what it
// decided. It returns nil unless two paragraphs or more narrate.
func decisionsBefore(text string, r *rules, paras []*para, end int) []*node {
	narrated := 0
	var kept []*node
	for _, p := range paras {
		if p.spans[0].start >= end {
			break
		}
		t := spansText(text, p.spans)
		if len(t) < minParagraph && !strings.HasSuffix(t, ".") {
			continue // a heading: "Missing migrants", "RECOMMENDATIONS TO THE RCGM"
		}
		toks := tokenize(t)
		narrates := narratesParty(toks, r)
		if narrates {
			narrated++
		}
		if !meetingItselfDecides(toks, r) {
			continue
		}
		n := &node{style: stylePara, value: len(kept) + 1, spans: p.spans, markStart: p.spans[0].start, paraAt: -1}
		if narrates {
			dropNarration(text, r, n, false)
		}
		for j, b := range p.bullets {
			b.parent, b.value = n, j+1
			n.children = append(n.children, b)
		}
		kept = append(kept, n)
	}
	if narrated < 2 {
		return nil
	}
	return kept
}

// decidesAmongNarrative reports paragraphs of minutes whose lists under
// lead-ins ("Concluida la presentación, las delegaciones acordaron:" / "-
// ...") sit among paragraphs that narrate (two or more) and paragraphs of
// their own where the meeting decides ("Se acordó ...", "La Red agradeció
// ..."): every deciding paragraph is a point, as minutesPoints reads them.
func decidesAmongNarrative(text string, r *rules, points []*para) bool {
	narrated, decides := 0, false
	for _, p := range points {
		toks := tokenize(spansText(text, p.spans))
		if narratesParty(toks, r) {
			narrated++
		} else if len(p.bullets) == 0 && meetingDecides(toks, r) {
			decides = true
		}
	}
	return narrated >= 2 && decides
}

// narratesParty reports a paragraph whose first sentence opens with a
// party other than the meeting and a verb in the past ("The Coordinator
// of the TS presented ...", "La delegación de Costa Rica informó ...").
func narratesParty(toks []token, r *rules) bool {
	s := labelEnd(toks) // "Discussion. Canada presented ...", "Informes nacionales. Cada delegación presentó ...": a label opens the paragraph
	for k := s; k < len(toks) && k < s+16; k++ {
		t := toks[k]
		switch {
		case t.text == "." || t.text == ":" || t.text == ";":
			return false
		case t.text == ",":
			s = k + 1 // "Following a presentation by IOM, the Network requested ...": the subject comes after
		case t.word && subordinate(t.fold):
			return false // "... las disposiciones que los gobiernos adoptaron": no sentence's subject
		case k > s && t.word && unicode.IsLower(firstRune(t.text)) && (pastVerb(t.fold) || strings.HasSuffix(t.text, "ó") || unaccentedPreterite(toks, s, k)):
			return startsUpper(toks[s].text) && !wholeMeetingAt(toks, s, r) && !cueAfter(toks, s, r) && !introWord(toks[s].fold)
		}
	}
	return false
}

// labelsDecision reports a paragraph that opens with a decision label, a
// colon and prose ("Agreement: To instruct the RCGM ..."; kind
// decision_label of structure_cues.csv), unless it says nothing was decided.
func labelsDecision(toks []token, r *rules) bool {
	if len(toks) == 0 || !startsUpper(toks[0].text) {
		return false
	}
	_, j, ok := r.structure.matchKind(toks, 0, "decision_label")
	return ok && j+1 < len(toks) && toks[j].fold == ":" && toks[j+1].word && !decidesNothing(toks, r)
}

// labelledSentence reports a paragraph with a sentence that opens with a
// decision label (labelsDecision), the first or one after the narrative
// its line breaks were lost into ("... cambios de personal. Acuerdo:
// Solicitar a la ST ...").
func labelledSentence(toks []token, r *rules) bool {
	for k := 0; ; k++ {
		s := sentenceStart(toks, k)
		if s == len(toks) {
			return false
		}
		if labelsDecision(toks[s:], r) {
			return true
		}
	}
}

// withoutLabels returns spans without the decision labels that open a
// sentence in them ("Acuerdo:" in "... cambios de personal. Acuerdo:
// Solicitar a la ST ..."): a label names no action.
func withoutLabels(text string, r *rules, spans []span) []span {
	var out []span
	for _, sp := range spans {
		toks := tokenize(text[sp.start:sp.end])
		from := sp.start
		for k := range toks {
			if k > 0 && toks[k-1].text != "." || !labelsDecision(toks[k:], r) {
				continue
			}
			_, j, _ := r.structure.matchKind(toks, k, "decision_label")
			if at := sp.start + toks[k].start; at > from {
				out = append(out, span{from, at})
			}
			from = sp.start + toks[j].end // past the colon
		}
		if from < sp.end {
			out = append(out, span{from, sp.end})
		}
	}
	return out
}

// labelEnd returns the token after a label that opens a paragraph: up to
// six words and a full stop or colon, before a capital where the label
// has two words or more ("Discussion:", "Estudio sobre tráfico ilícito de
// migrantes."); else 0.
func labelEnd(toks []token) int {
	for k := 0; k < len(toks) && k <= 6; k++ {
		if !toks[k].word {
			if k > 0 && (toks[k].text == "." || toks[k].text == ":") && k+1 < len(toks) && (k == 1 || startsUpper(toks[k+1].text)) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// unaccentedPreterite reports a Spanish verb in "-o" right after a name
// that an article opens, where accents were lost ("La OIM presento ...",
// "La Secretaria Tecnica informo ..."): the past such a subject's verb is
// told by, its accent gone; not "Un mecanismo", "Por ultimo".
func unaccentedPreterite(toks []token, s, k int) bool {
	w := toks[k].text
	if len(w) < 5 || !strings.HasSuffix(w, "o") || k-s < 2 || !toks[k-1].word || !startsUpper(toks[k-1].text) {
		return false
	}
	switch toks[s].fold {
	case "el", "la", "los", "las":
		return true
	}
	return false
}

// subordinate reports a folded word that opens a clause inside the
// sentence ("que", "that", "which").
func subordinate(w string) bool {
	switch w {
	case "que", "quien", "quienes", "cuando", "that", "which", "who", "when":
		return true
	}
	return false
}

// introWord reports a folded word that opens a phrase before a sentence's
// subject ("Tras examinar ...", "Following ...", "During ...").
func introWord(w string) bool {
	switch w {
	case "tras", "durante", "despues", "luego", "al", "en", "con", "after", "following", "during", "in", "at", "with", "upon":
		return true
	}
	return false
}

// meetingDecides reports a paragraph where the meeting decides: the meeting
// as subject of a verb of the action table ("Luego de un intercambio de
// opiniones, el Grupo aprobó ...", "The delegations thanked ..."), a
// decision with no subject ("Se acordó ...", "It was agreed that ..."), or
// a party's own offer or commitment ("Guatemala ofreció ser sede ...",
// "La delegación de Canadá se comprometió a ...").
func meetingDecides(toks []token, r *rules) bool {
	return decidesWith(toks, r, true, false)
}

// meetingItselfDecides is meetingDecides without the offers and
// commitments of single parties: the meeting, or no subject, decides.
func meetingItselfDecides(toks []token, r *rules) bool {
	return decidesWith(toks, r, false, false)
}

// decidesWith is meetingDecides, with a party's own offer counted when offers
// is set, and a cue the meeting's predicate coordinates when coordinated is
// (coordinatedCue: minutes only, where no list follows that such a
// sentence would introduce).
func decidesWith(toks []token, r *rules, offers, coordinated bool) bool {
	if len(toks) > 0 && startsUpper(toks[0].text) && !strings.HasSuffix(toks[0].text, "ó") && cueAfter(toks, 0, r) {
		return true // "Instruyeron al GRCM ...", "Acordaron, asimismo:": the meeting, unnamed; not "Recordó la PPT que ..."
	}
	clause := true // toks[k] opens a sentence or a clause
	first := true  // toks[k] is in the paragraph's first sentence, after its label ("Outcome. Panama offered ...")
	for k := labelEnd(toks); k < len(toks); k++ {
		t := toks[k]
		if !t.word {
			clause = t.text == "." || t.text == "," || t.text == ":" || t.text == ";"
			first = first && t.text != "."
			continue
		}
		if subordinate(t.fold) {
			for k < len(toks) && toks[k].text != "." {
				k++ // "Informó que la Coalición se comprometió ...": what a party reported, no decision of the meeting
			}
			clause, first = true, first && k >= len(toks)
			continue
		}
		if clause && wholeMeetingAt(toks, k, r) {
			j, ok := meetingPronounAt(toks, k)
			if !ok {
				_, j, _ = r.structure.matchKind(toks, k, "subject")
			}
			if cueAfter(toks, j, r) || coordinated && coordinatedCue(toks, j, r) {
				return true
			}
		}
		if impersonalDecision(toks, k) || clause && seDecision(toks, k, r) || clause && first && passiveDecision(toks, k, r) || offers && first && partyOffers(toks, k, r) {
			return true
		}
		clause = false
	}
	return false
}

// meetingLeads reports a paragraph that names the meeting and leads into
// the list under it with a colon ("Los Viceministros y Jefes de
// Delegación:", "Following the discussion, the Vice-Ministers:").
func meetingLeads(n *node, toks []token, r *rules) bool {
	if len(n.children) == 0 || len(toks) < 2 || toks[len(toks)-1].text != ":" {
		return false
	}
	if wholeMeetingAt(toks, 0, r) {
		return true
	}
	for k := 1; k < min(len(toks)-1, 8); k++ {
		if toks[k].text == "," {
			return wholeMeetingAt(toks, k+1, r) // after a phrase that sets the scene
		}
	}
	return false
}

// wholeMeetingAt reports the meeting, or its members as a whole, named at
// toks[i] ("El Grupo", "The delegations", "Los países miembros"): a
// meetingSubject, and not some of its members ("Las delegaciones de
// Guatemala y Nicaragua", "Delegations from Belize ...").
func wholeMeetingAt(toks []token, i int, r *rules) bool {
	if _, ok := meetingPronounAt(toks, i); ok {
		return true
	}
	e, j, ok := r.structure.matchKind(toks, i, "subject")
	if !ok || !meetingSubject(strings.Join(e.words, " ")) {
		return false
	}
	if j+1 < len(toks) {
		switch toks[j].fold {
		case "de", "of", "from":
			k := j + 1
			if (isArticle(toks[k].fold) || toks[k].fold == "los" || toks[k].fold == "las") && k+1 < len(toks) {
				k++ // "los representantes de la OIM": the article before the name
			}
			return !startsUpper(toks[k].text) // "los Viceministros de los países miembros", not "las delegaciones de Guatemala"
		}
	}
	return true
}

// meetingPronounAt reports a pronoun at toks[i] that stands for the
// meeting's members as a paragraph's subject ("They agreed:", "Ellos
// acordaron ..."), and the token after it.
func meetingPronounAt(toks []token, i int) (int, bool) {
	switch toks[i].fold {
	case "they", "ellos", "ellas":
		return i + 1, true
	}
	return i, false
}

// cueAfter reports a verb of the action table at toks[j], after at most
// three adverbs or pronouns ("The Group also requested ...", "El Grupo le
// solicitó ...").
func cueAfter(toks []token, j int, r *rules) bool {
	for skip := 0; j < len(toks) && skip <= 3; skip++ {
		e, end, ok := r.actions.match(toks, j)
		if !ok {
			e, end, ok = r.actions.matchInflected(toks, j)
		}
		if ok {
			return !(e.action == actas.ActionTakeNote && end < len(toks) && subordinate(toks[end].fold)) // not "Delegates noted that few Member States ...": what they observed
		}
		switch toks[j].fold {
		case "also", "further", "then", "unanimously", "finally", "therefore", "asimismo", "tambien", "ademas", "finalmente", "luego", "le", "les", "se", "nos":
			j++
			continue
		}
		return false
	}
	return false
}

// coordinatedCue reports a cue after "and" / "y" in the sentence that
// opens at toks[j], the predicate of the meeting named before it ("The
// Group did not reach consensus and agreed to revisit it", "El Grupo
// analizó la propuesta y decidió ..."), before any comma or relative
// clause (kind relative of structure_cues.csv); not a party's ("... and
// Mexico noted").
func coordinatedCue(toks []token, j int, r *rules) bool {
	for k := j; k+1 < len(toks) && !strings.Contains(".;,", toks[k].text); k++ {
		switch toks[k].fold {
		case "and", "y", "e":
			if cueAfter(toks, k+1, r) {
				return true
			}
		}
		if _, _, ok := r.structure.matchKind(toks, k, "relative"); ok {
			return false // "... and reported that the Group agreed ...": what it heard
		}
	}
	return false
}

// seDecision reports a clause that opens with "se" and a cue verb in the
// past ("Concluida la presentación, se aprobó el informe ...", "se encomendó
// a la ST ..."): the meeting decides, unnamed; not "se informó" (no cue).
func seDecision(toks []token, k int, r *rules) bool {
	if toks[k].fold != "se" || k+1 >= len(toks) {
		return false
	}
	v := toks[k+1].fold
	if !strings.HasSuffix(v, "o") && !strings.HasSuffix(v, "aron") && !strings.HasSuffix(v, "ieron") {
		return false // "se solicita", "se recomienda": the present of a recommendation's text
	}
	e, _, ok := r.actions.matchInflected(toks, k+1)
	return ok && e.kind == "verb" && e.action != actionLead && e.action != actas.ActionNone && e.action != actas.ActionOther
}

// impersonalDecision reports a decision with no subject at toks[k]: "se
// acordó", "se convino", "it was agreed", "it was further decided".
func impersonalDecision(toks []token, k int) bool {
	at := func(i int) string {
		if i < len(toks) {
			return toks[i].fold
		}
		return ""
	}
	switch t := toks[k].fold; {
	case t == "se":
		switch at(k + 1) {
		case "acordo", "acordaron", "convino", "convinieron", "decidio", "decidieron", "resolvio", "resolvieron":
			return true
		}
	case t == "it" && at(k+1) == "was":
		w := at(k + 2)
		if w == "also" || w == "further" {
			w = at(k + 3)
		}
		return w == "agreed" || w == "decided" || w == "resolved"
	}
	return false
}

// passiveDecision reports a sentence or clause at toks[k] whose verb, a cue
// of the action table, is in the passive ("The agenda was adopted ...",
// "La propuesta de México fue acogida por el Grupo ...", "The Member
// Countries were urged to ..."): the meeting decided it.
func passiveDecision(toks []token, k int, r *rules) bool {
	for j := k + 1; j < len(toks) && j <= k+10; j++ {
		t := toks[j]
		if !t.word || subordinate(t.fold) {
			return false
		}
		switch t.fold {
		case "was", "were", "fue", "fueron":
		default:
			continue
		}
		for j++; j < len(toks) && (toks[j].fold == "also" || toks[j].fold == "duly" || toks[j].fold == "unanimously" || toks[j].fold == "tambien"); j++ {
		}
		e, end, ok := r.actions.match(toks, j)
		if !ok {
			e, end, ok = r.actions.matchInflected(toks, j)
		}
		from := end < len(toks) && toks[end].fold == "from" // "Apologies were received from Bhutan"
		return ok && e.kind == "verb" && e.action != actionLead && e.action != actas.ActionNone && !from
	}
	return false
}

// partyOffers reports a party's own offer or commitment at toks[k], after
// its name ("Guatemala ofreció ...", "The ICRC offered to ...", "Canadá se
// comprometió a ..."), not the offer talked of ("welcomed the offer").
func partyOffers(toks []token, k int, r *rules) bool {
	name := nameBeforeAside(toks, k)
	if name < 0 || !toks[name].word || !startsUpper(toks[name].text) {
		return false
	}
	e, _, ok := r.actions.match(toks, k)
	return ok && e.kind == "self" && (e.action == actas.ActionOffer || e.action == actas.ActionCommit)
}

// nameBeforeAside returns the token before toks[k], or, where an aside set off
// by commas stands between a name and its verb ("Canada, as Presidency Pro
// Tempore, undertook ...", "Panamá, en su calidad de sede, ofreció ..."),
// the token before that aside; -1 at the start.
func nameBeforeAside(toks []token, k int) int {
	if k == 0 || toks[k-1].text != "," {
		return k - 1
	}
	for j := k - 2; j > 0 && j >= k-14; j-- {
		switch toks[j].text {
		case ",":
			switch toks[j+1].fold {
			case "as", "como", "en", "in":
				return j - 1
			}
			return -1
		case ".", ";", ":":
			return -1
		}
	}
	return -1
}
