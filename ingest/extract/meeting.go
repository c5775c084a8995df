package extract

import (
	"strings"
	"unicode"

	"actas"
)

// bodyRank orders body levels: the most specific body named in a heading is
// the one that met (a network's report also names the RCGM and the RCM).
var bodyRank = map[string]int{"network": 4, "working_group": 3, "technical": 2, "ministerial": 1}

// header is the text before the operative part, where the meeting is described.
type header struct {
	text  string   // the header region of the document
	lines []string // its first non-blank lines
}

// newHeader cuts the header region: the text before the first agreement,
// at most 4000 bytes.
func newHeader(text string, firstItem int) header {
	end := firstItem
	if end <= 0 || end > len(text) {
		end = len(text)
	}
	if end > 4000 {
		end = 4000
	}
	h := header{text: text[:end]}
	for _, l := range strings.Split(h.text, "\n") {
		if l = squash(l); l != "" && len(h.lines) < 6 {
			h.lines = append(h.lines, l)
		}
	}
	return h
}

// title joins the heading lines: those before the first line that gives the
// meeting's place or date, at most three.
func (x *Extractor) title(h header) string {
	var out []string
	for _, l := range h.lines {
		if len(out) == 3 || len(findDates(l)) > 0 {
			break
		}
		if _, iso := x.placeIn(l); iso != "" && len(l) < 100 && len(out) > 0 {
			break
		}
		out = append(out, l)
	}
	t := strings.Join(out, " ")
	if len(t) > 240 {
		t = cutWords(t, 200)
	}
	return t
}

// cutWords shortens s to at most n bytes at a word boundary.
func cutWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := strings.LastIndex(s[:n], " ")
	if i < 0 {
		i = n
	}
	return s[:i] + " …"
}

// meeting fills the meeting record from the header.
func (x *Extractor) meeting(h header, full string) actas.Meeting {
	m := actas.Meeting{Title: x.title(h), Language: language(full)}
	x.body(h, &m)
	dates, src := meetingDates(h), h.text
	if len(dates) == 0 {
		dates, src = findDates(full), full // positions are in the full text
	}
	if len(dates) > 0 {
		m.StartDate, m.EndDate = dates[0].start, dates[0].end
		m.City, m.CountryISO3 = x.place(src, dates[0])
	} else {
		m.City, m.CountryISO3 = x.place(h.text, dateRange{pos: -1})
	}
	return m
}

// meetingDates returns the dates of the header, the meeting's first: a date
// in the heading lines, else one in a sentence that says the meeting was
// held, else the first date of the header.
func meetingDates(h header) []dateRange {
	dates := findDates(h.text)
	if len(dates) <= 1 {
		return dates
	}
	// a date on a heading line ("Managua, Nicaragua, 24-25 de noviembre de
	// 2014") is the meeting's
	d := dates[0]
	ls := strings.LastIndex(h.text[:d.pos], "\n") + 1
	le := strings.IndexByte(h.text[d.pos:], '\n')
	if le < 0 {
		le = len(h.text) - d.pos
	}
	if len(h.text[ls:d.pos+le])-(d.stop-d.pos) < 80 {
		return dates
	}
	low := strings.ToLower(h.text)
	for i, d := range dates {
		from := max(0, d.pos-160)
		before := low[from:d.pos]
		for _, cue := range []string{"se reuni", "reunid", "celebr", "sesion", " met ", " met,", "held", "gathered", "convened", "congregad", "los días", "el día"} {
			if strings.Contains(before, cue) {
				return append([]dateRange{d}, append(dates[:i:i], dates[i+1:]...)...)
			}
		}
	}
	return dates
}

