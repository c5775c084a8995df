package extract

import (
	"slices"
	"strings"

	"actas"
	"actas/ingest/gazetteer"
)

// refineBody makes one of a process's working groups the body that met
// when a line of the title block names it without the process's name
// ("WORKING GROUP ON TRAFFICKING IN PERSONS" under "THE BALI PROCESS ...").
func (x *Extractor) refineBody(h header, m *actas.Meeting) {
	b, ok := x.gaz.BodyByID(m.BodyID)
	if !ok || x.levels[b.ID] != "ministerial" {
		return
	}
	lines := rewrapped(titleLines(h))
	for _, l := range lines {
		ws := strings.Fields(l)
		// groupOf finds nothing in words with a word no body's alias has
		bodyWord := make([]bool, len(ws))
		for i, w := range ws {
			bodyWord[i] = x.gaz.BodyWords(w)
		}
		for _, i := range nameStarts(ws) {
			top := i
			for top < len(ws) && bodyWord[top] {
				top++
			}
			for n := min(top-i, 12); n >= 2; n-- {
				// the whole line, then without the words a re-wrap ran onto it
				// ("WORKING GROUP ON TRAFFICKING IN PERSONS Ninth Meeting")
				if sub, ok := x.groupOf(strings.Join(ws[i:i+n], " "), b); ok {
					m.BodyID, m.BodyEN, m.BodyAsWritten = sub.ID, sub.NameEN, strings.Join(ws[i:i+n], " ")
					return
				}
			}
		}
	}
	if sub, name, ok := x.keywordGroup(lines, b); ok {
		m.BodyID, m.BodyEN, m.BodyAsWritten = sub.ID, sub.NameEN, name
		return
	}
	lang := m.Language
	if lang == "" {
		lang = language(h.text)
	}
	if name, ok := x.unknownGroup(lines, b, lang); ok {
		m.BodyID, m.BodyEN, m.BodyAsWritten = "", name, name
		return
	}
}

// nameStarts returns where a body's name may start in a title line's
// words: its first word, each word after "of" / "de" ("NINTH MEETING OF
// THE WORKING GROUP ON ..."), and a group's noun ("... CRIME WORKING GROUP").
func nameStarts(ws []string) []int {
	out := []int{0}
	for i := 1; i+1 < len(ws); i++ {
		switch strings.ToLower(ws[i-1]) {
		case "of", "the", "de", "del", "la":
			out = append(out, i)
		default:
			if groupWords(strings.Join(ws[i:min(len(ws), i+3)], " ")) {
				out = append(out, i) // "... TRANSNATIONAL CRIME WORKING GROUP ON ...": a title run onto the process's name
			}
		}
	}
	return out
}

// unknownGroup names a group of b's process that the gazetteer does not
// know, from a title line of its own (lines, as rewrapped gives them) ("Working Group on the Black Sea
// Region" under "BUDAPEST PROCESS"): the process's name and the group's, as
// an English title writes them ("Budapest Process Working Group on the Black
// Sea Region"), or a Spanish one when lang, the report's, is es. A line that names a known body or a process is no group.
func (x *Extractor) unknownGroup(lines []string, b gazetteer.Body, lang string) (string, bool) {
	for _, l := range lines {
		if o, _, e, named := x.gaz.BodySpan(l); named {
			if o.ID != b.ID {
				continue
			}
			l = l[e:] // "BUDAPEST PROCESS Working Group on the Black Sea Region"
		}
		if f := strings.Fields(l); len(f) > 0 && isConnector(strings.ToLower(f[len(f)-1])) {
			continue // "... Working Group on Skills and" / "Qualification Recognition": the two lines joined name it
		}
		name := x.bodyName(l)
		if name == "" || !groupHead(name) {
			continue
		}
		name = x.nameGoesOn(lines, l, name)
		switch {
		case strings.Contains(fold(b.NameEN), "meeting"):
			return name, true // the RCM's groups carry no process name
		case lang == "en":
			return b.NameEN + " " + name, true
		}
		return name + " del " + b.NameES, true
	}
	return "", false
}

