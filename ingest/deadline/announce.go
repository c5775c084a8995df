package deadline

import (
	"strings"

	"actas/ingest/gazetteer"
)

// Announcement is a sentence's mention of a body's next meeting ("La
// próxima reunión del GRCM se celebrará en ...", "The next Senior
// Officials' Meeting of the Colombo Process will be held ...").
type Announcement struct {
	BodyID string // the body named with the meeting; "" when none
	End    int    // byte offset in the text after the verb of holding
}

// Announces finds the first mention of a next meeting in text that says
// when it is held: a "next" cue, up to three words (Senior Officials'), a
// meeting noun, the body named by the whole phrase or right after it, if
// any, and then a verb of holding (skip cues: "se celebrará", "will be
// held", "tendrá lugar"); a deadline ("antes de la próxima reunión")
// announces nothing. g, which may be nil, names the body.
func Announces(text string, g *gazetteer.Gazetteer) (Announcement, bool) {
	gr, err := Default()
	if err != nil {
		return Announcement{}, false
	}
	toks, release := gazetteer.PooledTokens(text)
	defer release()
	p := &parser{gr: gr, g: g, text: text, toks: toks}
	if !p.holdsAny() {
		return Announcement{}, false // no verb of holding: neither reading of announce can succeed
	}
	return p.announce()
}

// announce is Announces on the parser's tokens.
func (p *parser) announce() (Announcement, bool) {
	gr := p.gr
	for i := range p.toks {
		n, _, ok := gr.at(p.toks, i, "next")
		if !ok {
			continue
		}
		for k := i + n; k < len(p.toks) && k <= i+n+3; k++ {
			m, _, ok := gr.at(p.toks, k, "meeting")
			if !ok {
				continue
			}
			a := Announcement{End: p.toks[k+m-1].End}
			after := k + m
			if b, e, ok := p.bodyAt(i + n); ok && e > after {
				a.BodyID, a.End, after = b.ID, p.toks[e-1].End, e // "the next Senior Officials' Meeting of the Colombo Process"
			} else if b, e, ok := p.bodyAt(p.fillers(k + m)); ok {
				a.BodyID, a.End, after = b.ID, p.toks[e-1].End, e
			} else if b, _, ok := p.bodyAt(i + n); ok && b.ID != "" {
				a.BodyID = b.ID // "the next RCGM meeting"
			}
			if end, ok := p.held(after, "skip"); ok {
				a.End = end
				return a, true
			}
			if p.holdBefore(i) {
				return a, true // "To hold the next meeting of the Group in Belmopan on 22 and 23 April 2010"
			}
			break
		}
	}
	if a, ok := p.numberedAnnounce(); ok {
		return a, true
	}
	return p.heldBy()
}

// holdBefore reports a verb that holds the meeting (kind hold_next) right
// before the next cue at token i, fillers between them ("hold the next",
// "celebrar su próxima").
func (p *parser) holdBefore(i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if n, _, ok := p.gr.at(p.toks, j, "hold_next"); ok && p.fillers(j+n) == i {
			return true
		}
	}
	return false
}

// heldBy finds a body that holds its next or numbered meeting ("the
// Working Group would hold its sixth meeting in Bangkok ... on 4-5 June
// 2019", "el GRCM celebrará su próxima reunión ..."): the body, a verb of
// holding (kind holds), its possessive, a next cue or an ordinal, and a
// meeting noun.
func (p *parser) heldBy() (Announcement, bool) {
	for i := range p.toks {
		b, e, ok := p.bodyAt(i)
		if !ok && i+1 < len(p.toks) {
			if b, e, ok = p.bodyAt(i + 1); !ok {
				e, ok = p.ownName(i) // "the Working Group": the report's own body
			}
		}
		if !ok {
			continue
		}
		n, _, ok := p.gr.at(p.toks, e, "holds")
		if !ok {
			continue
		}
		k := e + n
		if k >= len(p.toks) || !possessive[p.toks[k].Fold] {
			continue
		}
		if n, _, ok := p.gr.at(p.toks, k+1, "next"); ok {
			k += 1 + n
		} else if k+1 < len(p.toks) && p.nth(k+1) {
			k += 2
		} else {
			continue
		}
		if n, _, ok := p.gr.at(p.toks, k, "meeting"); ok {
			return Announcement{BodyID: b.ID, End: p.toks[k+n-1].End}, true
		}
	}
	return Announcement{}, false
}

