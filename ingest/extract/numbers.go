package extract

import (
	"strconv"
	"strings"

	"actas/ingest/internal/wordfilter"
)

// numberWords are the cardinal and ordinal words of Spanish and English
// (folded) that write days and years in full: "diecisiete", "twenty-first",
// "dos mil doce". Multipliers are handled by wordNumber.
var numberWords = map[string]int{
	"un": 1, "uno": 1, "una": 1, "primero": 1, "primer": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
	"seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
	"catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
	"veinte": 20, "veintiun": 21, "veintiuno": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
	"veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
	"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
	"novecientos": 900,
	"one":         1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
	"five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8,
	"nine": 9, "ninth": 9, "ten": 10, "tenth": 10, "eleven": 11, "eleventh": 11, "twelve": 12, "twelfth": 12,
	"thirteen": 13, "thirteenth": 13, "fourteen": 14, "fourteenth": 14, "fifteen": 15, "fifteenth": 15,
	"sixteen": 16, "sixteenth": 16, "seventeen": 17, "seventeenth": 17, "eighteen": 18, "eighteenth": 18,
	"nineteen": 19, "nineteenth": 19, "twenty": 20, "twentieth": 20, "thirty": 30, "thirtieth": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// multipliers scale the number read so far ("mil", "thousand", "hundred").
var multipliers = map[string]int{"mil": 1000, "thousand": 1000, "hundred": 100}

// numberFirst holds the keys of numberWords and multipliers: a token that
// it refuses opens no number.
var numberFirst = func() (f wordfilter.Filter) {
	for w := range numberWords {
		f.Add(w)
	}
	for w := range multipliers {
		f.Add(w)
	}
	return f
}()

// wordNumber reads a number written in words at toks[i] ("treinta y uno",
// "twenty-first", "dos mil doce", "mil novecientos noventa y seis",
// "nineteen ninety-six") and returns it with the index after it.
func wordNumber(toks []token, i int) (int, int, bool) {
	if i >= len(toks) || !numberFirst.MayHold(toks[i].fold) {
		return 0, i, false
	}
	total, cur, j, read := 0, 0, i, false
	for j < len(toks) {
		w := toks[j].fold
		if v, ok := numberWords[w]; ok {
			if read && cur >= 10 && cur < 100 && v >= 10 {
				if _, prevNum := numberWords[toks[j-1].fold]; !prevNum {
					break // "fourteenth and fifteenth": two numbers
				}
				cur *= 100 // "nineteen ninety": a year said in pairs
			}
			cur += v
			read = true
			j++
			continue
		}
		if m, ok := multipliers[w]; ok {
			if m == 100 {
				cur = max(cur, 1) * 100
			} else {
				total += max(cur, 1) * m
				cur = 0
			}
			read = true
			j++
			continue
		}
		// "y", "and", "-" join number words only
		if read && (w == "y" || w == "and" || w == "-") && j+1 < len(toks) {
			// "treinta y uno", "twenty-first", "two thousand and twelve", not "14 and 15"
			if next, ok := numberWords[toks[j+1].fold]; ok && (cur >= 20 && cur%10 == 0 && next < 10 || cur == 0 && total > 0 || cur >= 100 && cur%100 == 0 && next < 100) {
				j++
				continue
			}
		}
		break
	}
	if !read {
		return 0, i, false
	}
	return total + cur, j, true
}

// yearsAsDigits writes the years a text gives in words as digits ("antes
// de finalizar mil novecientos noventa y siete" → "antes de finalizar
// 1997"), for the deadline reader, which reads years in digits.
func yearsAsDigits(s string) string {
	if !strings.Contains(s, "mil ") && !strings.Contains(s, "thousand") && !strings.Contains(s, "nineteen") {
		return s // no year in words: most texts
	}
	toks := tokenize(s)
	var b strings.Builder
	last := 0
	for i := 0; i < len(toks); i++ {
		n, j, ok := wordNumber(toks, i)
		if !ok || n < 1900 || n > 2099 || j-i < 2 {
			continue
		}
		b.WriteString(s[last:toks[i].start])
		b.WriteString(strconv.Itoa(n))
		last, i = toks[j-1].end, j-1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
