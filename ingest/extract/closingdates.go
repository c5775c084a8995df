package extract

import "strings"

// closingDates reads the dates of a report's tail for closingDate
// (closingTailDates; FuzzClosingDates swaps in findDates).
var closingDates = closingTailDates

// closingTailDates is findDates(tail) for closingDate, which keeps only a date
// whose line, or the line before it, holds a closing or held cue, or whose
// line opens with a sign-off word or ends with a year (matchSignOff's gate):
// the dates in words of a stretch (findDatesWhere) with no such line from
// the line before it to the line after it are not read.
func closingTailDates(tail string) []dateRange {
	if !hasMonthPrefix(tail) || !foldedHasMonth(tail) || strings.Contains(tail, "ſ") {
		return findDates(tail)
	}
	cued := closingLines(tail)
	if len(cued) == 0 {
		return numericDates(tail)
	}
	return findDatesWhere(tail, func(a, b int) bool {
		lo := lineStart(tail, a)
		if lo > 0 {
			lo = lineStart(tail, lo-1) // the line before
		}
		hi := len(tail)
		if k := strings.IndexByte(tail[b:], '\n'); k >= 0 {
			hi = b + k
		}
		for _, l := range cued {
			if l[0] <= hi && l[1] >= lo {
				return true
			}
		}
		return false
	})
}

// closingLines returns the start and end of each line of tail that
// closingDate may take a date's score from: it holds a closing cue or a
// held cue (folded), or opens with a sign-off word or ends with a year.
func closingLines(tail string) [][2]int {
	var out [][2]int
	for a := 0; a <= len(tail); {
		b := strings.IndexByte(tail[a:], '\n')
		if b < 0 {
			b = len(tail)
		} else {
			b += a
		}
		line := tail[a:b]
		t := strings.TrimSpace(line)
		if signOffWord(t) || endsWithYear(t) {
			out = append(out, [2]int{a, b})
		} else if low := fold(line); containsAny(low, closingCues) || containsAny(low, heldBefore) {
			out = append(out, [2]int{a, b})
		}
		a = b + 1
	}
	return out
}

// lineStart returns where the line holding byte i of s starts.
func lineStart(s string, i int) int { return strings.LastIndexByte(s[:i], '\n') + 1 }
