package extract

import (
	"slices"
	"strings"
)

// proseBeforeVoiceLists makes points of the paragraphs that decide between
// a declaration's lead-in and its first list under a lead-in in its own
// voice ("... adopted the following Declaration:" / "We express our
// gratitude ..." / "We take note ..." / "We commit to:" 1-8): each
// paragraph is a point, numbered by position, and the lists follow with
// their own numbers.
func (p *parser) proseBeforeVoiceLists() {
	for i := 0; i < len(p.blocks); i++ {
		b := p.blocks[i]
		if len(b.roots) == 0 || len(b.intro) < 3 || !p.voiceLead(b.intro) {
			continue
		}
		lead := -1 // the intro line that ends the declaration's lead-in
		for k := len(b.intro) - 2; k >= 0; k-- {
			t := strings.TrimSpace(p.text[b.intro[k].start:b.intro[k].end])
			if strings.HasSuffix(t, ":") && p.cueKind(lastSentence(p.spanText(b.intro[:k+1]))) == "operative" {
				lead = k
				break
			}
		}
		if lead < 0 {
			continue
		}
		paras := p.introParagraphs(b.intro[lead+1 : len(b.intro)-1])
		if len(paras) < 2 || slices.ContainsFunc(paras, func(sp []span) bool {
			t := strings.TrimSpace(p.spanText(sp))
			return !finiteOpening(t, p.rules) || preambular(t, p.rules)
		}) {
			continue
		}
		nb := &block{intro: b.intro[:lead+1]}
		for k, sp := range paras {
			nb.roots = append(nb.roots, &node{style: stylePara, value: k + 1, spans: sp, markStart: sp[0].start, paraAt: -1})
		}
		b.intro = b.intro[len(b.intro)-1:]
		p.blocks = slices.Insert(p.blocks, i, nb)
		i++
	}
}

// introParagraphs groups lines of an introduction into paragraphs at the
// blank lines between them.
func (p *parser) introParagraphs(lines []span) [][]span {
	var out [][]span
	for k, sp := range lines {
		if k == 0 || strings.Count(p.text[lines[k-1].end:sp.start], "\n") > 1 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], sp)
	}
	return out
}
