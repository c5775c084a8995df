package followup

import (
	"strings"
	"unicode/utf8"
)

// cue is a phrase of folded words; a word ending in * matches any word it begins.
type cue struct {
	words []string
	text  string
}

// newCue parses a cue as written in followup_cues.csv ("avance* en la elaboracion").
func newCue(s string) cue {
	c := cue{text: strings.TrimSpace(s)}
	for _, w := range strings.Fields(fold(s)) {
		star := strings.HasSuffix(w, "*")
		w = strings.Join(words(w), "")
		if star {
			w += "*"
		}
		if w != "" && w != "*" {
			c.words = append(c.words, w)
		}
	}
	return c
}

// in reports whether the cue occurs in the folded words ws.
func (c cue) in(ws []string) bool {
	if len(c.words) == 0 {
		return false
	}
	for i := 0; i+len(c.words) <= len(ws); i++ {
		if c.at(ws[i:]) {
			return true
		}
	}
	return false
}

// at reports whether ws begins with the cue.
func (c cue) at(ws []string) bool {
	for j, cw := range c.words {
		if p, ok := strings.CutSuffix(cw, "*"); ok {
			if !strings.HasPrefix(ws[j], p) {
				return false
			}
		} else if ws[j] != cw {
			return false
		}
	}
	return true
}

// notFulfilment returns the first cue in a later clause that says it records
// no completed act (a reminder, postponement, announcement or progress report).
func (r *Rules) notFulfilment(text string) (string, bool) {
	ws := words(fold(text))
	for _, c := range r.notFulfil {
		if c.in(ws) {
			return c.text, true
		}
	}
	return suffixCue(text, r.notSuffix)
}

// completion returns the first cue in a later clause that says something was done.
func (r *Rules) completion(text string) (string, bool) {
	ws := words(fold(text))
	for _, c := range r.fulfil {
		if c.in(ws) {
			return c.text, true
		}
	}
	return suffixCue(text, r.fulfilSuffix)
}

// suffixCue finds a word of text (lower-cased, accents kept) ending in one of
// the suffixes, with at least three letters before it.
func suffixCue(text string, suffixes []string) (string, bool) {
	for _, w := range words(strings.ToLower(text)) {
		for _, s := range suffixes {
			if strings.HasSuffix(w, s) && utf8.RuneCountInString(w)-utf8.RuneCountInString(s) >= 3 {
				return w, true
			}
		}
	}
	return "", false
}
