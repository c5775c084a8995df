package extract

import (
	"strconv"
	"strings"
	"time"

	"actas"
	"actas/ingest/deadline"
)

// announcedMeetings returns the first day of each next meeting the report
// announces with its date ("La próxima reunión del GRCM se celebrará en la
// Ciudad de México los días 5 y 6 de octubre de 2008"), or the day after
// the period it is planned for ("prevista para el primer semestre de
// 2018"), by body_id; a meeting named with no body is the report's own
// body's.
func (x *Extractor) announcedMeetings(text string, m actas.Meeting) map[string]time.Time {
	after := m.EndDate
	if after.IsZero() {
		after = m.StartDate
	}
	if after.IsZero() {
		return nil
	}
	out := map[string]time.Time{}
	for _, s := range sentences(text) {
		a, ok := deadline.Announces(s, x.gaz)
		if !ok {
			continue
		}
		body := a.BodyID
		if body == "" {
			body = m.BodyID
		}
		if _, seen := out[body]; seen {
			continue
		}
		for _, d := range findDates(s[a.End:]) {
			if d.start.After(after) {
				out[body] = d.start
				break
			}
		}
		if _, dated := out[body]; !dated {
			// "prevista para el primer semestre de 2018": due by the period's
			// end, the latest the meeting can come (resolveNextMeeting takes a day off)
			from := strings.LastIndexByte(s[:a.End], ' ') + 1 // from the verb's last word: "para el primer semestre"
			if p, ok := deadline.Find(s[from:], after, m.Language, x.gaz); ok && !p.Relative && p.Start.After(after) {
				out[body] = p.End.AddDate(0, 0, 1)
			}
		}
	}
	return out
}

// resolveNextMeeting gives a commitment due by a body's next meeting the
// day before that meeting, where the report announces its date
// (ANNOTATION.md: "by the next meeting" is due the day before it).
func (x *Extractor) resolveNextMeeting(ags []actas.Agreement, text string, m actas.Meeting) {
	var dates map[string]time.Time
	var numbered map[int]deadline.Due
	for i := range ags {
		for k := range ags[i].Commitments {
			c := &ags[i].Commitments[k]
			if c.DueNextMeetingOf == "" || !c.DueEnd.IsZero() {
				continue
			}
			if n, ok := meetingNumber(c.DueNextMeetingOf); ok {
				if numbered == nil {
					numbered = deadline.MeetingDates(text, m.EndDate, m.Language, x.gaz)
				}
				if d, ok := numbered[n]; ok {
					c.DueNextMeetingOf, c.DueStart, c.DueEnd = "", d.Start, d.End // "en la XI Conferencia" / "... la XI Conferencia, prevista en El Salvador en mayo de 2006"
				}
				continue
			}
			if dates == nil {
				dates = x.announcedMeetings(text, m)
			}
			if d, ok := x.announcedFor(dates, c.DueNextMeetingOf); ok {
				c.DueEnd = d.AddDate(0, 0, -1)
			}
		}
	}
}

// announcedFor returns the announced next meeting of body: its own, or
// that of the process it belongs to (an RCGM report announcing the next
// Vice-Ministerial Meeting) and the reverse.
func (x *Extractor) announcedFor(dates map[string]time.Time, body string) (time.Time, bool) {
	if d, ok := dates[body]; ok {
		return d, true
	}
	b, ok := x.gaz.BodyByID(body)
	if !ok || b.Family == "" {
		return time.Time{}, false
	}
	for id, d := range dates {
		o, ok := x.gaz.BodyByID(id)
		if ok && o.Family == b.Family && (x.levels[id] == "ministerial" || x.levels[body] == "ministerial") && x.levels[id] != x.levels[body] {
			return d, true
		}
	}
	return time.Time{}, false
}

// numberedMeeting marks a commitment due at a meeting named by its number
// ("la XI Conferencia") until resolveNextMeeting finds its date.
func numberedMeeting(n int) string { return "#" + strconv.Itoa(n) }

// meetingNumber returns the number numberedMeeting marked.
func meetingNumber(s string) (int, bool) {
	if !strings.HasPrefix(s, "#") {
		return 0, false
	}
	n, err := strconv.Atoi(s[1:])
	return n, err == nil
}

// dropUndated takes from the commitments the meetings named by number whose
// date the report does not tell: no deadline, as before it was looked for.
func dropUndated(ags []actas.Agreement) {
	for i := range ags {
		for k := range ags[i].Commitments {
			if c := &ags[i].Commitments[k]; strings.HasPrefix(c.DueNextMeetingOf, "#") {
				c.DueNextMeetingOf, c.DueText = "", ""
			}
		}
	}
}
