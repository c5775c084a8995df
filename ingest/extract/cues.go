package extract

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"actas"
	"actas/ingest/internal/wordfilter"
)

// phrase is a cue of one or more folded words.
type phrase []string

// phraseSet finds cue phrases at token positions, longest first.
type phraseSet struct {
	byFirst map[string][]cueEntry
	// byStem indexes Spanish phrases by the stem of their infinitive
	// ("tom" for "tomar nota"), to match inflected forms ("se tomó nota").
	byStem map[string][]cueEntry
	// first holds the keys of byFirst, to skip the lookup of most words.
	first wordfilter.Filter
	// kinds holds the kinds of the cues.
	kinds map[string]bool
	// byWordKind holds the entries of byFirst again by first word and
	// kind, in the same order: one lookup of a word gives matchKind the
	// cues of each kind it starts.
	byWordKind map[string][]kindList
	// indexes holds the answers of phrases by their kinds joined with
	// commas, replaced whole under indexMu when one is added.
	indexes atomic.Pointer[map[string]*cueIndex]
	indexMu sync.Mutex
	// stems and inflections remember stemCue's and inflectedOf's readings
	// of a word (wordmemo.go), made at the first ask.
	memoOnce    sync.Once
	stems       *wordMemo[cueAnswer]
	inflections *wordMemo[[]cueEntry]
}

// cueAnswer is a cue found for a word, or none (stemCue, fuzzyCue).
type cueAnswer struct {
	e  cueEntry
	ok bool
}

// kindList is the cues of one kind that start with one word.
type kindList struct {
	kind string
	cues []cueEntry
}

// cueEntry is one cue phrase with what it means.
type cueEntry struct {
	words  phrase
	kind   string
	action actas.Action
	lang   string
}

// newPhraseSet returns an empty set of cue phrases.
func newPhraseSet() *phraseSet {
	return &phraseSet{byFirst: map[string][]cueEntry{}, byStem: map[string][]cueEntry{}, kinds: map[string]bool{}, byWordKind: map[string][]kindList{}}
}

// add registers a cue; text is folded and split into words.
func (p *phraseSet) add(text, kind string, action actas.Action, lang string) {
	var words phrase
	for _, t := range tokenize(text) {
		words = append(words, t.fold)
	}
	if len(words) == 0 {
		return
	}
	e := cueEntry{words: words, kind: kind, action: action, lang: lang}
	if p.stems != nil { // a word read before may read as the new cue
		p.stems.reset()
		p.inflections.reset()
	}
	list := append(p.byFirst[words[0]], e)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	p.byFirst[words[0]] = list
	p.first.Add(words[0])
	p.kinds[kind] = true
	lists := p.byWordKind[words[0]]
	n := slices.IndexFunc(lists, func(l kindList) bool { return l.kind == kind })
	if n < 0 {
		n, lists = len(lists), append(lists, kindList{kind: kind})
	}
	klist := append(lists[n].cues, e)
	sort.SliceStable(klist, func(i, j int) bool { return len(klist[i].words) > len(klist[j].words) })
	lists[n].cues = klist
	p.byWordKind[words[0]] = lists
	if w := words[0]; lang != "en" && len(w) > 4 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir")) {
		stem := w[:len(w)-2]
		p.byStem[stem] = append(p.byStem[stem], e)
	}
}

// matchInflected matches a Spanish cue whose infinitive is inflected at
// toks[i] ("tomó nota" for "tomar nota", "encomendó" for "encomendar").
func (p *phraseSet) matchInflected(toks []token, i int) (cueEntry, int, bool) {
	best, bestEnd, found := cueEntry{}, i, false
	for _, e := range p.inflectedOf(toks[i].fold) {
		if j, ok := matchWords(toks, i+1, e.words[1:]); ok && (!found || len(e.words) > len(best.words)) {
			best, bestEnd, found = e, j, true // the longest cue: "reconocemos el trabajo" over "reconocemos"
		}
	}
	return best, bestEnd, found
}

