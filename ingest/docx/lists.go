package docx

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lists numbers list paragraphs in document order, as Word does: one set of
// counters per list, deeper levels restarting when a higher one is used.
type lists struct {
	num      *numbering
	styles   *styles
	counters map[string]*counter // by list key
	alias    map[string]string   // list key → the key whose counters it continues
	prev     *item               // the last numbered paragraph
	gap      int                 // paragraphs with text since prev
}

// counter holds the current number of each level of one list.
type counter struct {
	vals [9]int
	set  [9]bool
}

// item is a numbered paragraph: its list, level and text end.
type item struct {
	key        string
	abstract   *abstractNum
	ilvl       int
	unfinished bool // its text stops mid-sentence, so the next paragraph continues it
}

// maxGap is how many paragraphs may stand between the parts of a list that a
// converter split.
const maxGap = 2

func newLists(n *numbering, s *styles) *lists {
	return &lists{num: n, styles: s, counters: map[string]*counter{}, alias: map[string]string{}}
}

// marker numbers a paragraph with style pStyle and direct list reference
// direct, returning its marker ("2.", "a)", "-" for a bullet, "" when not a
// list item) and its level.
func (ls *lists) marker(pStyle string, direct numPr, text string) (string, int) {
	numID, lvl, ok := ls.resolve(pStyle, direct)
	inst := ls.num.nums[numID]
	abs := ls.definition(inst)
	if !ok || abs == nil {
		if strings.TrimSpace(text) != "" {
			ls.gap++
		}
		return "", 0
	}
	key := "abstract:" + inst.abstract
	if len(inst.overrides) > 0 {
		key = "num:" + numID
	}
	l := ls.levelOf(inst, abs, lvl)
	c := ls.counter(key, inst, abs, lvl)
	if !c.set[lvl] {
		c.vals[lvl] = l.start
	} else {
		c.vals[lvl]++
	}
	c.set[lvl] = true
	for d := lvl + 1; d < 9; d++ {
		if restarts(ls.levelOf(inst, abs, d), d, lvl) {
			c.set[d] = false
		}
	}
	m := ls.render(inst, abs, lvl, c)
	if m == "" {
		// A level that prints nothing (outline headings) is not a list item.
		ls.gap++
		return "", 0
	}
	ls.prev = &item{key: ls.resolveKey(key), abstract: abs, ilvl: lvl, unfinished: unfinished(text)}
	ls.gap = 0
	return m, lvl
}

// resolve finds the list and level of a paragraph from its own numPr, then
// its style's, then the level that names its style.
func (ls *lists) resolve(pStyle string, direct numPr) (string, int, bool) {
	if pStyle == "" {
		pStyle = ls.styles.defaultID
	}
	fromStyle := ls.styles.numPr(pStyle)
	numID, lv := direct.numID, direct.ilvl
	if numID == "" {
		numID = fromStyle.numID
	}
	if lv == "" {
		lv = fromStyle.ilvl
	}
	inst := ls.num.nums[numID]
	if numID == "" || numID == "0" || inst == nil {
		return "", 0, false
	}
	if i, ok := ilvl(lv); ok {
		return numID, i, true
	}
	if abs := ls.definition(inst); abs != nil && pStyle != "" {
		for i, l := range abs.levels {
			if l != nil && l.pStyle == pStyle {
				return numID, i, true
			}
		}
	}
	return numID, 0, true
}

// definition returns a list instance's definition, following a
// numStyleLink to the numbering style's own list once.
func (ls *lists) definition(inst *num) *abstractNum {
	if inst == nil {
		return nil
	}
	abs := ls.num.abstracts[inst.abstract]
	if abs == nil || abs.numStyleLink == "" {
		return abs
	}
	link := ls.num.nums[ls.styles.numPr(abs.numStyleLink).numID]
	if link == nil {
		return abs
	}
	if target := ls.num.abstracts[link.abstract]; target != nil && target.numStyleLink == "" {
		return target
	}
	return abs
}

// levelOf returns level i of a list instance, its override first.
func (ls *lists) levelOf(inst *num, abs *abstractNum, i int) *level {
	if l := inst.overrides[i]; l != nil {
		return l
	}
	if l := abs.levels[i]; l != nil {
		return l
	}
	return defaultLevel(i)
}

// counter returns the counters of a list, creating them on first use. A new
// list without overrides whose levels look like those of the previous
// numbered paragraph's list, when that paragraph stopped mid-sentence and at
// most maxGap paragraphs came since, continues that list: converters split
// one list in two around text that a page break cut.
func (ls *lists) counter(key string, inst *num, abs *abstractNum, lvl int) *counter {
	key = ls.resolveKey(key)
	if c := ls.counters[key]; c != nil {
		return c
	}
	if p := ls.prev; p != nil && p.unfinished && ls.gap <= maxGap && len(inst.overrides) == 0 && sameLevels(p.abstract, abs, lvl) {
		ls.alias[key] = p.key
		return ls.counters[p.key]
	}
	c := &counter{}
	ls.counters[key] = c
	return c
}

func (ls *lists) resolveKey(key string) string {
	if k, ok := ls.alias[key]; ok {
		return k
	}
	return key
}

// sameLevels reports whether two definitions number levels 0..lvl alike.
func sameLevels(a, b *abstractNum, lvl int) bool {
	for i := 0; i <= lvl; i++ {
		x, y := a.levels[i], b.levels[i]
		if x == nil || y == nil {
			if x != y {
				return false
			}
			continue
		}
		if x.format != y.format || x.text != y.text || x.start != y.start {
			return false
		}
	}
	return true
}

// restarts reports whether level d (definition l) goes back to its start
// when level used is numbered.
func restarts(l *level, d, used int) bool {
	switch {
	case used >= d:
		return false
	case l.restart < 0 || l.restart-1 >= d:
		return true
	case l.restart == 0:
		return false
	}
	return used <= l.restart-1
}

// render fills the level's text with the current numbers.
func (ls *lists) render(inst *num, abs *abstractNum, lvl int, c *counter) string {
	l := ls.levelOf(inst, abs, lvl)
	switch l.format {
	case "bullet":
		return "-"
	}
	var b strings.Builder
	t := l.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			kl := ls.levelOf(inst, abs, k)
			v := kl.start
			if c.set[k] {
				v = c.vals[k]
			}
			f := kl.format
			if l.legal {
				f = "decimal"
			}
			b.WriteString(format(f, v))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return strings.TrimSpace(b.String())
}

// unfinished reports whether text stops mid-sentence.
func unfinished(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(t)
	return t != "" && !strings.ContainsRune(".:;!?\"'”’)»", r)
}
