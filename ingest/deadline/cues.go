package deadline

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"actas/data"
	"actas/ingest/gazetteer"
	"actas/ingest/internal/wordfilter"
)

// Grammar holds the words of deadline phrases by kind (month, before,
// period, end, within, unit, number, ordinal, part, next, meeting, filler,
// skip...), read from deadline_cues.csv.
type Grammar struct {
	kinds map[string]phraseIndex
	// byFirst holds the phrases of every kind by first folded token, each
	// kind's in the order of kinds, for one lookup a token.
	byFirst map[string][]phrase
	// first holds the first folded token of every phrase of every kind, to
	// skip the lookups of most tokens.
	first wordfilter.Filter
}

// phrase is one cue as folded tokens with its value column.
type phrase struct {
	kind    string
	folds   []string
	value   string
	capital bool // the text must write it with a capital (English month names)
}

// phraseIndex maps a phrase's first folded token to its phrases, longest first.
type phraseIndex map[string][]phrase

var (
	defaultOnce sync.Once
	defaultGr   *Grammar
	defaultErr  error
)

// Default returns the grammar of the embedded deadline_cues.csv, loaded once.
func Default() (*Grammar, error) {
	defaultOnce.Do(func() { defaultGr, defaultErr = Load(data.FS) })
	return defaultGr, defaultErr
}

// Load reads deadline_cues.csv (kind,lang,phrase,value) from the root of fsys.
func Load(fsys fs.FS) (*Grammar, error) {
	const name = "deadline_cues.csv"
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("deadline: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("deadline: %s: header: %w", name, err)
	}
	if strings.Join(head, ",") != "kind,lang,phrase,value" {
		return nil, fmt.Errorf("deadline: %s: header %q, want kind,lang,phrase,value", name, strings.Join(head, ","))
	}
	gr := &Grammar{kinds: map[string]phraseIndex{}}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("deadline: %s: %w", name, err)
		}
		kind, lang, text, value := rec[0], rec[1], rec[2], rec[3]
		toks := gazetteer.Tokenize(text)
		if kind == "" || len(toks) == 0 {
			line, _ := r.FieldPos(0)
			return nil, fmt.Errorf("deadline: %s:%d: empty kind or phrase", name, line)
		}
		p := phrase{kind: kind, value: value}
		for _, t := range toks {
			p.folds = append(p.folds, t.Fold)
		}
		if lang == "en" && (kind == "month" || kind == "month_abbr") {
			c, _ := utf8.DecodeRuneInString(text)
			p.capital = unicode.IsUpper(c)
		}
		ix := gr.kinds[kind]
		if ix == nil {
			ix = phraseIndex{}
			gr.kinds[kind] = ix
		}
		ix[p.folds[0]] = append(ix[p.folds[0]], p)
		gr.first.Add(p.folds[0])
	}
	for _, k := range []string{"month", "before", "period", "within", "unit", "filler"} {
		if len(gr.kinds[k]) == 0 {
			return nil, fmt.Errorf("deadline: %s: no phrases of kind %q", name, k)
		}
	}
	for _, ix := range gr.kinds {
		for _, list := range ix {
			sort.SliceStable(list, func(i, j int) bool { return len(list[i].folds) > len(list[j].folds) })
		}
	}
	gr.byFirst = map[string][]phrase{}
	for _, ix := range gr.kinds {
		for w, list := range ix {
			gr.byFirst[w] = append(gr.byFirst[w], list...)
		}
	}
	return gr, nil
}

// at returns the longest phrase of kind at toks[i]: its length in tokens and value.
func (gr *Grammar) at(toks []gazetteer.Token, i int, kind string) (n int, value string, ok bool) {
	return phraseAt(gr.startingAt(toks, i), toks, i, kind)
}

// startingAt returns the phrases of every kind whose first word is toks[i],
// longest first within a kind (nil past the end).
func (gr *Grammar) startingAt(toks []gazetteer.Token, i int) []phrase {
	if i >= len(toks) || !gr.first.MayHold(toks[i].Fold) {
		return nil
	}
	return gr.byFirst[toks[i].Fold]
}

// phraseAt is at among the phrases of list, those starting at toks[i]
// (startingAt): one lookup of the word serves the tries of several kinds.
func phraseAt(list []phrase, toks []gazetteer.Token, i int, kind string) (n int, value string, ok bool) {
	for _, p := range list {
		if p.kind != kind || i+len(p.folds) > len(toks) {
			continue
		}
		match := true
		for k, f := range p.folds {
			if toks[i+k].Fold != f {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if p.capital {
			if c, _ := utf8.DecodeRuneInString(toks[i].Key); !unicode.IsUpper(c) {
				continue
			}
		}
		return len(p.folds), p.value, true
	}
	return 0, "", false
}
