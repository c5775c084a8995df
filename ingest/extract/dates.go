package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
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
	regexp.MustCompile(`\b(?P<d1>\d{1,2})(?:º|o)?\s+(?:de\s+)?` + monthRe[:len(monthRe)-1] + `)\s*(?:al|a|-|to|until|y|and)\s*(?P<d2>\d{1,2})\s+(?:de\s+)?(?P<m2>` + monthRe[1:] + `,?\s+(?:de\s+|del\s+)?(?P<y>\d{4})`),
	// november 30 - december 2, 2015
	regexp.MustCompile(`\b` + monthRe + `\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|and)\s*(?P<m2>` + monthRe[1:] + `\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})`),
	// (los días) 18 y 19 de mayo de 2010 / 27 de noviembre de 2017 / 12-14 november, 2014 / 13 june 2016
	regexp.MustCompile(`\b(?P<d1>\d{1,2})(?:º|o|st|nd|rd|th)?(?:\s*(?:,|y|e|al|a|-|and|to|&)\s*(?P<d2>\d{1,2}))?(?:\s*(?:,|y|-|and)\s*(?P<d3>\d{1,2}))?\s+(?:de\s+)?` + monthRe + `,?\s+(?:de\s+|del\s+|of\s+)?(?P<y>\d{4})`),
	// november 24-25, 2014 / june 15, 2015 / november 9 and 10, 2015
	regexp.MustCompile(`\b` + monthRe + `\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|and|to|&|,)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?(?:\s*(?:,|-|and)\s*(?P<d3>\d{1,2}))?,?\s+(?P<y>\d{4})`),
}

// dateRange is a meeting's dates found in text, with where they were found.
type dateRange struct {
	start, end time.Time
	pos, stop  int // byte offsets in the folded text
}

// findDates returns every full date or date range in text, in order; it
// lower-cases text itself, which keeps byte offsets valid for Latin text.
func findDates(text string) []dateRange {
	folded := strings.ToLower(text)
	var out []dateRange
	for _, re := range dateRes {
		for _, m := range re.FindAllStringSubmatchIndex(folded, -1) {
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
	return res
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

// reSignOff matches a closing line such as "La Paz, 26 de noviembre de 2004."
var reSignOff = regexp.MustCompile(`(?i)^[\p{L}][\p{L} .'’-]{1,60},(?:\s*[\p{L} .]{2,30},)?\s*(?:(?:a|el|on|this)\s+)?(?:\d{1,2}(?:º)?\s+(?:de\s+)?\p{L}+,?\s+(?:de\s+|del\s+)?\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\.?$`)
