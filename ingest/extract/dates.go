package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"actas/ingest/internal/numeral"
)

var monthNames = map[string]time.Month{
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

const monthRe = `(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december)`

// Date patterns on folded (lower-case, unaccented) text. Each names its groups.
var dateRes = []*regexp.Regexp{
	// 30 de noviembre al 2 de diciembre de 2015 / 30 november - 2 december 2015
	regexp.MustCompile(`\b(?P<d1>\d{1,2})(?:º|o)?\s+(?:de\s+|of\s+)?` + monthRe[:len(monthRe)-1] + `)\s*(?:al|a|-|to|until|y|and)\s*(?P<d2>\d{1,2})\s+(?:de\s+|of\s+)?(?P<m2>` + monthRe[1:] + `\s*,?\s+(?:del\s+ano\s+|de\s+|del\s+)?(?P<y>\d{4})`),
	// november 30 - december 2, 2015
	regexp.MustCompile(`\b` + monthRe + `\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|and|al|a|y)\s*(?P<m2>` + monthRe[1:] + `\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{4})`),
	// (los días) 18 y 19 de mayo de 2010 / 27 de noviembre de 2017 / 12-14 november, 2014 / 13 june 2016
	regexp.MustCompile(`\b(?P<d1>\d{1,2})(?:º|o|st|nd|rd|th)?(?:\s*(?:,|y|e|al|a|-|and|to|&)\s*(?:el\s+|the\s+)?` + weekdayRe + `(?P<d2>\d{1,2})(?:º|o|st|nd|rd|th)?)?(?:\s*(?:,|y|-|and)\s*(?P<d3>\d{1,2}))?\s+(?:de\s+|of\s+)?` + monthRe + `\s*,?\s+(?:del\s+ano\s+|of\s+the\s+year\s+|de\s+|del\s+|of\s+)?(?P<y>\d{4})`),
	// november 24-25, 2014 / june 15, 2015 / november 9 and 10, 2015 / junio 14 y 15, 2011
	regexp.MustCompile(`\b` + monthRe + `\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|and|to|&|,|al|y)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?(?:\s*(?:,|-|and)\s*(?P<d3>\d{1,2}))?\s*,?\s+(?P<y>\d{4})`),
}

// dateRange is a meeting's dates found in text, with where they were found.
type dateRange struct {
	start, end time.Time
	pos, stop  int // byte offsets in the folded text
}

// findDates returns every full date or date range in text, in order, with
// byte offsets in text. Days and years written in words ("del diecisiete al
// diecinueve de septiembre de dos mil doce") count, and a day without a year
// that opens a range ("on the 24th of March and ... the 25th of March, 2022")
// joins the full date after it.
func findDates(text string) []dateRange {
	if !hasMonthPrefix(text) || !foldedHasMonth(text) {
		return numericDates(text) // no month name: only dates in figures
	}
	return dateMemo.do(text, findDates1)
}

// findDates1 is findDates without its gate and memo. It reads for dates in
// words only the stretches up to a full stop or a semicolon that name a
// month (datesIn): no date, number in words, day filler or day a date joins
// (joinOpenDays) crosses one, and a stretch that names no month holds no
// date.
func findDates1(text string) []dateRange {
	var res []dateRange
	for a := 0; a < len(text); {
		b := len(text)
		if k := strings.IndexAny(text[a:], ".;"); k >= 0 {
			b = a + k + 1
		}
		if part := text[a:b]; hasMonthPrefix(part) && foldedHasMonth(part) {
			for _, d := range datesIn(part) {
				d.pos, d.stop = d.pos+a, d.stop+a
				res = append(res, d)
			}
		}
		a = b
	}
	if numeric := numericDates(text); len(numeric) > 0 {
		res = append(res, numeric...)
		sortRanges(res)
	}
	return res
}

// datesIn returns the dates of text in words and figures (findDates), but
// those written in figures only (numericDates).
func datesIn(text string) []dateRange {
	n := normalizeDates(text)
	defer n.release()
	folded := n.text
	starts := dateStarts(folded, dateSegments(folded))
	var out []dateRange
	for _, re := range dateRes {
		for _, m := range dateMatchesAt(re, folded, starts) {
			if d, ok := toRange(re, folded, m); ok {
				out = append(out, d)
			}
		}
	}
	// keep the longest match at each position, in order
	var res []dateRange
	for _, d := range out {
		keep := true
		for _, o := range out {
			if o.pos <= d.pos && o.stop >= d.stop && (o.stop-o.pos) > (d.stop-d.pos) {
				keep = false
				break
			}
		}
		if keep {
			dup := false
			for _, r := range res {
				if r.pos == d.pos && r.stop == d.stop {
					dup = true
				}
			}
			if !dup {
				res = append(res, d)
			}
		}
	}
	sortRanges(res)
	res = joinOpenDays(folded, res)
	kept := res[:0]
	for _, d := range res {
		d.pos, d.stop = int(n.start[d.pos]), int(n.end[d.stop-1])
		if d.pos > 0 && text[d.pos-1] == '/' {
			continue // "BG/98/3" over "June 1998": a document symbol's number, no day
		}
		kept = append(kept, d)
	}
	return kept
}

// reNumericDate matches a date or a range of days in figures: "11/06/2019",
// "12-13/06/2019", "11.06.2019", with the month in roman numerals too
// ("11-12.III.2014").
var reNumericDate = regexp.MustCompile(`\b(\d{1,2})(?:\s*-\s*(\d{1,2}))?([/.])(\d{1,2}|[IVX]{1,4})([/.])((?:19|20)\d\d)\b`)

// numericDates returns the dates a text writes in figures, day first unless
// one of them can only be month first ("06/25/2019").
func numericDates(text string) []dateRange {
	if !mayNumericDate(text) {
		return nil
	}
	ms := reNumericDate.FindAllStringSubmatchIndex(text, -1)
	monthFirst := false
	for _, m := range ms {
		a, _ := strconv.Atoi(text[m[2]:m[3]])
		b, _ := strconv.Atoi(text[m[8]:m[9]])
		if a > 12 {
			monthFirst = false
			break
		}
		if b > 12 {
			monthFirst = true
		}
	}
	var out []dateRange
	for _, m := range ms {
		if text[m[6]:m[7]] != text[m[10]:m[11]] {
			continue // "1/06.2019": no date
		}
		d1, _ := strconv.Atoi(text[m[2]:m[3]])
		d2 := d1
		if m[4] >= 0 {
			d2, _ = strconv.Atoi(text[m[4]:m[5]])
		}
		mon, err := strconv.Atoi(text[m[8]:m[9]])
		roman := err != nil
		if roman {
			mon = numeral.RomanMonth(text[m[8]:m[9]])
		}
		y, _ := strconv.Atoi(text[m[12]:m[13]])
		if monthFirst && m[4] < 0 && !roman {
			d1, mon = mon, d1
			d2 = d1
		}
		start, end := time.Date(y, time.Month(mon), d1, 0, 0, 0, 0, time.UTC), time.Date(y, time.Month(mon), d2, 0, 0, 0, 0, time.UTC)
		if mon < 1 || mon > 12 || start.Day() != d1 || end.Day() != d2 || end.Before(start) {
			continue
		}
		out = append(out, dateRange{start: start, end: end, pos: m[0], stop: m[1]})
	}
	return out
}

// reAnyMonth finds a month name in any case or accent, a cheap test before
// the dates of a text are read.
// weekdayRe matches an optional weekday before a day ("lunes 3 y martes 4
// de mayo", "Monday 3 and Tuesday 4 May").
const weekdayRe = `(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo),?\s+)?`

var reAnyMonth = regexp.MustCompile(`(?i)(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|jan|apr|aug|dec)`)

// reOpenDay matches a day and month without a year ("24 of march", "17 de mayo").
var reOpenDay = regexp.MustCompile(`\b(?P<d1>\d{1,2})\s+(?:de\s+|of\s+)?` + monthRe + `\b`)

// reOpenRange matches days and a month with no year: "17 al 19 de
// septiembre", "13 and 14 March", "September 17-19".
var reOpenRange = regexp.MustCompile(`\b(?P<d1>\d{1,2})(?:\s*(?:al|a|-|y|and|to|&)\s*(?P<d2>\d{1,2}))?\s+(?:de\s+|of\s+)?` + monthRe + `\b|\b` + monthRe + `\s+(?P<e1>\d{1,2})(?:\s*(?:-|and|to|&)\s*(?P<e2>\d{1,2}))?\b`)

// reYear matches a year of the archive's range.
var reYear = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)

