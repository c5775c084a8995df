package extract

import (
	"strings"
	"unicode"
)

// englishFinite are words that follow a plural subject as its finite verb
// without the "-ed" of a regular past ("Ministers took note", "Delegations
// will ...").
var englishFinite = map[string]bool{
	"took": true, "gave": true, "made": true, "met": true, "will": true, "shall": true,
	"also": true, "further": true, "have": true, "are": true, "were": true, "agree": true,
	"welcome": true, "thank": true, "reaffirm": true, "recognize": true, "recognise": true,
	"express": true, "note": true, "take": true, "commit": true, "decide": true,
	"agreed": true, "undertook": true, "held": true, "led": true, "sent": true, "sought": true,
	"brought": true, "kept": true, "spoke": true,
}

// englishPronouns open a sentence with the meeting as subject.
var englishPronouns = map[string]bool{"they": true, "we": true}

// finiteOpening reports a paragraph that opens with a finite verb whose
// subject is the meeting ("Agradecieron ...", "Se comprometieron ...",
// "Reafirmamos ...", "Los Viceministros aprobaron ...", "They thanked ...",
// "Ministers welcomed ...", "Reaffirmed ..."), after an opening phrase of up to six words and
// a comma ("Por último, ..."): the form of a declaration's own decisions,
// not of the infinitives, "que" clauses and noun phrases that continue a
// lead-in.
func finiteOpening(t string, r *rules) bool {
	if !startsUpper(t) {
		return false // tested before tokenizing
	}
	toks := wordTokens(t[:min(len(t), 240)])
	if len(toks) == 0 {
		return false
	}
	if finiteVerbAt(t, toks, 0) {
		return true // "Se comprometieron a designar, a más tardar ..."
	}
	k := 0
	if comma := strings.IndexByte(t, ','); comma > 0 && comma < 80 && countFields(t[:comma], 7) <= 6 && !strings.ContainsAny(t[:comma], ".;:") {
		for k < len(toks) && toks[k].start < comma {
			k++
		}
	}
	if k >= len(toks) {
		return false
	}
	if e, j, ok := r.structure.match(toks, k); ok && e.kind == "subject" {
		return j < len(toks) // "Los Viceministros aprobaron", "The Ministers welcomed"
	}
	w := toks[k].fold
	if englishPronouns[w] {
		return true
	}
	if w == "se" && k+1 < len(toks) {
		return spanishFinite(toks[k+1].fold)
	}
	if k == 0 && englishPast(toks[k].text) || finiteVerbAt(t, toks, k) {
		return true // not "Strengthen the networks."
	}
	// an English plural subject and its verb: "Ministers welcomed", "The
	// delegations thanked", "All Member States agreed"
	for j := k; j < min(len(toks)-1, k+4); j++ {
		s, v := toks[j].text, toks[j+1].text
		if len(s) > 3 && strings.HasSuffix(s, "s") && unicode.IsLower(firstRune(v)) &&
			(strings.HasSuffix(v, "ed") || englishFinite[v]) {
			return true
		}
	}
	return namedSubject(t, toks, k)
}

// finiteVerbAt reports a Spanish finite verb at token k, alone or after a
// reflexive "se" ("Agradecieron", "Se comprometieron").
func finiteVerbAt(t string, toks []token, k int) bool {
	if toks[k].fold == "se" && k+1 < len(toks) {
		return spanishFinite(toks[k+1].fold)
	}
	return spanishFinite(toks[k].fold) && language(t) == "es"
}

// nameLinks are the small words inside names and lists of names.
var nameLinks = map[string]bool{"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "y": true, "e": true,
	"of": true, "the": true, "and": true, "for": true, "on": true, "para": true, "sobre": true}

// determiners open a noun phrase, not a name.
var determiners = map[string]bool{"el": true, "la": true, "los": true, "las": true, "un": true, "una": true, "unos": true, "unas": true,
	"the": true, "a": true, "an": true, "this": true, "these": true, "este": true, "esta": true}

// namedSubject reports a sentence whose subject is a name, with its verb in
// the past: "El Gobierno de México ofreció ...", "Canadá informó ...",
// "Panamá y Costa Rica presentaron ...", "The Government of Belize offered
// ...": the name in capitals, then the verb within six words, no comma
// between.
func namedSubject(t string, toks []token, k int) bool {
	if !unicode.IsUpper(firstRune(toks[k].text)) {
		return false
	}
	for j := k + 1; j < min(len(toks), k+7); j++ {
		if strings.ContainsAny(t[toks[j-1].end:toks[j].start], ",;:.") {
			return false
		}
		w := toks[j].text
		if !unicode.IsLower(firstRune(w)) || nameLinks[w] {
			continue // the name goes on: "Gobierno de México", "Costa Rica y Panamá"
		}
		if prev := toks[j-1].text; !unicode.IsUpper(firstRune(prev)) || determiners[toks[j-1].fold] {
			return false // a verb follows the name right away ("Un grupo" is no name)
		}
		if presentFinite(toks, j) {
			return true // "Colombia se compromete a ...", "Costa Rica offers to host ..."
		}
		n := len([]rune(w))
		// "ofreció", also with its accent lost ("ofrecio"), but no participle
		past := strings.HasSuffix(w, "ó") || strings.HasSuffix(w, "o") && !strings.HasSuffix(w, "ado") && !strings.HasSuffix(w, "ido")
		return n > 3 && (past || strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron") ||
			strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || englishFinite[w])
	}
	return false
}