// inflectedOf returns the cues whose infinitive the word w may inflect, in
// the order matchInflected tries them (by stem, the longest first).
func (p *phraseSet) inflectedOf(w string) []cueEntry {
	if len(p.byStem) == 0 || len(w) < 4 {
		return nil
	}
	p.memoOnce.Do(p.makeMemos)
	return p.inflections.get(w, "", func() []cueEntry { return p.inflectedOf1(w) })
}

// inflectedOf1 is inflectedOf without the memo.
func (p *phraseSet) inflectedOf1(w string) []cueEntry {
	var out []cueEntry
	for n := len(w) - 1; n >= 3; n-- {
		if hasSuffixIn(w[n:], esEndings) {
			out = append(out, p.byStem[w[:n]]...)
		}
	}
	return out
}

// makeMemos makes the memos of stemCue and inflectedOf.
func (p *phraseSet) makeMemos() {
	p.stems, p.inflections = newWordMemo[cueAnswer](), newWordMemo[[]cueEntry]()
}

// match returns the longest cue starting at toks[i], and the index after it.
func (p *phraseSet) match(toks []token, i int) (cueEntry, int, bool) {
	if i >= len(toks) || !p.first.MayHold(toks[i].fold) {
		return cueEntry{}, i, false
	}
	for _, e := range p.byFirst[toks[i].fold] {
		if j, ok := matchWords(toks, i, e.words); ok {
			return e, j, true
		}
	}
	return cueEntry{}, i, false
}

// matchKind returns the longest cue of kind starting at toks[i].
func (p *phraseSet) matchKind(toks []token, i int, kind string) (cueEntry, int, bool) {
	return matchKindIn(p.kindsAt(toks, i), toks, i, kind)
}

// kindsAt returns the cues that start with the word of toks[i], by kind
// (nil when none does): one lookup for a caller that asks for several
// kinds at i (matchKindIn).
func (p *phraseSet) kindsAt(toks []token, i int) []kindList {
	if i >= len(toks) || !p.first.MayHold(toks[i].fold) {
		return nil // the word starts no cue of any kind: no lookup of the kind
	}
	return p.byWordKind[toks[i].fold]
}

// matchKindIn is matchKind for the cues kindsAt gave at toks[i].
func matchKindIn(lists []kindList, toks []token, i int, kind string) (cueEntry, int, bool) {
	for _, l := range lists {
		if l.kind != kind {
			continue
		}
		for _, e := range l.cues {
			if j, ok := matchWords(toks, i, e.words); ok {
				return e, j, true
			}
		}
		break
	}
	return cueEntry{}, i, false
}

// matchWords matches words against toks from i, skipping hyphens inside phrases.
func matchWords(toks []token, i int, words phrase) (int, bool) {
	j := i
	for _, w := range words {
		for j < len(toks) && toks[j].fold == "-" && w != "-" {
			j++
		}
		if j >= len(toks) || toks[j].fold != w {
			return i, false
		}
		j++
	}
	return j, true
}

// find reports every match of kind in toks (any kind when kind is "").
func (p *phraseSet) find(toks []token, kind string) []span {
	var out []span
	for i := 0; i < len(toks); i++ {
		if kind != "" {
			if _, j, ok := p.matchKind(toks, i, kind); ok {
				out = append(out, span{i, j})
			}
		} else if _, j, ok := p.match(toks, i); ok {
			out = append(out, span{i, j})
		}
	}
	return out
}

// hasKind reports whether a cue of kind starts at any token of toks.
func (p *phraseSet) hasKind(toks []token, kind string) bool {
	for i := range toks {
		if _, _, ok := p.matchKind(toks, i, kind); ok {
			return true
		}
	}
	return false
}

// hasKindAt reports a cue of kind that starts at token i.
func (p *phraseSet) hasKindAt(toks []token, i int, kind string) bool {
	_, _, ok := p.matchKind(toks, i, kind)
	return ok
}