// findYearless returns the dates with no year of text, completed with the
// first year the text writes elsewhere ("XII Reunión 2012 ... del 17 al 19
// de septiembre"); none when the text writes no year.
func findYearless(text string) []dateRange {
	if !hasMonthPrefix(text) || !foldedHasMonth(text) {
		return nil
	}
	n := normalizeDates(text)
	defer n.release()
	ym := reYear.FindStringIndex(n.text)
	if ym == nil {
		return nil
	}
	y, _ := strconv.Atoi(n.text[ym[0]:ym[1]])
	var out []dateRange
	for _, m := range findAllIn(reOpenRange, n.text, dateSegments(n.text)) {
		get := func(name string) string {
			i := reOpenRange.SubexpIndex(name)
			if m[2*i] < 0 {
				return ""
			}
			return n.text[m[2*i]:m[2*i+1]]
		}
		mon := time.Month(0)
		for i := 1; i < len(m)/2; i++ {
			if reOpenRange.SubexpNames()[i] == "" && m[2*i] >= 0 {
				mon = monthNames[n.text[m[2*i]:m[2*i+1]]]
			}
		}
		d1, d2 := get("d1"), get("d2")
		if d1 == "" {
			d1, d2 = get("e1"), get("e2")
		}
		a, _ := strconv.Atoi(d1)
		b, err := strconv.Atoi(d2)
		if err != nil {
			b = a
		}
		start := time.Date(y, mon, a, 0, 0, 0, 0, time.UTC)
		end := time.Date(y, mon, b, 0, 0, 0, 0, time.UTC)
		if mon == 0 || a < 1 || start.Day() != a || end.Day() != b || end.Before(start) {
			continue
		}
		out = append(out, dateRange{start: start, end: end, pos: int(n.start[m[0]]), stop: int(n.end[m[1]-1])})
	}
	return out
}