// body picks the body that met: the most specific one named in the title,
// else in the rest of the header.
func (x *Extractor) body(h header, m *actas.Meeting) {
	for _, region := range []string{m.Title, h.text} {
		best, bestRank := "", 0
		rest := region
		for {
			b, s, e, ok := x.gaz.BodySpan(rest)
			if !ok {
				break
			}
			info, _ := x.levelOf(b.ID)
			if r := bodyRank[info]; r > bestRank || best == "" {
				if r > bestRank || best == "" {
					best, bestRank = b.ID, r
					m.BodyAsWritten = squash(rest[s:e])
				}
			}
			rest = rest[e:]
		}
		if best != "" {
			b, _ := x.gaz.BodyByID(best)
			m.BodyID, m.BodyEN = b.ID, b.NameEN
			return
		}
	}
	m.BodyEN = m.Title
	m.BodyAsWritten = m.Title
}

// levelOf returns the level of a body.
func (x *Extractor) levelOf(id string) (string, bool) {
	l, ok := x.levels[id]
	return l, ok
}

// place finds the host city and country: the "City, Country" written beside
// the meeting's date, else the first "en|in City, Country" of the header.
func (x *Extractor) place(text string, d dateRange) (string, string) {
	if d.pos >= 0 {
		ls := strings.LastIndex(text[:d.pos], "\n") + 1
		before := strings.Trim(text[ls:d.pos], " ,\t")
		if city, iso := x.placeIn(before); iso != "" {
			return city, iso
		}
		// the line above the date, when the date stands alone
		if strings.TrimSpace(before) == "" && ls > 0 {
			prev := strings.TrimRight(text[:ls], " \n\t")
			pl := prev[strings.LastIndex(prev, "\n")+1:]
			if len(pl) < 100 && !strings.HasSuffix(pl, ".") {
				if city, iso := x.placeIn(pl); iso != "" {
					return city, iso
				}
			}
		}
		// after the date: "... de 2002 en la Antigua Guatemala, Guatemala, con ..."
		after := text[d.stop:]
		if i := strings.IndexAny(after, "\n"); i > 0 && i < 200 {
			after = after[:i]
		}
		if city, iso := x.afterEn(after); iso != "" {
			return city, iso
		}
	}
	if city, iso := x.afterEn(text); iso != "" {
		return city, iso
	}
	if d.pos >= 0 {
		ls := strings.LastIndex(text[:d.pos], "\n") + 1
		parts := commaParts(text[ls:d.pos])
		if len(parts) > 0 {
			if iso := x.cities[fold(parts[0])]; iso != "" {
				return tidyCity(parts[0]), iso
			}
		}
	}
	for c, iso := range x.cityInText(text) {
		return c, iso
	}
	return "", ""
}

// placeIn reads "City, Region, Country" and returns the city and country.
func (x *Extractor) placeIn(s string) (string, string) {
	parts := commaParts(s)
	if len(parts) == 0 || len(parts) > 4 {
		return "", ""
	}
	iso := ""
	for i := len(parts) - 1; i >= 0; i-- {
		if c, ok := x.gaz.FindCountry(parts[i]); ok {
			iso = c
			if i == 0 {
				return "", iso
			}
			break
		}
	}
	if iso == "" {
		if c := x.cities[fold(placeName(parts[0]))]; c != "" && len(parts) <= 2 {
			return tidyCity(placeName(parts[0])), c
		}
		return "", ""
	}
	for _, p := range parts {
		if x.cities[fold(placeName(p))] != "" {
			return tidyCity(placeName(p)), iso
		}
	}
	for _, p := range parts {
		if name := placeName(p); name != "" {
			return tidyCity(name), iso
		}
	}
	return "", iso
}

