package deadline

import (
	"strings"
	"time"

	"actas/ingest/gazetteer"
)

// cellCues are tried before a table cell that gives a date or period with
// no cue of its own ("30 de junio", "September 2017", "segundo semestre de
// 2013"): the column's title says it is the time by which it is due.
var cellCues = []string{"a más tardar el ", "antes de ", "by ", "before "}

// FindCell reads the deadline column of an agreements table: a phrase with
// its own cue as Find does, else a bare date or period, due by its end.
func FindCell(text string, meetingDate time.Time, lang string, g *gazetteer.Gazetteer) (Due, bool) {
	text = strings.TrimSpace(text)
	if text == "" {
		return Due{}, false
	}
	if d, ok := Find(text, meetingDate, lang, g); ok {
		return d, true
	}
	for _, cue := range cellCues {
		if d, ok := Find(cue+text, meetingDate, lang, g); ok && d.Pos == 0 && !eventOffset(strings.ToLower((cue + text)[d.PosEnd:])) {
			d.Text, d.Pos, d.PosEnd = text, 0, len(text)
			return d, true
		}
	}
	return Due{}, false
}

// eventOffset reports the rest of a cell after a period it gave that places
// the period before or after an event ("30 días" / "antes de la XXII CSM"):
// the date is the event's, which the cell does not give.
func eventOffset(rest string) bool {
	for _, w := range []string{"antes", "before", "después", "despues", "after", "prior"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}