// presentFinite reports a verb in the present at token j after a name: a
// Spanish reflexive ("se compromete", "se ofrecen") or an English third
// person before "to" ("offers to", "commits to").
func presentFinite(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	w, next := toks[j].fold, toks[j+1].fold
	switch toks[j-1].fold {
	case "que", "that", "which", "it", "this":
		return false // "Que se realice ...": a clause, no name
	}
	if w == "ofrece" || w == "ofrecen" {
		return true // "Colombia ofrece ser sede de ...": an offer, with no "se"
	}
	if w == "se" {
		n := len([]rune(next))
		return n > 4 && (strings.HasSuffix(next, "e") || strings.HasSuffix(next, "en") || strings.HasSuffix(next, "a") || strings.HasSuffix(next, "an"))
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && next == "to"
}

// englishPastIrregular are past forms that open a paragraph of a summary
// whose subject is the meeting's lead-in ("The Vice-Ministers:" / "Took note
// of ...").
var englishPastIrregular = map[string]bool{"Took": true, "Gave": true, "Made": true, "Met": true, "Held": true, "Saw": true, "Heard": true, "Underwent": true}

// englishPast reports a capitalised English verb in the simple past that
// opens a paragraph ("Reaffirmed ...", "Welcomed ...", "Took note ..."), as
// summaries continue a lead-in that names the meeting ("the Vice-Ministers:").
func englishPast(w string) bool {
	if englishPastIrregular[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && unicode.IsUpper(firstRune(w)) && !isUpperWord(w)
}

// spanishFinite reports a Spanish verb in the third or first person plural
// of the past or present ("aprobaron", "agradecieron", "reafirmamos",
// "acuerdan", "reconocen") as a declaration opens its paragraphs with; an
// infinitive ("aprobar") or a subjunctive clause ("que se realice") is not.
func spanishFinite(w string) bool {
	n := len([]rune(w))
	switch {
	case n > 5 && strings.HasSuffix(w, "ron"): // aprobaron, agradecieron, concluyeron
		return true
	case n > 6 && (strings.HasSuffix(w, "amos") || strings.HasSuffix(w, "imos") || strings.HasSuffix(w, "emos")):
		return true
	case n > 6 && (strings.HasSuffix(w, "aban") || strings.HasSuffix(w, "ian")):
		return true
	case n > 5 && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "en")) && !strings.HasSuffix(w, "men") && !strings.HasSuffix(w, "gen"):
		return true // acuerdan, reafirman, reconocen (not examen, origen)
	}
	return false
}

// governedLists nests under a paragraph that ends with a colon the
// paragraphs that continue it grammatically (an infinitive, "que" and a
// subjunctive, a noun phrase: "En consecuencia, acordaron:" then
// "Comprometerse a ...", "Que se realice ..."), where the paragraphs before
// it open with a finite verb: the list ends at the first paragraph that
// takes up that form again ("Agradecieron ..."), which is a point of its
// own. It reports whether it nested any.
func governedLists(text string, r *rules, points []*para) ([]*para, bool) {
	var out []*para
	nested := false
	finiteSeen := false
	var lead *para
	for _, p := range points {
		t := spansText(text, p.spans)
		finite := finiteOpening(t, r)
		if lead != nil && !finite && !capsVerbOpening(t, r) { // not "... los Viceministros ACUERDAN:" / "EXPRESAR ...": the formula's points go on the list
			lead.subs = append(lead.subs, p)
			nested = true
			continue
		}
		lead = nil
		if finiteSeen && strings.HasSuffix(t, ":") && len(p.bullets) == 0 {
			lead = p
		}
		finiteSeen = finiteSeen || finite
		out = append(out, p)
	}
	return out, nested
}

// openingTail cuts off the end of the opening paragraph where it runs on,
// after its closing colon, into a sentence that opens with a finite verb
// ("... los Viceministros asistentes: Reafirmaron que ..."), as a converter
// joins a lead-in and the first paragraph it governs: that sentence and
// what follows are the first point, when at least minLen long. It returns
// nil when there is none.
func openingTail(text string, r *rules, p *para, minLen int) *para {
	for k, sp := range p.spans {
		line := strings.TrimRight(text[sp.start:sp.end], spaces)
		for i := strings.IndexByte(line, ':'); i >= 0; {
			at := i + 1
			for at < len(line) && line[at] == ' ' {
				at++
			}
			// the rest of the paragraph, where a re-wrap cut the sentence
			// or put the colon at a line's end
			if rest := strings.TrimSpace(line[at:] + " " + spansText(text, p.spans[k+1:])); (at > i+1 || at == len(line)) && len(rest) >= minLen && rest != "" && (finiteOpening(rest, r) || bareLeadIn(line[:i+1], r) || formulaEnds(line[:i], r) && capsVerbOpening(rest, r)) {
				tail := &para{spans: p.spans[k+1:], bullets: p.bullets}
				if at < len(line) {
					tail.spans = append([]span{{sp.start + at, sp.end}}, p.spans[k+1:]...)
				}
				p.spans = append(p.spans[:k:k], span{sp.start, sp.start + i + 1})
				p.bullets = nil
				return tail
			}
			j := strings.IndexByte(line[at:], ':')
			if j < 0 {
				break
			}
			i = at + j
		}
	}
	return nil
}
