package extract

import (
	"strings"
	"testing"
)

// TestDropPreamble drops a declaration's title in capitals and its
// preambular paragraphs before its lists, and keeps paragraphs that decide.
func TestDropPreamble(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "DHAKA DECLARATION\nWe, the Ministers, gathered in Dhaka on 20-21 April 2011,\nRecognising the role of migrant workers;\nConcerned at the cost of recruitment;\nWe welcome the report of IOM.\n"
	lines := splitLines(text)
	root := func(i int) *node {
		return &node{style: stylePara, value: i + 1, spans: []span{{lines[i].start, lines[i].end}}}
	}
	p := &parser{text: text, rules: x.rules, cur: &block{}}
	p.blocks = []*block{{roots: []*node{root(0), root(1), root(2), root(3), root(4)}}}
	p.dropPreamble(0)
	if got := p.blocks[0].roots; len(got) != 1 || got[0].value != 1 || strings.TrimSpace(p.spanText(got[0].spans)) != "We welcome the report of IOM." {
		t.Errorf("dropPreamble kept %d roots (%q), want only the paragraph that decides", len(got), p.spanText(got[0].spans))
	}
	p.blocks = []*block{{roots: []*node{root(1), root(2)}}}
	p.dropPreamble(0)
	if len(p.blocks[0].roots) != 2 {
		t.Errorf("dropPreamble dropped the only points of the report")
	}
}