// joinOpenDays extends a full date to start at a day without a year written
// shortly before it in the same sentence, at most a week earlier.
func joinOpenDays(s string, rs []dateRange) []dateRange {
	for i := range rs {
		from := max(0, rs[i].pos-120)
		if k := strings.LastIndexAny(s[from:rs[i].pos], ".;"); k >= 0 {
			from += k + 1
		}
		if !mayOpenDay(s[from:rs[i].pos]) {
			continue // no day and month before the date
		}
		for _, m := range reOpenDay.FindAllStringSubmatchIndex(s[from:rs[i].pos], -1) {
			d, _ := strconv.Atoi(s[from+m[2] : from+m[3]])
			mon := monthNames[s[from+m[4]:from+m[5]]]
			start := time.Date(rs[i].start.Year(), mon, d, 0, 0, 0, 0, time.UTC)
			if d < 1 || start.Day() != d || start.After(rs[i].start) || rs[i].start.Sub(start) > 7*24*time.Hour {
				continue
			}
			if i > 0 && rs[i-1].stop > from+m[0] {
				continue
			}
			rs[i].start, rs[i].pos = start, from+m[0]
			break
		}
	}
	return rs
}

// normalized is a folded copy of a text in which days and years written in
// words are digits; start and end map each of its bytes to the byte range
// of the text it comes from.
type normalized struct {
	text       string
	start, end []int32
	offsets    *offsets // the buffers of start and end, for release
}

