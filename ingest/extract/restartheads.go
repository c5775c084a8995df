package extract

import (
	"slices"
	"sort"
	"strings"
)

// restartHeading finds a short heading or lead-in that ends with a colon
// and restarts a list already past its first item ("... February 2019.
// Observer organizations: a. Thank IOM ..." after "a." and "b.", "...
// migrant workers. In addition, we: 1. Welcome ..."), where the line breaks
// were lost; it returns the index in marks of the restarting marker.
func restartHeading(s string, i int, r *rules, seq *sequence, marks []inlineMark) (int, bool) {
	head := s[i:min(len(s), i+80)]
	colon := strings.IndexByte(head, ':')
	if colon <= 0 || strings.ContainsAny(head[:colon], ".;") || !startsUpper(head) {
		return -1, false
	}
	words := strings.Fields(head[:colon])
	if len(words) > 6 {
		return -1, false
	}
	at := skipSpace(s, i+colon+1)
	k := sort.Search(len(marks), func(k int) bool { return marks[k].pos >= at })
	if k == len(marks) || marks[k].pos != at || !restartsPast(seq, marks[k].m) {
		return -1, false
	}
	if strings.Contains(head[:colon], ",") && !startsUpper(s[marks[k].m.end:]) {
		return -1, false // "In particular, Mexico: a. will report": a sentence the items go on, not "In addition, we: 1. Welcome ..."
	}
	if leadIn(s, i+colon+1, r) || namesAction(head[:colon], r) {
		return -1, false // "The Group agreed as follows:": a lead-in, no heading
	}
	return k, true
}

// restartsPast reports a first marker ("a.", "1.") whose style's numbering
// is already past its second item.
func restartsPast(seq *sequence, m *marker) bool {
	for _, c := range m.cands {
		if c.value == 1 && !strings.HasPrefix(c.style, styleBullet) && c.style != stylePara && seq.last[seq.key(c)] > 1 {
			return true
		}
	}
	return false
}

// namesAction reports text that holds an action verb, as written or inflected.
func namesAction(t string, r *rules) bool {
	toks := wordTokens(t)
	for i := range toks {
		if _, _, ok := r.actions.match(toks, i); ok {
			return true
		}
		if _, _, ok := r.actions.matchInflected(toks, i); ok {
			return true
		}
	}
	return false
}

// numberedLeadHeading reads a numbered heading in sentence case run onto
// the lead-in of its section, where the line breaks were lost ("5.
// Recomendaciones a la Reunión Viceministerial El Grupo recomienda: i)
// ..."): its marker, and where the lead-in starts, at a capitalised article
// or "We"; where the lead-in ends with no colon, also where its list starts
// ("4. Other matters The Network adopted the following agreements 1. ...").
func numberedLeadHeading(s string, i int, r *rules) (*marker, int, int, bool) {
	if c := s[i]; !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') {
		return nil, 0, 0, false
	}
	m := parseMarkerAt(s, i)
	if m == nil || m.alone || !slices.ContainsFunc(m.cands, func(c candidate) bool {
		return c.style == styleDec || c.style == styleURoman || c.style == styleUAlpha // "... 2025. B. Recommendations The RCP adopted ...:"
	}) {
		return nil, 0, 0, false
	}
	j := skipSpace(s, m.end)
	if !startsUpper(s[j:]) {
		return nil, 0, 0, false
	}
	for n := 0; n < 8; n++ {
		w := firstWord(s[j:])
		if w == "" || strings.ContainsAny(w, ".;:,()") {
			return nil, 0, 0, false // the heading ends at no lead-in
		}
		j = skipSpace(s, j+len(w))
		if v := firstWord(s[j:]); (determiners[fold(v)] || v == "We") && startsUpper(v) && !isUpperWord(v) {
			if leadSentence(s, j, r) {
				return m, j, 0, true
			}
			if list, ok := listAfterLead(s, j, r); ok {
				return m, j, list, true
			}
		}
	}
	return nil, 0, 0, false
}

// listAfterLead returns where a list restarts right after a lead-in that
// ends with no colon ("The Network adopted the following agreements 1.
// Approve ..."): at the first stop, a first marker, and an operative cue
// before it.
func listAfterLead(s string, j int, r *rules) (int, bool) {
	end := min(len(s), j+200)
	p := strings.IndexAny(s[j:end], ".;:)")
	if p < 0 {
		return 0, false
	}
	p += j
	k := strings.LastIndexAny(s[:p], spaces) + 1
	m := inlineMarker(s, k)
	if k <= j || m == nil || !firstValue(m) || !operativeCue(s[j:k], r) {
		return 0, false
	}
	return k, true
}

// cueBeforeList reports a first marker that a lead-in with no colon runs
// into ("d) Varios Tras las deliberaciones, la Red acordó 1. Remitir ...",
// where the line breaks were lost): an operative cue ends right before it,
// the marker's second item follows, and the lead-in ran onto an item of a
// list before it. It also returns where the lead-in starts.
func cueBeforeList(s string, i int, seq *sequence, marks []inlineMark, mi int, r *rules) (int, bool) {
	if mi >= len(marks) || marks[mi].pos != i {
		return -1, false
	}
	m := marks[mi].m
	if !firstValue(m) || afterStop(s, i) {
		return -1, false
	}
	more := false
	for _, c := range m.cands {
		more = more || c.value == 1 && laterValue(marks[mi+1:], seq, c)
	}
	from := max(strings.LastIndexAny(s[:i], ".;:")+1, i-120)
	if mi == 0 || marks[mi-1].m.end <= from {
		return -1, false // no item of a list before it that the lead-in ran onto
	}
	from = marks[mi-1].m.end
	if !more || !foldedHolds(s[from:i], r.structure.phrases("operative")) {
		return -1, false
	}
	toks := wordTokens(s[from:i])
	for k := range toks {
		if _, j, ok := r.structure.matchKind(toks, k, "operative"); ok && j == len(toks) {
			at := leadStart(toks, k)
			return from + at, at > 0
		}
	}
	return -1, false
}

// leadStart returns where, among toks before the cue at toks[cue], a
// lead-in starts after a title it ran onto: the last capitalised word after
// another capitalised word ("Varios Tras las deliberaciones"), or a
// capitalised article; -1 when none.
func leadStart(toks []token, cue int) int {
	for k := cue; k >= 1; k-- {
		w, prev := toks[k].text, toks[k-1].text
		if startsUpper(w) && !isUpperWord(w) && (startsUpper(prev) || determiners[toks[k].fold]) && k+1 < len(toks) && !startsUpper(toks[k+1].text) {
			return toks[k].start
		}
	}
	return -1
}
