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
	if c, ok := r.hardNo(text); ok {
		return c, true
	}
	if c, ok := firstCue(words(fold(text)), r.progress); ok {
		return c, true
	}
	if _, c, ok := r.futureAt(text); ok {
		return c, true
	}
	return "", false
}

// hardNo returns the first cue of a reminder, postponement, offer or
// difficulty: such a clause never records a fulfilment.
func (r *Rules) hardNo(text string) (string, bool) {
	return firstCue(words(fold(text)), r.notFulfil)
}

// progressCue returns the first cue of a progress report or draft.
func (r *Rules) progressCue(text string) (string, bool) {
	return firstCue(words(fold(text)), r.progress)
}

// asksForProgress reports whether a commitment asks for a draft or a
// progress report, which a later progress report then fulfils.
func (r *Rules) asksForProgress(text string) bool {
	_, ok := firstCue(words(fold(text)), r.asksProgress)
	return ok
}

// futureAt returns the index of the first word of text that announces
// something still to come (a future cue or a future verb ending), and the cue.
func (r *Rules) futureAt(text string) (int, string, bool) {
	ws := words(fold(text))
	at, found := -1, ""
	for _, c := range r.future {
		for i := 0; i+len(c.words) <= len(ws); i++ {
			if (at < 0 || i < at) && c.at(ws[i:]) {
				at, found = i, c.text
				break
			}
		}
	}
	for i, w := range words(strings.ToLower(text)) {
		if at >= 0 && i >= at {
			break
		}
		if hasSuffix(w, r.futureSuffix) {
			at, found = i, w
			break
		}
	}
	return at, found, at >= 0
}

// firstCue returns the text of the first cue found in the folded words ws.
func firstCue(ws []string, cs []cue) (string, bool) {
	for _, c := range cs {
		if c.in(ws) {
			return c.text, true
		}
	}
	return "", false
}

// completion returns the first cue in a later clause that says something was done.
func (r *Rules) completion(text string) (string, bool) {
	if c, ok := firstCue(words(fold(text)), r.fulfil); ok {
		return c, true
	}
	return suffixCue(text, r.fulfilSuffix)
}

// suffixCue finds a word of text (lower-cased, accents kept) ending in one of
// the suffixes, with at least three letters before it.
func suffixCue(text string, suffixes []string) (string, bool) {
	for _, w := range words(strings.ToLower(text)) {
		if hasSuffix(w, suffixes) {
			return w, true
		}
	}
	return "", false
}

// hasSuffix reports whether w ends in one of the suffixes with at least three letters before it.
func hasSuffix(w string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) && utf8.RuneCountInString(w)-utf8.RuneCountInString(s) >= 3 {
			return true
		}
	}
	return false
}
