package followup

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
)

// Rules are the analyst-editable word lists the matcher uses: cues,
// product kinds, stop words and synonyms, read from data/*.csv.
type Rules struct {
	actions      map[string]bool     // clause actions that can record a fulfilment
	fulfil       []cue               // completion cues
	notFulfil    []cue               // cues that a later clause is not a fulfilment
	fulfilSuffix []string            // word endings (accented) that mark a completed act
	future       []cue               // announcements: the clause speaks of something still to come
	futureSuffix []string            // word endings (accented) that mark a future act
	progress     []cue               // progress reports and drafts: under way, not done
	asksProgress []cue               // a commitment asking for a draft or progress, which a progress report fulfils
	place        []cue               // words before a country name that make it a place, not a party
	product      map[string]bool     // terms naming a product kind
	makes        map[string]bool     // verbs of making or delivering a product ("prepare", "send"): a delivered product implies them
	stop         map[string]bool     // folded stop words
	weak         map[string]bool     // party ids whose mention is weak evidence
	actionTerms  map[string][]string // commitment action → implied stems ("recommend" → proposal)
	purpose      []string            // phrases that start a purpose ("in order to"), cut from commitments
	synonym      map[string]string   // stem → concept head
	phrases      map[string][]multi  // first stem → multi-word synonyms starting with it
	aliases      map[string][]string // entity type:id → folded padded names, stripped from texts
}

// multi is a multi-word synonym ("plan de trabajo"), as stems, and its concept head.
type multi struct {
	stems []string
	head  string
}

// Files the rules are read from; synonyms.csv is optional (the data teammate's shared list).
const (
	cuesFile         = "followup_cues.csv"
	synonymsFile     = "followup_synonyms.csv"
	sharedSynonyms   = "synonyms.csv"
	minSynonymFields = 3
)