// firstWords returns the folded first words of the cues of kind.
func (p *phraseSet) firstWords(kind string) []string {
	var out []string
	for w, list := range p.byFirst {
		for _, e := range list {
			if e.kind == kind {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// span is a half-open range of indexes.
type span struct{ start, end int }

// readCSV reads a CSV file with a header into maps keyed by column name.
func readCSV(fsys fs.FS, name string) ([]map[string]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	r.Comment = '#'
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		row := map[string]string{}
		for i, h := range head {
			if i < len(rec) {
				row[strings.TrimSpace(h)] = strings.TrimSpace(rec[i])
			}
		}
		rows = append(rows, row)
	}
}

// rules are the cue lists that drive extraction, read from data/.
type rules struct {
	structure    *phraseSet // kinds: operative, preamble, end, participation, discourse, subject
	actions      *phraseSet // kinds: verb, future, self, passive, heading
	actionNouns  *phraseSet // kind noun of action_cues.csv: "Request to IOM", "Instrucción a la ST"
	participants *phraseSet // kinds: participation, observer, excused (participant_cues.csv)
	bodyWords    *phraseSet // kinds: head, event (body_name_words.csv)
	gratitude    *phraseSet // kinds: verb, noun, filler (gratitude_cues.csv)
	sections     *phraseSet // kinds: narrative, closing, closed, opener (section_cues.csv, operative.go)
	columns      *phraseSet // kinds: number, agreement, responsible, deadline (table_columns.csv)
	fuzzy        map[string]cueEntry
	fuzzyFirst   [256][]string        // the keys of fuzzy by their first byte
	typos        map[string]string    // misspelt cue words to the cue word (typos.go)
	fuzzyMemo    *wordMemo[cueAnswer] // fuzzyCue's answers by word and language
}

// loadRules reads structure_cues.csv, participant_cues.csv and
// body_name_words.csv (both optional) and action_cues.csv from fsys.
func loadRules(fsys fs.FS) (*rules, error) {
	r := &rules{structure: newPhraseSet(), actions: newPhraseSet(), actionNouns: newPhraseSet(), participants: newPhraseSet(), bodyWords: newPhraseSet(), gratitude: newPhraseSet(), columns: newPhraseSet(), fuzzy: map[string]cueEntry{}}
	rows, err := readCSV(fsys, "structure_cues.csv")
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		r.structure.add(row["cue"], row["kind"], "", row["lang"])
		if row["kind"] == "subject" {
			if bare, ok := withoutArticle(row["cue"]); ok {
				r.structure.add(bare, "subject", "", row["lang"]) // "Ministers welcomed", "Delegaciones aprobaron"
			}
		}
	}
	if r.sections, err = loadSections(fsys); err != nil {
		return nil, err
	}
	rows, err = readCSV(fsys, "participant_cues.csv")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, row := range rows {
		r.participants.add(row["cue"], row["kind"], "", row["lang"])
	}
	rows, err = readCSV(fsys, "body_name_words.csv")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, row := range rows {
		r.bodyWords.add(row["word"], row["kind"], "", row["lang"])
	}
	rows, err = readCSV(fsys, "gratitude_cues.csv")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, row := range rows {
		r.gratitude.add(row["word"], row["kind"], actas.ActionThank, row["lang"])
	}
	if err := r.loadColumns(fsys); err != nil { // tables.go
		return nil, err
	}
	rows, err = readCSV(fsys, "action_cues.csv")
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		a := actas.Action(row["action"])
		kind := row["kind"]
		if kind == "" {
			kind = "verb"
		}
		if kind == "noun" {
			r.actionNouns.add(row["cue"], kind, a, row["lang"]) // never a verb that opens a line or a clause by itself
			continue
		}
		r.actions.add(row["cue"], kind, a, row["lang"])
		words := tokenize(row["cue"])
		if len(words) == 1 && kind == "verb" && len([]rune(words[0].fold)) >= 6 {
			r.fuzzy[words[0].fold] = cueEntry{words: phrase{words[0].fold}, kind: kind, action: a, lang: row["lang"]}
		}
	}
	for k := range r.fuzzy {
		r.fuzzyFirst[k[0]] = append(r.fuzzyFirst[k[0]], k)
	}
	r.addTypos()
	r.fuzzyMemo = newWordMemo[cueAnswer]()
	return r, nil
}

// withoutArticle drops the leading article of a subject cue of two or more
// words ("the ministers" -> "ministers"), so that a subject written without
// it still reads as one.
func withoutArticle(cue string) (string, bool) {
	f := strings.Fields(cue)
	if len(f) < 2 {
		return "", false
	}
	switch strings.ToLower(f[0]) {
	case "the", "el", "la", "los", "las":
		return strings.Join(f[1:], " "), true
	}
	return "", false
}

// fuzzyCue finds the one-word verb cue nearest to w, a misspelt or
// OCR-damaged verb ("Solicitarr", "Agradeser", "encornendar"): after the
// usual OCR confusions are undone (rn→m, cl→d, vv→w, 0→o, 1→l), with the
// same first letter and at most one edit (two from twelve letters), among
// the cues of language lang when it is not "".
func (r *rules) fuzzyCue(w, lang string) (cueEntry, bool) {
	if r.fuzzyMemo == nil || len(w) < 6 {
		return r.fuzzyCue1(w, lang) // fewer than six bytes, fewer than six runes: no cue
	}
	a := r.fuzzyMemo.get(w, lang, func() cueAnswer {
		e, ok := r.fuzzyCue1(w, lang)
		return cueAnswer{e, ok}
	})
	return a.e, a.ok
}

// fuzzyCue1 is fuzzyCue without the memo.
func (r *rules) fuzzyCue1(w, lang string) (cueEntry, bool) {
	n := len([]rune(w))
	if n < 6 {
		return cueEntry{}, false
	}
	w = ocrRepair(w)
	limit := 1
	if len([]rune(w)) >= 12 {
		limit = 2
	}
	best, bestKey, bestD, found := cueEntry{}, "", limit+1, false
	for _, k := range r.fuzzyFirst[w[0]] { // a typo seldom hits the first letter
		e := r.fuzzy[k]
		if lang != "" && e.lang != "" && e.lang != lang {
			continue // "convene" in an English report is no misspelt "conviene"
		}
		d := editDistance(w, k, limit)
		if d > bestD || d > limit {
			continue
		}
		// ties go to the longer cue, then to the first in byte order: the
		// same word gets the same verb whatever the map's order
		if d < bestD || len(k) > len(bestKey) || len(k) == len(bestKey) && k < bestKey {
			best, bestKey, bestD, found = e, k, d, true
		}
	}
	return best, found
}

// ocrRepair undoes the letter confusions of OCR in a folded word.
func ocrRepair(w string) string {
	if !strings.ContainsAny(w, "rcv01") {
		return w
	}
	return ocrPairs.Replace(w)
}

var ocrPairs = strings.NewReplacer("rn", "m", "cl", "d", "vv", "w", "0", "o", "1", "l")

// editDistance returns the Damerau-Levenshtein distance of a and b (adjacent
// transpositions count one), or limit+1 once it exceeds limit.
func editDistance(a, b string, limit int) int {
	var bufA, bufB [40]rune
	var rows [3][41]int
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev2, prev, cur := rows[0][:], rows[1][:], rows[2][:]
	if n := len(rb) + 1; n <= len(rows[0]) {
		prev2, prev, cur = prev2[:n], prev[:n], cur[:n]
	} else {
		prev2, prev, cur = make([]int, n), make([]int, n), make([]int, n)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], limit+1)
}

