package docx

import (
	"encoding/xml"
	"strconv"
)

// level is one level of a list definition: how its number starts, looks and
// restarts.
type level struct {
	start   int
	format  string // numFmt: decimal, lowerLetter, upperRoman, bullet, none...
	text    string // lvlText with %1..%9 placeholders
	restart int    // lvlRestart: -1 when absent, 0 never, n after level n-1
	pStyle  string // paragraph style linked to this level
	legal   bool   // isLgl: show every placeholder as decimal
}

// abstractNum is a list definition: nine levels.
type abstractNum struct {
	levels       [9]*level
	numStyleLink string // the style whose numbering this definition uses
}

// num is a list instance: a definition and per-level overrides.
type num struct {
	abstract  string
	overrides map[int]*level // from lvlOverride: startOverride or a whole lvl
}

// numbering holds word/numbering.xml.
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*num
}

type valAttr struct {
	Val string `xml:"val,attr"`
}

type levelXML struct {
	Ilvl    string   `xml:"ilvl,attr"`
	Start   *valAttr `xml:"start"`
	NumFmt  *valAttr `xml:"numFmt"`
	LvlText *valAttr `xml:"lvlText"`
	Restart *valAttr `xml:"lvlRestart"`
	PStyle  *valAttr `xml:"pStyle"`
	IsLgl   *valAttr `xml:"isLgl"`
}

type numberingXML struct {
	Abstracts []struct {
		ID           string     `xml:"abstractNumId,attr"`
		NumStyleLink *valAttr   `xml:"numStyleLink"`
		Levels       []levelXML `xml:"lvl"`
	} `xml:"abstractNum"`
	Nums []struct {
		ID        string  `xml:"numId,attr"`
		Abstract  valAttr `xml:"abstractNumId"`
		Overrides []struct {
			Ilvl  string    `xml:"ilvl,attr"`
			Start *valAttr  `xml:"startOverride"`
			Level *levelXML `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

// parseNumbering reads word/numbering.xml; nil b gives empty numbering.
func parseNumbering(b []byte) (*numbering, error) {
	n := &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*num{}}
	if b == nil {
		return n, nil
	}
	var x numberingXML
	if err := xml.Unmarshal(b, &x); err != nil {
		return nil, err
	}
	for _, a := range x.Abstracts {
		an := &abstractNum{}
		if a.NumStyleLink != nil {
			an.numStyleLink = a.NumStyleLink.Val
		}
		for _, lx := range a.Levels {
			if i, ok := ilvl(lx.Ilvl); ok {
				an.levels[i] = lx.level(i)
			}
		}
		n.abstracts[a.ID] = an
	}
	for _, nx := range x.Nums {
		nm := &num{abstract: nx.Abstract.Val, overrides: map[int]*level{}}
		for _, o := range nx.Overrides {
			i, ok := ilvl(o.Ilvl)
			if !ok {
				continue
			}
			var l *level
			if o.Level != nil {
				l = o.Level.level(i)
			} else if base := n.abstractLevel(nm.abstract, i); base != nil {
				c := *base
				l = &c
			} else {
				l = defaultLevel(i)
			}
			if o.Start != nil {
				l.start = atoi(o.Start.Val, l.start)
			}
			nm.overrides[i] = l
		}
		n.nums[nx.ID] = nm
	}
	return n, nil
}

// abstractLevel returns level i of a definition, or nil.
func (n *numbering) abstractLevel(abstractID string, i int) *level {
	if a := n.abstracts[abstractID]; a != nil {
		return a.levels[i]
	}
	return nil
}

// level converts a parsed <w:lvl>, filling Word's defaults.
func (lx levelXML) level(i int) *level {
	l := defaultLevel(i)
	if lx.Start != nil {
		l.start = atoi(lx.Start.Val, 1)
	}
	if lx.NumFmt != nil {
		l.format = lx.NumFmt.Val
	}
	if lx.LvlText != nil {
		l.text = lx.LvlText.Val
	}
	if lx.Restart != nil {
		l.restart = atoi(lx.Restart.Val, -1)
	}
	if lx.PStyle != nil {
		l.pStyle = lx.PStyle.Val
	}
	l.legal = lx.IsLgl != nil && lx.IsLgl.Val != "0" && lx.IsLgl.Val != "false"
	return l
}

// defaultLevel is a level with nothing specified: decimal "%n." from 1.
func defaultLevel(i int) *level {
	return &level{start: 1, format: "decimal", text: "%" + strconv.Itoa(i+1) + ".", restart: -1}
}

// ilvl parses a level index 0..8.
func ilvl(s string) (int, bool) {
	i, err := strconv.Atoi(s)
	return i, err == nil && i >= 0 && i < 9
}

func atoi(s string, def int) int {
	if i, err := strconv.Atoi(s); err == nil {
		return i
	}
	return def
}
