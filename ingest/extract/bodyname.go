package extract

import (
	"strings"
	"unicode"
)

// bodyName makes a clean name for a body actas does not know from the
// heading: the noun phrase built on a head noun of body_name_words.csv
// ("THIRD MEETING OF THE ANDEAN FORUM ON MIGRATION" → "Andean Forum on
// Migration", "XII Reunión del Foro Andino de Migraciones, Lima" → "Foro
// Andino de Migraciones"), never the heading line itself. It returns "" when
// the heading names no body.
func (x *Extractor) bodyName(title string) string {
	toks := tokenize(title)
	h := -1
	for i := range toks {
		if e, _, ok := x.rules.bodyWords.match(toks, i); ok && e.kind == "head" {
			h = i
			break
		}
	}
	if h < 0 {
		return ""
	}
	caps := isUpperWord(strings.Join(strings.Fields(title), ""))
	start := h
	for k := h - 1; k >= 0; k-- {
		t := toks[k]
		if !t.word || x.isEventWord(toks, k) || isConnector(t.fold) || !caps && !startsUpper(t.text) || isOrdinalWord(t.fold) {
			break
		}
		start = k
	}
	_, end, _ := x.rules.bodyWords.match(toks, h)
	capsName := isUpperWord(toks[h].text) // a name in capitals ends where a line in title case was run on to it
	for k := end; k < len(toks); k++ {
		t := toks[k]
		if innerHyphen(toks, k) {
			continue // "EXTRA-REGIONAL": one word
		}
		if !t.word || x.nameStop(toks, k) || isOrdinalWord(t.fold) || capsName && !caps && startsUpper(t.text) && !isUpperWord(t.text) {
			break // "AD HOC WORKING GROUP ON LABOUR MOBILITY Grupo de Trabajo ..."
		}
		if isConnector(t.fold) {
			continue // kept only when a name word follows
		}
		if !caps && !startsUpper(t.text) {
			break
		}
		end = k + 1
	}
	words := make([]string, 0, end-start)
	for k := start; k < end; k++ {
		if toks[k].word || toks[k].fold == "-" {
			words = append(words, toks[k].text)
		}
	}
	name := strings.Join(words, " ")
	name = strings.ReplaceAll(name, " - ", "-")
	if isUpperWord(strings.Join(words, "")) {
		name = nameCase(name) // also a line in capitals over one that is not
	}
	return name
}

// innerHyphen reports a hyphen at token k that joins two words with no
// space ("Extra-Regional").
func innerHyphen(toks []token, k int) bool {
	return toks[k].fold == "-" && k > 0 && k+1 < len(toks) && toks[k-1].word && toks[k+1].word && toks[k-1].end == toks[k].start && toks[k+1].start == toks[k].end
}

// isEventWord reports a meeting or document word ("Meeting", "Informe").
func (x *Extractor) isEventWord(toks []token, k int) bool {
	e, _, ok := x.rules.bodyWords.match(toks, k)
	return ok && e.kind == "event"
}

// nameStop reports a word that ends a body's name after its head noun: a
// meeting or document word, a month, a known city or country (the place of
// the meeting); before the head a place names the body ("Colombo Process").
func (x *Extractor) nameStop(toks []token, k int) bool {
	w := toks[k].fold
	if x.isEventWord(toks, k) {
		return true
	}
	if _, ok := monthNames[w]; ok && len(w) > 3 {
		return true
	}
	if x.cities[w] != "" && !processOf(toks, k) || w == "en" || w == "in" || w == "at" || w == "held" || w == "celebrada" {
		return true
	}
	if _, ok := x.gaz.FindCountry(toks[k].text); ok && k > 0 && !isConnector(toks[k-1].fold) {
		return true
	}
	return false
}

// processOf reports a city that names a process after it ("Proceso de
// Lima", "Process of Lima"): part of the name, not the meeting's place.
func processOf(toks []token, k int) bool {
	return k >= 2 && (toks[k-1].fold == "de" || toks[k-1].fold == "of") && (toks[k-2].fold == "proceso" || toks[k-2].fold == "process")
}

// isConnector reports the small words inside a name ("on", "de", "the").
func isConnector(w string) bool {
	switch w {
	case "on", "of", "for", "the", "and", "to", "de", "del", "la", "las", "los", "el", "sobre", "para", "y", "e":
		return true
	}
	return false
}

// isOrdinalWord reports an ordinal or a roman numeral that numbers a meeting.
func isOrdinalWord(w string) bool {
	if w != "" && strings.Trim(w, "ivxlc") == "" && len(w) <= 6 {
		return true
	}
	if _, ok := numberWords[w]; ok {
		return true
	}
	for _, suf := range []string{"th", "st", "nd", "rd", "o", "a", "er", "ra"} {
		if d, ok := strings.CutSuffix(w, suf); ok && d != "" && strings.Trim(d, "0123456789") == "" {
			return true
		}
	}
	switch w {
	case "tercera", "tercero", "cuarta", "quinta", "sexta", "septima", "octava", "novena", "decima", "undecima", "duodecima", "segunda", "primera":
		return true
	}
	return false
}

// nameCase writes an all-capitals name in title case, connectors in lower case.
func nameCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && isConnector(fold(w)) {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		for j := 1; j < len(r); j++ {
			if r[j-1] == '-' {
				r[j] = unicode.ToUpper(r[j])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
