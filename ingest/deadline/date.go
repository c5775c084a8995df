package deadline

import (
	"strconv"
	"time"

	"actas/ingest/internal/numeral"
)

// date parses a date expression at token k: a day, a month, a quarter or
// half, or a year, as the range of days it covers.
func (p *parser) date(k int) (span, bool) {
	if k >= len(p.toks) {
		return span{}, false
	}
	for _, f := range []func(int) (span, bool){p.numericDate, p.dayFirst, p.monthFirst, p.halfMonth, p.firstMonths, p.part, p.yearOnly, p.yearRef} {
		if sp, ok := f(k); ok {
			return sp, true
		}
	}
	return span{}, false
}

// numericDate parses 31/07/2016 and 31.07.2016 (month first in English when
// the day allows), and 31.VII.2016 with its month in roman numerals.
func (p *parser) numericDate(k int) (span, bool) {
	if k+4 >= len(p.toks) || p.toks[k+3].Fold != p.toks[k+1].Fold || (p.toks[k+1].Fold != "/" && p.toks[k+1].Fold != ".") {
		return span{}, false
	}
	a, err1 := strconv.Atoi(p.toks[k].Fold)
	b, err2 := strconv.Atoi(p.toks[k+2].Fold)
	roman := false
	if m := numeral.RomanMonth(p.toks[k+2].Fold); err2 != nil && m > 0 {
		b, err2, roman = m, nil, true
	}
	y, ok := p.yearAt(k + 4)
	if err1 != nil || err2 != nil || !ok {
		return span{}, false
	}
	d, m := a, b
	if p.lang == "en" && a <= 12 && b > 12 && !roman {
		d, m = b, a
	}
	if !validDay(y, m, d) {
		return span{}, false
	}
	t := day(y, m, d)
	return span{t, t, k + 5}, true
}

// dayFirst parses "30 de septiembre de 2010", "31 July 2016", "15th of
// December", "treinta de junio".
func (p *parser) dayFirst(k int) (span, bool) {
	d, ok := dayNumber(p.toks[k].Fold)
	j := k + 1
	if !ok {
		n, v, found := p.gr.at(p.toks, k, "number")
		if d, _ = strconv.Atoi(v); !found || d < 1 || d > 31 {
			return span{}, false
		}
		j = k + n
	}
	if j < len(p.toks) && p.toks[j].Fold == "°" { // "1° de junio"
		j++
	}
	last, j := p.rangeEnd(d, j)
	if j < len(p.toks) && (p.toks[j].Fold == "de" || p.toks[j].Fold == "of") {
		j++
	}
	m, n, ok := p.month(j)
	if !ok {
		return span{}, false
	}
	sp, ok := p.dayMonthYear(last, m, j+n)
	if ok && last > d {
		sp.start = day(sp.start.Year(), m, d) // "23-24 September 2025", "el 23 y 24 de septiembre"
	}
	return sp, ok
}

// rangeEnd reads the last day of a range of days after day d at token j
// ("-24", "y 24", "al 24", "and 24", "to 24"): that day and the token after
// it, or d and j.
func (p *parser) rangeEnd(d, j int) (int, int) {
	if j+1 >= len(p.toks) {
		return d, j
	}
	switch p.toks[j].Fold {
	case "-", "–", "y", "al", "and", "to":
	default:
		return d, j
	}
	e, ok := dayNumber(p.toks[j+1].Fold)
	if !ok || e <= d {
		return d, j
	}
	return e, j + 2
}

// monthFirst parses "March 31, 2015", "May 14-15, 2007", "junio 2018", "junio de 2010", "September".
func (p *parser) monthFirst(k int) (span, bool) {
	m, n, ok := p.month(k)
	if !ok {
		return span{}, false
	}
	j := k + n
	if j < len(p.toks) {
		if d, ok := dayNumber(p.toks[j].Fold); ok {
			last, after := p.rangeEnd(d, j+1)
			sp, ok := p.dayMonthYear(last, m, after)
			if ok && last > d {
				sp.start = day(sp.start.Year(), m, d) // "May 14-15, 2007"
			}
			return sp, ok
		}
	}
	if y, next, ok := p.yearAfter(j); ok {
		return span{day(y, m, 1), lastDay(y, m), next}, true
	}
	if p.isRange(j) {
		return span{}, false
	}
	if sp, ok := p.monthRange(m, j); ok {
		return sp, true
	}
	y, ok := p.defaultYear(lastDay(p.meeting.Year(), m))
	if !ok {
		return span{}, false
	}
	return span{day(y, m, 1), lastDay(y, m), j}, true
}