// byFirstSingle returns a one-word verb cue equal to w.
func (p *phraseSet) byFirstSingle(w string) (cueEntry, bool) {
	if !p.first.MayHold(w) {
		return cueEntry{}, false
	}
	for _, e := range p.byFirst[w] {
		if len(e.words) == 1 && e.kind == "verb" {
			return e, true
		}
	}
	return cueEntry{}, false
}

// esEndings are Spanish verb endings added to an infinitive's stem.
var esEndings = []string{"o", "a", "an", "amos", "aron", "ieron", "io", "e", "en", "emos", "imos",
	"ara", "aran", "era", "eran", "iera", "ieran", "ase", "asen", "ado", "ada", "ados", "adas",
	"ido", "ida", "idos", "idas", "ando", "iendo", "ó", "aba", "aban", "ia", "ian"}

// enEndings are English verb endings added to a base form.
var enEndings = []string{"s", "es", "ed", "d", "ing"}

// stemCue matches an inflected form of a one-word verb cue ("acogieron" for
// "acoger", "welcomed" for "welcome").
func (p *phraseSet) stemCue(w string) (cueEntry, bool) {
	if len(w) < 4 {
		return cueEntry{}, false // no stem of three letters and an ending
	}
	p.memoOnce.Do(p.makeMemos)
	a := p.stems.get(w, "", func() cueAnswer {
		e, ok := p.stemCue1(w)
		return cueAnswer{e, ok}
	})
	return a.e, a.ok
}