// LoadRules reads the cue and synonym lists from fsys (data.FS in production).
func LoadRules(fsys fs.FS) (*Rules, error) {
	r := &Rules{
		actions: map[string]bool{}, product: map[string]bool{}, makes: map[string]bool{}, stop: map[string]bool{},
		weak: map[string]bool{}, actionTerms: map[string][]string{},
		synonym: map[string]string{}, phrases: map[string][]multi{}, aliases: map[string][]string{},
	}
	cues, err := readCSV(fsys, cuesFile, 3)
	if err != nil {
		return nil, err
	}
	for _, row := range cues {
		if err := r.addCue(row[0], row[1], row[2]); err != nil {
			return nil, fmt.Errorf("%s: %w", cuesFile, err)
		}
	}
	for _, name := range []string{synonymsFile, sharedSynonyms} {
		rows, err := readCSV(fsys, name, minSynonymFields)
		if errors.Is(err, fs.ErrNotExist) && name == sharedSynonyms {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, row := range rows {
			r.addSynonym(row[0], row[1], row[2])
		}
	}
	if err := r.loadAliases(fsys); err != nil {
		return nil, err
	}
	r.product, r.makes = r.concepts(r.product), r.concepts(r.makes)
	return r, nil
}

// concepts maps a set of stems to the set of their concepts.
func (r *Rules) concepts(stems map[string]bool) map[string]bool {
	out := make(map[string]bool, len(stems))
	for s := range stems {
		out[r.concept(s)] = true
	}
	return out
}

// aliasFiles are the gazetteer's name lists (optional), by entity type.
var aliasFiles = map[string]string{
	"organisation": "organisation_aliases.csv",
	"country":      "country_aliases.csv",
	"group":        "groups.csv",
}

// loadAliases reads every name of every party, so that a party's names are
// not counted as words of the text it is mentioned in.
func (r *Rules) loadAliases(fsys fs.FS) error {
	for typ, name := range aliasFiles {
		rows, err := readCSV(fsys, name, 2)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		for _, row := range rows {
			k := typ + ":" + row[0]
			r.aliases[k] = append(r.aliases[k], phrase(row[1]))
		}
	}
	return nil
}

// names lists the words that named the mentioned parties and all their
// aliases, folded and padded, longest first.
func (r *Rules) names(ms []mention) []string {
	var out []string
	for _, m := range ms {
		if m.surface != "" {
			out = append(out, phrase(m.surface))
		}
		out = append(out, r.aliases[m.typ+":"+m.id]...)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// addCue records one row of followup_cues.csv.
func (r *Rules) addCue(kind, cue, lang string) error {
	switch kind {
	case "action":
		r.actions[cue] = true
	case "fulfil":
		r.fulfil = append(r.fulfil, newCue(cue))
	case "not_fulfil":
		r.notFulfil = append(r.notFulfil, newCue(cue))
	case "fulfil_suffix":
		r.fulfilSuffix = append(r.fulfilSuffix, strings.ToLower(cue))
	case "future":
		r.future = append(r.future, newCue(cue))
	case "future_suffix":
		r.futureSuffix = append(r.futureSuffix, strings.ToLower(cue))
	case "progress":
		r.progress = append(r.progress, newCue(cue))
	case "asks_progress":
		r.asksProgress = append(r.asksProgress, newCue(cue))
	case "place":
		r.place = append(r.place, newCue(cue))
	case "product":
		if w := words(fold(cue)); len(w) > 1 {
			r.product["~"+strings.Join(w, " ")] = true // a multi-word synonym head ("financial statement")
		} else {
			r.product[stem(fold(cue), lang)] = true
		}
	case "make":
		r.makes[stem(fold(cue), lang)] = true
	case "action_term":
		a, word, _ := strings.Cut(cue, ":")
		r.actionTerms[a] = append(r.actionTerms[a], stem(fold(word), lang))
	case "purpose":
		r.purpose = append(r.purpose, phrase(cue))
	case "weak_party":
		r.weak[cue] = true
	case "stop":
		r.stop[fold(cue)] = true
	default:
		return fmt.Errorf("unknown cue kind %q", kind)
	}
	return nil
}

// addSynonym puts the stems of term and synonym in one concept; a synonym of
// several words is matched as a phrase. The first list to name a word wins.
func (r *Rules) addSynonym(term, syn, lang string) {
	head := fold(strings.TrimSpace(term))
	if head == "" {
		return
	}
	for _, w := range []string{term, syn} {
		parts := words(fold(w))
		switch {
		case len(parts) == 1:
			s := stem(parts[0], lang)
			if _, ok := r.synonym[s]; !ok && !r.stop[parts[0]] {
				r.synonym[s] = head
			}
		case len(parts) > 1:
			m := multi{head: head}
			for _, part := range parts {
				m.stems = append(m.stems, stem(part, lang))
			}
			r.phrases[m.stems[0]] = append(r.phrases[m.stems[0]], m)
		}
	}
}

// phraseAt returns the head and length of a multi-word synonym starting at stems[i].
func (r *Rules) phraseAt(stems []string, i int) (string, int) {
	for _, m := range r.phrases[stems[i]] {
		if i+len(m.stems) <= len(stems) && equal(stems[i:i+len(m.stems)], m.stems) {
			return m.head, len(m.stems)
		}
	}
	return "", 0
}

// equal reports whether two slices hold the same strings.
func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// concept maps a stem to its synonym head ("~study") or keeps it.
func (r *Rules) concept(s string) string {
	if h, ok := r.synonym[s]; ok {
		return "~" + h
	}
	return s
}

// readCSV reads name from fsys, skipping the header, and checks each row has at least n fields.
func readCSV(fsys fs.FS, name string, n int) ([][]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", name, err)
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	cr.Comment = '#' // data/ files may hold comment lines, as in every other reader of them
	var rows [][]string
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("rules %s: %w", name, err)
		}
		if line == 1 {
			continue
		}
		if len(rec) < n {
			return nil, fmt.Errorf("rules %s line %d: want %d fields, got %d", name, line, n, len(rec))
		}
		rows = append(rows, rec)
	}
	return rows, nil
}
