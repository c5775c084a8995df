package extract

import "strings"

// sectionLeads reads top points that are only the meeting's lead-ins over
// numbered lists of their own ("A. The Senior Officials agreed to:" / "1.
// endorse ..." / "B. The Senior Officials call upon:" / "1. the
// participating states to ..."): such lead-ins head sections, as unmarked
// ones do ("We commit to:"), so their lists are the points, each under its
// section's lead-in. It reports false and leaves roots alone otherwise.
func (x *Extractor) sectionLeads(text string, roots []*node) ([]*node, bool) {
	if len(roots) < 2 {
		return roots, false
	}
	for _, n := range roots {
		if !x.meetingLeadIn(text, n) {
			return roots, false
		}
	}
	var out []*node
	for _, n := range roots {
		l := x.introLead(text, n.spans, nil)
		for _, c := range n.children {
			c.parent, c.lead = nil, l
			out = append(out, c)
		}
	}
	return out, true
}

// meetingLeadIn reports a marked point whose own text is a lead-in of the
// meeting ("The Senior Officials agreed to:") over a list numbered from 1.
func (x *Extractor) meetingLeadIn(text string, n *node) bool {
	if len(n.children) == 0 || n.children[0].value != 1 || n.children[0].style != styleDec || n.style == styleDec {
		return false
	}
	t := strings.TrimSpace(cleanText(text, n.spans))
	if len(t) > 200 || !strings.HasSuffix(t, ":") {
		return false
	}
	w, ok := subjectSentence(t, 0, x.rules)
	return ok && meetingSubject(w)
}

// meetingSubject reports a subject cue that names the meeting or those who
// speak for it ("we", "the senior officials", "los viceministros"), not one
// of its roles ("the technical secretariat", "the presidency pro tempore").
func meetingSubject(w string) bool {
	if w == "" {
		return false
	}
	for _, role := range []string{"secretar", "presiden", "chair", "co-chair"} {
		if strings.Contains(w, role) {
			return false
		}
	}
	return true
}