// placeName returns the place a comma part names: the words after "in" or
// "en" ("held in San José"), or its trailing capitalised words after a
// heading ("REUNIÓN DEL GRCM Tegucigalpa"); "" for a phrase that names no
// place ("Meeting of the RCGM").
func placeName(part string) string {
	low := strings.ToLower(part)
	for _, kw := range []string{" in ", " en "} {
		if i := strings.LastIndex(low, kw); i >= 0 {
			part = part[i+len(kw):]
			low = low[i+len(kw):]
		}
	}
	words := strings.Fields(part)
	allCaps := isUpperWord(strings.Join(words, ""))
	var keep []string
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		lw := strings.ToLower(w)
		connector := lw == "de" || lw == "del" || lw == "la" || lw == "el" || lw == "los" || lw == "las"
		if !connector && !startsUpper(w) {
			if len(keep) == 0 {
				continue // a trailing "on" or "el" before the date
			}
			break
		}
		if !allCaps && isUpperWord(w) && len([]rune(w)) > 3 && len(keep) > 0 {
			break
		}
		keep = append([]string{w}, keep...)
		if len(keep) >= 4 {
			break
		}
	}
	for len(keep) > 0 {
		lw := strings.ToLower(keep[0])
		if lw != "de" && lw != "del" {
			break
		}
		keep = keep[1:]
	}
	if len(keep) < len(words) && len(words) > 4 && allCaps {
		return ""
	}
	for _, w := range keep {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "the" {
			return ""
		}
	}
	return strings.Join(keep, " ")
}

// afterEn finds "en|in (la ciudad de) City, Country" in s.
func (x *Extractor) afterEn(s string) (string, string) {
	for _, mt := range x.gaz.Find(s) {
		if mt.Entity.Type != actas.EntityCountry {
			continue
		}
		pre := strings.TrimRight(s[:mt.Start], " \n\t")
		if !strings.HasSuffix(pre, ",") {
			continue
		}
		pre = strings.TrimSuffix(pre, ",")
		// walk back to " en " / " in "; "en la Ciudad de Guatemala" names
		// the city "Ciudad de Guatemala", "en la ciudad de La Paz" La Paz
		low := strings.ToLower(pre)
		cut := -1
		for _, kw := range []string{" en la ciudad de ", " in the city of ", " en la ", " en el ", " en ", " in "} {
			i := strings.LastIndex(low, kw)
			if i < 0 || i+len(kw) <= cut {
				continue
			}
			if kw == " en la ciudad de " && x.cities[fold(squash(pre[i+len(" en la "):]))] != "" {
				continue
			}
			cut = i + len(kw)
		}
		if cut < 0 || len(pre)-cut > 60 {
			continue
		}
		parts := commaParts(strings.ReplaceAll(pre[cut:], "\n", " "))
		if len(parts) == 0 {
			continue
		}
		return tidyCity(parts[0]), mt.Entity.ID
	}
	return "", ""
}

// cityInText finds a known city named in text.
func (x *Extractor) cityInText(text string) map[string]string {
	f := " " + fold(squash(text)) + " "
	for c, iso := range x.cities {
		if strings.Contains(f, " "+c+" ") || strings.Contains(f, " "+c+",") {
			return map[string]string{tidyCity(c): iso}
		}
	}
	return nil
}

// commaParts splits a place list on commas, dropping empty parts.
func commaParts(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = squash(p)
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// tidyCity drops a leading article and fixes the case of an all-caps name.
func tidyCity(s string) string {
	s = squash(s)
	for _, a := range []string{"la ciudad de ", "the city of "} {
		if strings.HasPrefix(strings.ToLower(s), a) {
			s = s[len(a):]
		}
	}
	if strings.HasPrefix(s, "la ") || strings.HasPrefix(s, "el ") {
		s = s[3:]
	}
	if isUpperWord(strings.ReplaceAll(s, " ", "")) {
		words := strings.Fields(strings.ToLower(s))
		for i, w := range words {
			if i > 0 && (w == "de" || w == "del" || w == "la" || w == "el") {
				continue
			}
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
		s = strings.Join(words, " ")
	}
	return s
}

// language tells Spanish from English by counting common words.
func language(text string) string {
	es, en := 0, 0
	for _, t := range tokenize(text) {
		switch t.fold {
		case "de", "la", "el", "los", "las", "que", "y", "en", "por", "para", "del", "se", "con":
			es++
		case "the", "of", "and", "to", "in", "for", "on", "with", "by", "that":
			en++
		}
	}
	if en > es {
		return "en"
	}
	return "es"
}