// monthRange parses the end of a range of months after month m, from token
// j ("July-December 2025", "de enero a junio de 2026"): the months from the
// first of m to the end of the last, which gives the year.
func (p *parser) monthRange(m, j int) (span, bool) {
	if j+1 >= len(p.toks) || !monthRangeWords[p.toks[j].Fold] {
		return span{}, false
	}
	if _, _, ok := p.month(j + 1); !ok {
		return span{}, false
	}
	end, ok := p.monthFirst(j + 1)
	if !ok || end.start.Day() != 1 || !end.end.Equal(lastDay(end.end.Year(), int(end.end.Month()))) {
		return span{}, false // "July to 15 December": no range of months
	}
	y := end.end.Year()
	if m > int(end.end.Month()) {
		y-- // "November-February 2026"
	}
	return span{day(y, m, 1), end.end, end.next}, true
}

// monthRangeWords join the first and last month of a range of months.
var monthRangeWords = map[string]bool{"-": true, "–": true, "—": true, "to": true, "through": true, "a": true}

// dayMonthYear completes a day and month with the year after token j, or the default year.
func (p *parser) dayMonthYear(d, m, j int) (span, bool) {
	y, next, ok := p.yearAfter(j)
	if !ok {
		if y, ok = p.defaultYear(day(p.meeting.Year(), m, min(d, 28))); !ok {
			return span{}, false
		}
		next = j
	}
	if !validDay(y, m, d) {
		return span{}, false
	}
	t := day(y, m, d)
	return span{t, t, next}, true
}

// part parses "primer trimestre de 2018", "the second half of 2015", "first
// semester", "Q4 2016".
func (p *parser) part(k int) (span, bool) {
	on, ov, ok := p.gr.at(p.toks, k, "ordinal")
	pn, pv := 0, ""
	if ok {
		pn, pv, ok = p.gr.at(p.toks, k+on, "part")
	} else if f := p.toks[k].Fold; len(f) == 2 && f[0] == 'q' && f[1] >= '1' && f[1] <= '4' {
		on, ov, pv, ok = 1, f[1:], "3", true // "Q4": the fourth quarter
	}
	if !ok {
		return span{}, false
	}
	ord, _ := strconv.Atoi(ov)
	months, _ := strconv.Atoi(pv)
	if months <= 0 || 12%months != 0 {
		return span{}, false
	}
	count := 12 / months
	if ord == -1 {
		ord = count
	}
	if ord < 1 || ord > count {
		return span{}, false
	}
	j := k + on + pn
	first, last := (ord-1)*months+1, ord*months
	if y, next, ok := p.yearAfter(j); ok {
		return span{day(y, first, 1), lastDay(y, last), next}, true
	}
	y, ok := p.defaultYear(lastDay(p.meeting.Year(), last))
	if !ok {
		return span{}, false
	}
	return span{day(y, first, 1), lastDay(y, last), j}, true
}

// yearOnly parses "2018", "el año 2005"; a range "2015-2016" is no date.
func (p *parser) yearOnly(k int) (span, bool) {
	y, ok := p.yearAt(k)
	if !ok || p.isRange(k+1) {
		return span{}, false
	}
	return span{day(y, 1, 1), day(y, 12, 31), k + 1}, true
}

// yearAfter finds a year after token j, past fillers ("de", "del año", ","),
// or a year named by the meeting's ("del presente año", "next year").
func (p *parser) yearAfter(j int) (int, int, bool) {
	k := p.fillers(j)
	if n, v, ok := p.gr.at(p.toks, k, "year_ref"); ok && !p.meeting.IsZero() {
		off, _ := strconv.Atoi(v)
		return p.meeting.Year() + off, k + n, true
	}
	y, ok := p.yearAt(k)
	if !ok || p.isRange(k+1) {
		return 0, 0, false
	}
	return y, k + 1, true
}

// isRange reports whether token j continues a year range ("-2016", "/16").
func (p *parser) isRange(j int) bool {
	if j+1 >= len(p.toks) || (p.toks[j].Fold != "-" && p.toks[j].Fold != "/") {
		return false
	}
	_, err := strconv.Atoi(p.toks[j+1].Fold)
	return err == nil
}

// yearAt reads a four-digit year between 1900 and 2099 at token k.
func (p *parser) yearAt(k int) (int, bool) {
	if k >= len(p.toks) || len(p.toks[k].Fold) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(p.toks[k].Fold)
	return y, err == nil && y >= 1900 && y <= 2099
}