// nameGoesOn returns the longer name that l, a title line, gives with the
// line after it when a re-wrap cut the name there ("Thematic Area Working
// Group on Fostering Ethical" / "Recruitment Practices"), not the place on
// it; lines holds the joined pairs of rewrapped.
func (x *Extractor) nameGoesOn(lines []string, l, name string) string {
	for _, p := range lines {
		l := strings.TrimSpace(l)
		if len(p) <= len(l) || !strings.HasPrefix(p, l) {
			continue
		}
		if _, iso := x.placeIn(p[len(l):]); iso != "" {
			continue // the line after it gives the place ("San José, Costa Rica")
		}
		if longer := x.bodyName(p); strings.HasPrefix(longer, name+" ") {
			return longer
		}
	}
	return name
}

// rewrapped returns the title lines and each pair of lines joined, for a
// name a re-wrap cut ("... WORKING GROUP ON TRAFFICKING IN" / "PERSONS"),
// also inside a word ("... Working Group on Tra-" / "fficking in Persons").
func rewrapped(lines []string) []string {
	out := slices.Clone(lines)
	for i := 0; i+1 < len(lines); i++ {
		if a, b := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1]); a != "" && b != "" {
			out = append(out, unhyphen(a+" "+b))
		}
	}
	return out
}

// groupWords reports a name built on the noun of a working group or task
// force, not of a process, conference or forum.
func groupWords(name string) bool {
	f := fold(name)
	for _, w := range []string{"working group", "task force", "grupo de trabajo", "ad hoc group", "ad hoc working group", "grupo ad hoc",
		"steering group", "steering committee", "core group", "comite directivo", "comite director", "grupo directivo", "grupo central"} {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// groupHead reports a name built on the noun of a working group after at
// most three words that qualify it ("Thematic Area Working Group on
// Fostering Ethical Recruitment Practices").
func groupHead(name string) bool {
	ws := strings.Fields(name)
	for k := 0; k <= 3 && k < len(ws); k++ {
		if groupWords(strings.Join(ws[k:], " ")) {
			return true
		}
	}
	return false
}

// titleLines returns the lines of the title block: the header's first
// lines up to the one that dates the meeting, without its date.
func titleLines(h header) []string {
	var out []string
	for _, l := range h.lines {
		if ds := findDates(l); len(ds) > 0 {
			if len(out) == 0 && dateOnly(l, ds) {
				continue // a date above the title
			}
			return append(out, l[:ds[0].pos])
		}
		out = append(out, l)
	}
	return out
}

// groupOf returns the body of b's family, more specific than b, that line
// names once the process's name is added (withProcess).
func (x *Extractor) groupOf(line string, b gazetteer.Body) (gazetteer.Body, bool) {
	l := strings.TrimSpace(line)
	if countFields(l, 13) > 12 || countFields(l, 3) < 2 {
		return gazetteer.Body{}, false
	}
	if !x.gaz.BodyWords(l) {
		return gazetteer.Body{}, false // no body's name, with the process's or without
	}
	if _, _, _, named := x.gaz.BodySpan(l); named {
		return gazetteer.Body{}, false // the line names a body by itself
	}
	for _, sub := range x.withProcess(l, b) {
		if sub.ID != b.ID && bodyRank[x.levels[sub.ID]] > bodyRank[x.levels[b.ID]] {
			return sub, true
		}
	}
	return gazetteer.Body{}, false
}

// withProcess returns the bodies of b's family that words name in full once
// the process's name is added as the gazetteer's aliases write it ("... of
// the Bali Process", "Bali Process ...", "... del Proceso de Bali"), in that
// order of trial.
func (x *Extractor) withProcess(words string, b gazetteer.Body) []gazetteer.Body {
	if !x.gaz.BodyWords(words) {
		return nil // a word no body's alias has
	}
	affixes, ok := x.processAffixes[b.ID]
	if !ok {
		affixes = processAffixes(b)
	}
	out := x.gaz.WholeBodies(words, affixes[:])
	return slices.DeleteFunc(out, func(o gazetteer.Body) bool { return o.Family != b.Family })
}

// processAffixes returns what withProcess writes before and after the
// words, in its order of trial.
func processAffixes(b gazetteer.Body) [4][2]gazetteer.Phrase {
	var none gazetteer.Phrase
	return [4][2]gazetteer.Phrase{
		{none, gazetteer.NewPhrase(" of the " + b.NameEN)},
		{gazetteer.NewPhrase(b.NameEN + " "), none},
		{none, gazetteer.NewPhrase(" del " + b.NameES)},
		{none, gazetteer.NewPhrase(" de la " + b.NameES)},
	}
}