// ownName reads an article and up to three capitalised words at token i
// ("the Working Group", "la Red"), a body the report names as its own,
// and returns the token after them.
func (p *parser) ownName(i int) (int, bool) {
	switch p.toks[i].Fold {
	case "the", "el", "la":
	default:
		return 0, false
	}
	k := i + 1
	for k < len(p.toks) && k <= i+3 && p.toks[k].Word && startsUpper(p.toks[k].Key) {
		k++
	}
	return k, k > i+1
}

// possessive holds the words that give a body its own meeting.
var possessive = map[string]bool{"its": true, "their": true, "su": true, "sus": true}

// numberedAnnounce finds a meeting named by its number and announced in the
// future tense ("The fifth meeting of the IGAD-RCP will be held in Kampala
// ...", "la XV Reunión de la CRM se celebrará ..."): the next meeting, where
// the report names none with a next cue.
func (p *parser) numberedAnnounce() (Announcement, bool) {
	for i := range p.toks {
		if !p.nth(i) {
			continue
		}
		a, k, ok := p.numberedMeeting(i + 1)
		if !ok {
			continue
		}
		if end, ok := p.held(k, "will_hold"); ok {
			a.End = end
			return a, true
		}
	}
	return Announcement{}, false
}

// numberedMeeting reads the meeting after its number at token k: a meeting
// noun and the body after it ("meeting of the IGAD-RCP"), or a body before
// or around its meeting noun ("RCGM meeting", "Reunión Viceministerial de
// la CRM"). It returns the token after it.
func (p *parser) numberedMeeting(k int) (Announcement, int, bool) {
	if b, e, ok := p.bodyAt(k); ok {
		a := Announcement{BodyID: b.ID, End: p.toks[e-1].End}
		if n, _, ok := p.gr.at(p.toks, e, "meeting"); ok {
			return a, e + n, true // "the 7th RCGM meeting"
		}
		for j := k; j < e; j++ {
			if _, _, ok := p.gr.at(p.toks, j, "meeting"); ok {
				return a, e, true // "la XXV Reunión Viceministerial de la CRM"
			}
		}
	}
	n, _, ok := p.gr.at(p.toks, k, "meeting")
	if !ok {
		return Announcement{}, 0, false
	}
	a := Announcement{End: p.toks[k+n-1].End}
	if b, e, ok := p.bodyAt(p.fillers(k + n)); ok {
		a.BodyID, a.End = b.ID, p.toks[e-1].End
		return a, e, true
	}
	return a, k + n, true
}

// nth reports a word that numbers a meeting: an ordinal of the nth cues
// ("fifth", "quinta"), a number with an ordinal ending ("5th", "5ª") or a
// roman numeral in capitals ("XV").
func (p *parser) nth(i int) bool {
	t := p.toks[i]
	if !t.Word {
		return false
	}
	if _, _, ok := p.gr.at(p.toks, i, "nth"); ok {
		return true
	}
	if suf := strings.TrimLeft(t.Fold, "0123456789"); suf != t.Fold {
		switch suf {
		case "st", "nd", "rd", "th", "a", "o":
			return true
		}
	}
	return len(t.Key) >= 2 && strings.Trim(t.Key, "IVXLC") == ""
}

// holdsAny reports whether a verb of holding (skip or will_hold) starts at
// any token: an announcement needs one (held).
func (p *parser) holdsAny() bool {
	for i := range p.toks {
		list := p.gr.startingAt(p.toks, i)
		if list == nil {
			continue
		}
		if _, _, ok := phraseAt(list, p.toks, i, "skip"); ok {
			return true
		}
		if _, _, ok := phraseAt(list, p.toks, i, "will_hold"); ok {
			return true
		}
		if _, _, ok := phraseAt(list, p.toks, i, "holds"); ok {
			return true
		}
		if _, _, ok := phraseAt(list, p.toks, i, "hold_next"); ok {
			return true
		}
	}
	return false
}

// held returns the end of a verb of holding of kind (skip: "se celebrará",
// "was held"; will_hold: the future tense only) within twelve tokens after
// token k: what follows it says when and where.
func (p *parser) held(k int, kind string) (int, bool) {
	for j := k; j < len(p.toks) && j < k+12; j++ {
		if n, _, ok := p.gr.at(p.toks, j, kind); ok {
			return p.toks[j+n-1].End, true
		}
	}
	return 0, false
}