// normalizeDates folds text, writes number words and ordinal days as digits
// ("veintiséis" 26, "22nd" 22, "1º" 1) and shortens "días del mes de" to "de".
func normalizeDates(text string) normalized {
	n := normalized{offsets: offsetPool.Get().(*offsets)}
	n.start, n.end = n.offsets.start[:0], n.offsets.end[:0]
	var b strings.Builder
	b.Grow(len(text))
	emit := func(s string, from, to int) {
		b.WriteString(s)
		for range len(s) {
			n.start = append(n.start, int32(from))
			n.end = append(n.end, int32(to))
		}
	}
	emitRune := func(r rune, from, to int) {
		k, _ := b.WriteRune(r)
		for range k {
			n.start = append(n.start, int32(from))
			n.end = append(n.end, int32(to))
		}
	}
	toks, done := scratchTokens(text)
	defer done()
	prev := 0
	for i := 0; i < len(toks); {
		t := toks[i]
		for k, r := range text[prev:t.start] {
			emitRune(foldRune(r), prev+k, prev+k+utf8.RuneLen(r))
		}
		prev = t.start
		if v, j, ok := wordNumber(toks, i); ok && t.word {
			emit(strconv.Itoa(v), t.start, toks[j-1].end)
			prev, i = toks[j-1].end, j
			continue
		}
		if d, ok := ordinalDigits(t.fold); ok {
			emit(d, t.start, t.end)
			prev, i = t.end, i+1
			continue
		}
		if i+1 < len(toks) && toks[i+1].text == "°" && toks[i+1].start == t.end && len(t.text) <= 2 && strings.Trim(t.text, "0123456789") == "" {
			emit(t.text, t.start, toks[i+1].end) // "1°": a degree sign typed for the ordinal's
			prev, i = toks[i+1].end, i+2
			continue
		}
		if j, ok := dayFiller(toks, i); ok {
			emit(toks[j-1].fold, t.start, toks[j-1].end)
			prev, i = toks[j-1].end, j
			continue
		}
		emit(t.fold, t.start, t.end)
		prev, i = t.end, i+1
	}
	for k, r := range text[prev:] {
		emitRune(foldRune(r), prev+k, prev+k+utf8.RuneLen(r))
	}
	n.text = b.String()
	n.start = append(n.start, int32(len(text)))
	n.end = append(n.end, int32(len(text)))
	return n
}

// offsets are the buffers of a normalized text's start and end, kept in
// offsetPool between uses.
type offsets struct{ start, end []int32 }

var offsetPool = sync.Pool{New: func() any { return new(offsets) }}

// release gives n's offset buffers back to offsetPool: n must not be used after.
func (n *normalized) release() {
	n.offsets.start, n.offsets.end = n.start[:0], n.end[:0]
	offsetPool.Put(n.offsets)
	n.offsets, n.start, n.end = nil, nil, nil
}

// ordinalDigits strips an ordinal ending from a day: "22nd", "1º", "1ro", "1er", "1o".
func ordinalDigits(w string) (string, bool) {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 || i == len(w) {
		return "", false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th", "º", "o", "ro", "er":
		return w[:i], true
	}
	return "", false
}

// dayFiller matches the words between a day and its month in a formal
// date ("días del mes de", "day of the month of", "días de") and returns
// the index after them; the last word ("de", "of") is kept.
func dayFiller(toks []token, i int) (int, bool) {
	switch toks[i].fold {
	case "dia", "dias", "day", "days": // the first word of every filler
	default:
		return i, false
	}
	for _, f := range [][]string{{"dias", "del", "mes", "de"}, {"dia", "del", "mes", "de"}, {"dias", "de"}, {"dia", "de"},
		{"day", "of", "the", "month", "of"}, {"days", "of", "the", "month", "of"}, {"day", "of"}, {"days", "of"}} {
		if j, ok := matchWords(toks, i, f); ok {
			return j, true
		}
	}
	return i, false
}