// month reads a month name (or abbreviation) at token k.
func (p *parser) month(k int) (m, n int, ok bool) {
	for _, kind := range []string{"month", "month_abbr"} {
		if n, v, ok := p.gr.at(p.toks, k, kind); ok {
			m, _ := strconv.Atoi(v)
			return m, n, true
		}
	}
	return 0, 0, false
}

// defaultYear is the year of a date with no year: the meeting's year, or the
// next one when that date would end before the meeting.
func (p *parser) defaultYear(end time.Time) (int, bool) {
	if p.meeting.IsZero() {
		return 0, false
	}
	if end.Before(p.meeting) {
		return p.meeting.Year() + 1, true
	}
	return p.meeting.Year(), true
}

// dayNumber reads a day of the month: "31", "1st", "2nd", "1o", "1ro", "1er".
func dayNumber(s string) (int, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return 0, false
	}
	switch s[i:] {
	case "", "st", "nd", "rd", "th", "o", "ro", "er":
	default:
		return 0, false
	}
	d, _ := strconv.Atoi(s[:i])
	return d, d >= 1 && d <= 31
}

// yearRef parses a year named by the meeting's: "el presente año", "this
// year", "the end of the year", "el próximo año".
func (p *parser) yearRef(k int) (span, bool) {
	n, v, ok := p.gr.at(p.toks, k, "year_ref")
	if !ok || p.meeting.IsZero() {
		return span{}, false
	}
	if k+n < len(p.toks) && len(p.toks[k+n].Fold) == 4 {
		if _, err := strconv.Atoi(p.toks[k+n].Fold); err == nil {
			return span{}, false // "el año 2005" names its year
		}
	}
	off, _ := strconv.Atoi(v)
	y := p.meeting.Year() + off
	return span{day(y, 1, 1), day(y, 12, 31), k + n}, true
}

// halfMonth parses "la primera quincena de diciembre", "the second
// fortnight of March": days 1-15 or 16 to the month's end.
func (p *parser) halfMonth(k int) (span, bool) {
	on, ov, ok := p.gr.at(p.toks, k, "ordinal")
	if !ok {
		return span{}, false
	}
	hn, _, ok := p.gr.at(p.toks, k+on, "half_month")
	if !ok {
		return p.weekOfMonth(k+on, ov)
	}
	sp, ok := p.monthFirst(p.fillers(k + on + hn))
	if !ok || sp.start.Day() != 1 || sp.end.Day() < 28 {
		return span{}, false
	}
	switch ov {
	case "1":
		sp.end = day(sp.start.Year(), int(sp.start.Month()), 15)
	case "2", "-1":
		sp.start = day(sp.start.Year(), int(sp.start.Month()), 16)
	default:
		return span{}, false
	}
	return sp, true
}

// weekOfMonth parses the week after its ordinal ("primera semana de
// marzo", "the last week of June"): days 1-7, 8-14, 15-21, 22-28, or the
// last seven days of the month.
func (p *parser) weekOfMonth(k int, ordinal string) (span, bool) {
	wn, _, ok := p.gr.at(p.toks, k, "week_month")
	if !ok {
		return span{}, false
	}
	sp, ok := p.monthFirst(p.fillers(k + wn))
	if !ok || sp.start.Day() != 1 || sp.end.Day() < 28 {
		return span{}, false
	}
	y, m := sp.start.Year(), int(sp.start.Month())
	switch ordinal {
	case "1", "2", "3", "4":
		n, _ := strconv.Atoi(ordinal)
		sp.start, sp.end = day(y, m, 7*n-6), day(y, m, 7*n)
	case "-1":
		sp.start = sp.end.AddDate(0, 0, -6)
	default:
		return span{}, false
	}
	return sp, true
}

// firstMonths parses "los primeros tres meses del año 2000", "the first
// six months of 2016": from January to the end of the n-th month.
func (p *parser) firstMonths(k int) (span, bool) {
	fn, _, ok := p.gr.at(p.toks, k, "first_n")
	if !ok {
		return span{}, false
	}
	n, j, ok := p.number(k + fn)
	if !ok || n > 12 {
		return span{}, false
	}
	un, unit, ok := p.gr.at(p.toks, j, "unit")
	if !ok || unit != "m" {
		return span{}, false
	}
	y, next, ok := p.yearAfter(j + un)
	if !ok {
		return span{}, false
	}
	return span{day(y, 1, 1), lastDay(y, n), next}, true
}
