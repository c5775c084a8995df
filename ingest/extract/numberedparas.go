package extract

import (
	"strings"

	"actas"
)

// numberedThrough makes operative the blocks before the operative part
// when that part goes on numbering their paragraphs from 1 ("1. The Working
// Group ... held its first meeting ..." to "7. At the close of the meeting
// the Working Group agreed ...:"): where a report numbers every paragraph,
// every numbered paragraph is an agreement (ANNOTATION.md).
func numberedThrough(text string, blocks []*block) {
	for i, b := range blocks {
		if !b.operative {
			continue
		}
		if len(b.roots) == 0 || b.roots[0].style != styleDec || b.roots[0].value < 2 || romanChapter(text, b.intro) {
			return // "IV. CONCLUSIONS" / "Having discussed ..., the SOM reached the following conclusions:" / "17. ...": the chapter is the operative part
		}
		want := 1
		var numbered []*block
		for _, pb := range blocks[:i] {
			if bulletsOnly(pb.roots) {
				continue // "Members:" / "• Australia  • Malaysia": a list of who attended, no paragraph
			}
			for _, n := range pb.roots {
				if n.style != styleDec || n.value != want || !proseParagraph(text, n) {
					return
				}
				want++
			}
			numbered = append(numbered, pb)
		}
		if want != b.roots[0].value {
			return
		}
		for _, pb := range numbered {
			pb.operative = true
		}
		return
	}
}

// numberedOnly makes operative a report with no lead-in that numbers every
// paragraph of its body from 1 ("1. The Tenth Conference was held in ..."
// to "14. The delegations expressed their gratitude ...", or from "I."),
// some of which decide: every numbered paragraph is an agreement
// (ANNOTATION.md).
func (x *Extractor) numberedOnly(text string, blocks []*block) {
	var numbered []*block
	want, decide := 1, 0
	style := ""
	for _, b := range blocks {
		if b.operative {
			return
		}
		if len(b.roots) == 0 || bulletsOnly(b.roots) {
			continue
		}
		if style == "" {
			style = b.roots[0].style
		}
		for _, n := range b.roots {
			if n.style != style || style != styleDec && style != styleURoman || n.value != want || !proseParagraph(text, n) {
				return
			}
			if x.decidesIn(text, n.spans) {
				decide++
			}
			want++
		}
		numbered = append(numbered, b)
	}
	if want <= minNumberedParas || decide < 2 {
		return
	}
	for _, b := range numbered {
		b.operative = true
	}
}

// minNumberedParas is the count of numbered paragraphs from which a report
// without a lead-in reads as numbering every paragraph.
const minNumberedParas = 4

// romanChapter reports an introduction that holds a chapter heading
// numbered in roman capitals ("IV. CONCLUSIONS").
func romanChapter(text string, intro []span) bool {
	for _, sp := range intro {
		t := strings.TrimSpace(text[sp.start:sp.end])
		if m := parseMarker(t); m != nil && !m.alone && m.cands[0].style == styleURoman && capsTitle(t[m.end:]) {
			return true
		}
	}
	return false
}

// proseParagraph reports a numbered point whose first line is a sentence,
// not a title ("1. The Ad Hoc Working Group ... of the Regional", not "1.
// Apertura").
func proseParagraph(text string, n *node) bool {
	if len(n.spans) == 0 {
		return false
	}
	first := strings.TrimSpace(text[n.spans[0].start:n.spans[0].end])
	return len(first) >= 40 && !isUpperWord(first) || strings.HasSuffix(first, ".")
}

// plainOperative reads a report that numbers the paragraphs of its
// narrative and ends them with a lead-in ("7. Having deliberated on these
// matters, we have agreed on the following:") over unnumbered paragraphs
// ("We take note ...", "We request UNHCR ..."): those paragraphs are the
// operative part, numbered by position, and the numbered ones that decide
// nothing introduce it (ANNOTATION.md: one agreement per paragraph after
// the lead-in).
func (x *Extractor) plainOperative(text string, blocks []*block) {
	for _, b := range blocks {
		if !b.operative || len(b.roots) < 2 {
			continue
		}
		last := b.roots[len(b.roots)-1]
		if last.style != styleDec || len(last.children) < 2 || !strings.HasSuffix(strings.TrimSpace(spansText(text, last.spans)), ":") {
			continue
		}
		if !allPlain(last.children) || !x.narrativeOnly(text, b.roots[:len(b.roots)-1]) {
			continue
		}
		for _, n := range b.roots {
			b.intro = append(b.intro, n.spans...)
		}
		b.roots = last.children
		for k, c := range b.roots {
			c.parent, c.value = nil, k+1
		}
	}
}

// allPlain reports nodes that are all unnumbered paragraphs.
func allPlain(ns []*node) bool {
	for _, n := range ns {
		if n.style != stylePara {
			return false
		}
	}
	return true
}

// narrativeOnly reports numbered paragraphs with no points under them and
// no clause that decides: they tell who met and what was heard.
func (x *Extractor) narrativeOnly(text string, ns []*node) bool {
	for _, n := range ns {
		if n.style != styleDec || len(n.children) > 0 {
			return false
		}
		if x.decidesIn(text, n.spans) {
			return false
		}
	}
	return true
}

// decidesIn reports text whose clauses decide something: one with an
// action other than other.
func (x *Extractor) decidesIn(text string, spans []span) bool {
	a := newAnalysis(spansText(text, spans), x.rules, x.gaz)
	a.findClauses()
	for _, c := range a.clauses {
		if c.action != actas.ActionOther {
			return true
		}
	}
	return false
}

// listsAfterParas makes the numbered list under an unnumbered paragraph
// that only announces it ("Asimismo, los Viceministros convinieron en los
// siguientes puntos ...:" / "1. Solicitar ...") points of their own,
// numbered as printed after the paragraphs before it, with that paragraph
// as their lead-in.
func listsAfterParas(text string, r *rules, blocks []*block) {
	for _, b := range blocks {
		if !b.operative {
			continue
		}
		var roots []*node
		for _, n := range b.roots {
			t := spansText(text, n.spans)
			if n.style != stylePara || len(n.children) < 2 || n.children[0].style != styleDec || !announcesBelow(t) && cueKindOf(t, r) != "operative" || !listLeadOnly(t) {
				roots = append(roots, n)
				continue
			}
			for _, c := range n.children {
				c.parent, c.leadAt = nil, n.spans
				roots = append(roots, c)
			}
		}
		b.roots = roots
	}
}