// sortRanges orders date ranges by where they were found.
func sortRanges(rs []dateRange) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].pos < rs[j].pos })
}

// toRange turns one regexp match into a date range.
func toRange(re *regexp.Regexp, s string, m []int) (dateRange, bool) {
	get := func(name string) string {
		i := re.SubexpIndex(name)
		if i < 0 || m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	monthName := ""
	for i := 1; i < len(m)/2; i++ {
		if re.SubexpNames()[i] == "" && m[2*i] >= 0 {
			monthName = s[m[2*i]:m[2*i+1]]
			break
		}
	}
	y, _ := strconv.Atoi(get("y"))
	mon := monthNames[monthName]
	d1, _ := strconv.Atoi(get("d1"))
	if y < 1900 || y > 2100 || mon == 0 || d1 < 1 || d1 > 31 {
		return dateRange{}, false
	}
	endMon := mon
	if m2 := get("m2"); m2 != "" {
		endMon = monthNames[strings.TrimSpace(m2)]
	}
	d2 := d1
	for _, k := range []string{"d2", "d3"} {
		if v, err := strconv.Atoi(get(k)); err == nil && v >= 1 && v <= 31 {
			d2 = v
		}
	}
	if get("m2") != "" {
		// first pattern: the month group belongs to the start
		start := time.Date(y, mon, d1, 0, 0, 0, 0, time.UTC)
		end := time.Date(y, endMon, d2, 0, 0, 0, 0, time.UTC)
		if end.Before(start) {
			start = start.AddDate(-1, 0, 0)
		}
		return dateRange{start: start, end: end, pos: m[0], stop: m[1]}, true
	}
	start := time.Date(y, mon, d1, 0, 0, 0, 0, time.UTC)
	end := time.Date(y, mon, d2, 0, 0, 0, 0, time.UTC)
	if end.Before(start) {
		end = start
	}
	return dateRange{start: start, end: end, pos: m[0], stop: m[1]}, true
}

// reSignOff matches a closing line such as "La Paz, 26 de noviembre de
// 2004." (up to three places before the date: "Cancún, Quintana Roo,
// México, 30 de mayo de 2003.") or a closing formula "Dada en la Ciudad de Guatemala, a los
// veintiséis días del mes de octubre de dos mil once." ("Done at ... 2013.",
// "... del año dos mil once (2011).").
var reSignOff = regexp.MustCompile(`(?i)^(?:[\p{L}][\p{L} .'’-]{1,60},(?:\s*[\p{L} .]{2,30},){0,2}\s*(?:(?:a|el|on|this)\s+)?(?:\d{1,2}(?:º|st|nd|rd|th)?\s+(?:de\s+|of\s+)?\p{L}+,?\s+(?:de\s+|del\s+)?\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\.?|(?:dad[oa]s?|hech[oa]s?|done|adopted|adoptad[oa]s?|firmad[oa]s?|signed|suscrit[oa]s?)\s+(?:(?:por\s+consenso|by\s+consensus),?\s+)?(?:(?:en|at|in)\s|(?:de\s+(?:manera|forma)\s+virtual|virtualmente|por\s+videoconferencia|por\s+medios\s+virtuales|en\s+modalidad\s+virtual|virtually|by\s+videoconference|by\s+virtual\s+means)\b)[^\n]{0,200}?(?:\b(?:19|20)\d\d|\b(?:mil|thousand|nineteen)\b[\p{L} -]{0,40}(?:\((?:19|20)\d\d\))?)(?:[,;][^\n]{0,600})?\.?)$`)
