package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds cheap scans that stand in for regular expressions in hot
// paths: each gives exactly the answer of the expression it replaces or
// guards (see scan_test.go).

// monthPrefixes marks the three-letter month beginnings reAnyMonth looks
// for, by letterKey.
var monthPrefixes = func() (t [1 << 15]bool) {
	for _, p := range strings.Fields("ene feb mar abr may jun jul ago sep set oct nov dic jan apr aug dec") {
		k, _ := letterKey(p[0], p[1], p[2])
		t[k] = true
	}
	return t
}()

// letterKey packs three ASCII letters, in any case, into 15 bits.
func letterKey(a, b, c byte) (int, bool) {
	a, b, c = lowerASCII(a)-'a', lowerASCII(b)-'a', lowerASCII(c)-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return 0, false
	}
	return int(a)<<10 | int(b)<<5 | int(c), true
}

// hasMonthPrefix reports whether reAnyMonth matches s: a month's first three
// letters in any case.
func hasMonthPrefix(s string) bool {
	if strings.Contains(s, "ſ") {
		return reAnyMonth.MatchString(s) // (?i) folds ſ to s
	}
	for i := 0; i+3 <= len(s); i++ {
		if k, ok := letterKey(s[i], s[i+1], s[i+2]); ok && monthPrefixes[k] {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases an ASCII capital letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// fullMonths are the month names of monthRe.
var fullMonths = strings.Split(monthRe[1:len(monthRe)-1], "|")

// dateSegments cuts folded text at the ASCII marks no date pattern can
// hold and returns the [start, end) spans that hold a digit and a month
// name, the only places a date pattern (dateRes, reOpenRange) can match.
// A cut mark is no word character, so \b reads the same in a span as in
// the whole text.
func dateSegments(s string) [][2]int {
	var out [][2]int
	start, digit := 0, false
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			c := s[i]
			if '0' <= c && c <= '9' {
				digit = true
			}
			if !dateCut[c] {
				continue
			}
		}
		if digit && containsMonth(s[start:i]) {
			out = append(out, [2]int{start, i})
		}
		start, digit = i+1, false
	}
	return out
}

// dateCut marks the ASCII bytes that are neither word characters nor
// allowed inside a date ("\t\n\f\r ,-&").
var dateCut = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		word := '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
		t[c] = !word && !strings.ContainsRune("\t\n\f\r ,-&", rune(c))
	}
	return t
}()

// containsMonth reports whether s holds a month name of monthRe.
func containsMonth(s string) bool {
	for _, m := range fullMonths {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// findAllIn returns re's matches in s, as FindAllStringSubmatchIndex would,
// searching only the spans segs (which no match may cross), in order.
func findAllIn(re *regexp.Regexp, s string, segs [][2]int) [][]int {
	var out [][]int
	for _, sg := range segs {
		for _, m := range re.FindAllStringSubmatchIndex(s[sg[0]:sg[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += sg[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// mayGlue reports whether s has a lower-case ASCII letter followed by an
// upper-case one, which every match of reGlued holds.
func mayGlue(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			if n := s[i+1]; n < utf8.RuneSelf {
				if 'A' <= n && n <= 'Z' {
					return true
				}
			} else if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// mayHyphenBreak reports whether s has a hyphen followed by white space
// holding a line break, which every match of reHyphenBreak holds.
func mayHyphenBreak(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\f' || s[j] == '\n') {
			if s[j] == '\n' {
				return true
			}
			j++
		}
		k := strings.IndexByte(s[j:], '-')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}