// stemCue1 is stemCue without the memo.
func (p *phraseSet) stemCue1(w string) (cueEntry, bool) {
	for n := len(w) - 1; n >= 3; n-- {
		stem := w[:n]
		suffix := w[n:]
		// the ending tests come first: they are cheap and seldom pass
		if hasSuffixIn(suffix, esEndings) {
			for _, inf := range []string{"ar", "er", "ir"} {
				if e, ok := p.byFirstSingle(stem + inf); ok && e.lang != "en" {
					return e, true
				}
			}
		}
		if hasSuffixIn(suffix, enEndings) {
			if e, ok := p.byFirstSingle(stem); ok && e.lang != "es" {
				return e, true
			}
		}
		if suffix == "d" || suffix == "ed" || suffix == "ing" || suffix == "s" {
			if e, ok := p.byFirstSingle(stem + "e"); ok && e.lang != "es" {
				return e, true
			}
		}
	}
	return cueEntry{}, false
}

// hasSuffixIn reports whether s is one of the endings.
func hasSuffixIn(s string, endings []string) bool {
	for _, e := range endings {
		if s == e {
			return true
		}
	}
	return false
}

// appendRunes appends the runes of s to buf, as []rune(s) holds them.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// phrases returns the word lists of the cues of the kinds by first word,
// computed once per set and kinds (cue sets do not change once loaded) and
// found again without an allocation.
func (p *phraseSet) phrases(kinds ...string) *cueIndex {
	var buf [128]byte
	key := buf[:0]
	for i, k := range kinds {
		if i > 0 {
			key = append(key, ',')
		}
		key = append(key, k...)
	}
	if m := p.indexes.Load(); m != nil {
		if ix, ok := (*m)[string(key)]; ok {
			return ix
		}
	}
	out := &cueIndex{byFirst: map[string][]phrase{}}
	for w, list := range p.byFirst {
		for _, e := range list {
			if slices.Contains(kinds, e.kind) {
				out.byFirst[w] = append(out.byFirst[w], e.words)
				out.first.Add(w)
			}
		}
	}
	p.indexMu.Lock()
	defer p.indexMu.Unlock()
	m := map[string]*cueIndex{}
	if old := p.indexes.Load(); old != nil {
		maps.Copy(m, *old)
	}
	m[string(key)] = out
	p.indexes.Store(&m)
	return out
}

// cueIndex holds cue phrases by their first word, and a filter of those
// words that refuses most others without a lookup.
type cueIndex struct {
	byFirst map[string][]phrase
	first   wordfilter.Filter
}
