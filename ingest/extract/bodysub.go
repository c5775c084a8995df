package extract

import (
	"strings"

	"actas"
	"actas/ingest/gazetteer"
)

// refineBody makes one of a process's working groups the body that met
// when a line of the title block names it without the process's name
// ("WORKING GROUP ON TRAFFICKING IN PERSONS" under "THE BALI PROCESS ...").
// A senior officials' meeting stays a meeting of the process, named as the
// process (docs/reference-data.md).
func (x *Extractor) refineBody(h header, m *actas.Meeting) {
	b, ok := x.gaz.BodyByID(m.BodyID)
	if !ok || x.levels[b.ID] != "ministerial" {
		return
	}
	for _, l := range titleLines(h) {
		ws := strings.Fields(l)
		for n := min(len(ws), 12); n >= 2; n-- {
			// the whole line, then without the words a re-wrap ran onto it
			// ("WORKING GROUP ON TRAFFICKING IN PERSONS Ninth Meeting")
			if sub, ok := x.groupOf(strings.Join(ws[:n], " "), b); ok {
				m.BodyID, m.BodyEN, m.BodyAsWritten = sub.ID, sub.NameEN, strings.Join(ws[:n], " ")
				return
			}
		}
	}
}

// titleLines returns the lines of the title block: the header's first
// lines up to the one that dates the meeting, without its date.
func titleLines(h header) []string {
	var out []string
	for _, l := range h.lines {
		if ds := findDates(l); len(ds) > 0 {
			return append(out, l[:ds[0].pos])
		}
		out = append(out, l)
	}
	return out
}

// groupOf returns the body of b's family, more specific than b, that line
// names once the process's name is added as the gazetteer's aliases write
// it ("... of the Bali Process", "Bali Process ...", "... del Proceso de
// Bali").
func (x *Extractor) groupOf(line string, b gazetteer.Body) (gazetteer.Body, bool) {
	l := strings.TrimSpace(line)
	if countFields(l, 13) > 12 || countFields(l, 3) < 2 {
		return gazetteer.Body{}, false
	}
	if _, _, _, named := x.gaz.BodySpan(l); named {
		return gazetteer.Body{}, false // the line names a body by itself
	}
	for _, c := range []string{l + " of the " + b.NameEN, b.NameEN + " " + l, l + " del " + b.NameES, l + " de la " + b.NameES} {
		sub, s, e, ok := x.gaz.BodySpan(c)
		if ok && sub.Family == b.Family && sub.ID != b.ID && s == 0 && e == len(c) && bodyRank[x.levels[sub.ID]] > bodyRank[x.levels[b.ID]] {
			return sub, true
		}
	}
	return gazetteer.Body{}, false
}
