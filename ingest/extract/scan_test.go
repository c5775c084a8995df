package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// FuzzScans checks that each cheap scan of scan.go answers as the regular
// expression it stands in for, on the test reports' lines and on any text.
func FuzzScans(f *testing.F) {
	seedReportParagraphs(f)
	for _, s := range []string{"Guatemala, 18 y 19 de mayo de 2010.", "ſeptiembre", "november 30 - december 2, 2015",
		"x12 de mayo de 2015", "12 de mayo de 20155", "theTechnical", "a\u00c9b", "inter-\n  national", "- \n", "30º de junio de 2014", "La Paz, 26 de noviembre de 2004.", "Los Viceministros ACUERDAN:", "en calidad de observadores", "ANEXO I. LISTA DE PARTICIPANTES", "IV.\u00a0Attendance", "11/06/2019", "12-13.06.1999", "1/06.2019", "2) Delegaciones", "b. x", "xiv. y", "GRCM   PÁG. 2 de 3", "Página 1 de 2", "page 2 of 3", "ſigned at Belize in 2001", "co-chaired by Chile; PRESIDENCIA pro tempore, chairchair", "preſidencia de Chile", "under the Presidency Pro Tempore (PPT) of ", "bajo la presidencia del ", "(Pro Tempore) de la ", "the CHAIRMANSHIP of the\t", "Informe final  Página 3 de 12", "IOM, which serves as the MIDSA Secretariat; la OIM como Secretaría Técnica, secretaria_ secretarial Secretariats SSecretariat secretaria", "Secretaríat ecretariat secretariaé secretaria9", "– 2 –", "• 3 ·", " 12 ", "p. 4", "Pág. 2 de 3\t", "12/30", "1.1 To approve the agenda.", "- 3", "\u00a012", "123 de mayo de 2015, 1 2 de mayo de 2015", "Ciudad de Panamá, 3 de mayo de 2010", "O’Higgins-Sur. St, May 3, 2010", "3. To thank IOM, in March 2016", "A, 3 May 2010", "AB, 3 May 2010", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, 3 May 2010", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, 3 May 2010", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, 3 May 2010", "may\f3, 2010; may 3rd 2010; mayo 14 y 15, 2011", "los días 18 y 19 de mayo del año 20155", "12th of march and the 13th of march, 2022", "Chaiř presi", "Ávila, 3 de mayo de 2010", "Élan, May 3, 2010.", "Panamá, 3 de mayo de 2010. ", "San José, 3 May 2010.x", "Dada en la Ciudad de Guatemala, a los veintiséis días del mes de octubre de dos mil once.", "Países Miembros: Belice", "Observers：", "co-chaired by Chile and Peru", "IOM, which serves as the Secretariat", "Notas: x", "Notes :", "Nota:", "Fin del documento", "los Viceministros acordaron: a)"} {
		f.Add(s)
	}
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	gates := []struct {
		set   *phraseSet
		kinds []string
	}{{x.rules.structure, []string{"operative", "preamble", "end"}}, {x.rules.structure, []string{"operative"}}, {x.rules.sections, []string{"closed"}}, {x.rules.sections, []string{"closing"}}, {x.rules.sections, []string{"colophon"}}, {x.rules.participants, []string{"observer"}}, {x.rules.participants, []string{"annex"}}, {x.rules.structure, []string{"serves_as"}}, {x.rules.structure, []string{"chaired_by"}},
		{x.rules.participants, []string{"participation", "excused", "label", "observer"}}, {x.rules.structure, []string{"participation", "label", "observer"}}, {x.rules.structure, []string{"end"}}, {x.rules.structure, []string{"topic"}}, {x.rules.bodyWords, []string{"optional"}}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range gates {
			if foldedHolds(s, g.set.phrases(g.kinds...)) {
				continue
			}
			toks := tokenize(s)
			for i := range toks {
				if e, _, ok := g.set.match(toks, i); ok && slices.Contains(g.kinds, e.kind) {
					t.Fatalf("foldedHolds(%q, %v) = false, but cue %v matches", s, g.kinds, e.words)
				}
				for _, k := range g.kinds {
					if e, _, ok := g.set.matchKind(toks, i, k); ok {
						t.Fatalf("foldedHolds(%q, %v) = false, but cue %v of kind %s matches", s, g.kinds, e.words, k)
					}
				}
			}
		}
		if got, want := hasMonthPrefix(s), reAnyMonth.MatchString(s); got != want {
			t.Fatalf("hasMonthPrefix(%q) = %v, want %v", s, got, want)
		}
		if !mayNumericDate(s) && reNumericDate.MatchString(s) {
			t.Fatalf("mayNumericDate(%q) = false, but reNumericDate matches", s)
		}
		if !mayHeadingMarker(s) && reHeadingMarker.MatchString(s) {
			t.Fatalf("mayHeadingMarker(%q) = false, but reHeadingMarker matches", s)
		}
		if !mayPageCount(s) && (rePageCount.MatchString(s) || rePageLabel.MatchString(s)) {
			t.Fatalf("mayPageCount(%q) = false, but rePageCount or rePageLabel matches", s)
		}
		for _, g := range gates {
			toks := tokenize(s)
			for i := range toks[:min(len(toks), 5)] {
				if e, _, ok := g.set.match(toks, i); ok && slices.Contains(g.kinds, e.kind) && !foldedHoldsFrom(s, g.set.phrases(g.kinds...), 5) {
					t.Fatalf("foldedHoldsFrom(%q, %v, 5) = false, but cue %v matches at token %d", s, g.kinds, e.words, i)
				}
			}
		}
		if toks := tokenize(s); !x.participantCues(s) && (x.participationCue(toks) >= 0 || x.excusedSpanOf(s, toks)) {
			t.Fatalf("participantCues(%q) = false, but a participant or excused cue is read", s)
		}
		if w := wordTokens(s); !foldedHoldsFrom(s, x.rules.structure.phrases("end"), 1) {
			if e, _, ok := x.rules.structure.match(w, 0); ok && e.kind == "end" {
				t.Fatalf("foldedHoldsFrom(%q, end, 1) = false, but endCue's cue %v opens it", s, e.words)
			}
		}
		if w := wordTokens(s[:min(len(s), 20)]); strings.IndexByte(s[:min(len(s), 21)], ':') < 0 {
			if _, j, ok := x.rules.sections.matchKind(w, 0, "notes"); ok && strings.HasPrefix(s[w[j-1].end:], ":") {
				t.Fatalf("notesLabel(%q): no colon in 21 bytes, but the label ends with one", s)
			}
		}
		if !sameFolds(tokenize(recased(s, nil)), tokenize(s)) {
			t.Fatalf("recased(%q) tokenizes to other folds: the topic gate of headingTopic reads the text before recasing", s)
		}
		if got, want := x.labelledText(s), x.labelled(tokenize(s)); got != want {
			t.Fatalf("labelledText(%q) = %v, want %v", s, got, want)
		}
		if !mayGlue(s) && reGlued.MatchString(s) {
			t.Fatalf("mayGlue(%q) = false, but reGlued matches", s)
		}
		if got, want := placeBefore(s), rePlaceBefore.MatchString(s); got != want {
			t.Fatalf("placeBefore(%q) = %v, want %v", s, got, want)
		}
		if got, want := matchSignOff(s), reSignOff.MatchString(s); got != want {
			t.Fatalf("matchSignOff(%q) = %v, want %v", s, got, want)
		}
		if got, want := presidencyOf(s), rePresidencyOf.MatchString(s); got != want {
			t.Fatalf("presidencyOf(%q) = %v, want %v", s, got, want)
		}
		if !mayPageNumber(s) && rePageNumber.MatchString(s) {
			t.Fatalf("mayPageNumber(%q) = false, but rePageNumber matches", s)
		}
		if !mayPageCount(s) && rePageFooter.MatchString(s) {
			t.Fatalf("mayPageCount(%q) = false, but rePageFooter matches", s)
		}
		for _, u := range []string{s, fold(s)} {
			want := false
			for _, m := range fullMonths {
				want = want || strings.Contains(u, m)
			}
			if got := containsMonth(u); got != want {
				t.Fatalf("containsMonth(%q) = %v, want %v", u, got, want)
			}
		}
		var secretariats [][2]int
		for _, m := range reSecretariatWord.FindAllStringIndex(s, -1) {
			secretariats = append(secretariats, [2]int{m[0], m[1]})
		}
		if got := secretariatWords(s); !reflect.DeepEqual(got, secretariats) {
			t.Fatalf("secretariatWords(%q) = %v, want %v", s, got, secretariats)
		}
		var chairs [][2]int
		for _, m := range reChairWord.FindAllStringIndex(s, -1) {
			chairs = append(chairs, [2]int{m[0], m[1]})
		}
		if got := chairWords(s); !reflect.DeepEqual(got, chairs) {
			t.Fatalf("chairWords(%q) = %v, want %v", s, got, chairs)
		}
		if !mayHyphenBreak(s) && reHyphenBreak.MatchString(s) {
			t.Fatalf("mayHyphenBreak(%q) = false, but reHyphenBreak matches", s)
		}
		n := normalizeDates(s).text
		segs := dateSegments(n)
		for _, re := range dateRes {
			if got, want := findDateMatches(re, n, segs), re.FindAllStringSubmatchIndex(n, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: findDateMatches = %v, want %v", n, got, want)
			}
		}
		if got, want := findAllIn(reOpenRange, n, segs), reOpenRange.FindAllStringSubmatchIndex(n, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: findAllIn(reOpenRange) = %v, want %v", n, got, want)
		}
	})
}

// excusedSpanOf reports whether excusedSpan finds an excused cue in s.
func (x *Extractor) excusedSpanOf(s string, toks []token) bool {
	for i := range toks {
		if e, _, ok := x.rules.participants.match(toks, i); ok && e.kind == "excused" {
			return true
		}
	}
	return false
}

// sameFolds reports whether two token lists start and fold alike.
func sameFolds(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].fold != b[i].fold || a[i].start != b[i].start {
			return false
		}
	}
	return true
}

// FuzzLastWord holds lastWord, which reads only the tail of its text, to
// the forward reading it replaced (strings.FieldsFunc's last field), on
// text with invalid bytes too.
func FuzzLastWord(f *testing.F) {
	for _, s := range []string{"", "abc", "  ", "Sesión 2. ", "DÉCIMO PRIMERO", "a\xffb", "\xff", "x \xe2\x82", "é\xa9", "\xc3\xa9\xa9 w", "ab\xe2\x80\xa8cd", "1.-", "\xf0\x9f\x98\x80é", "x\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := ""
		if f := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }); len(f) > 0 {
			want = f[len(f)-1]
		}
		for i := 0; i <= len(s); i++ { // every prefix, as lineBreaks asks
			w := ""
			if f := strings.FieldsFunc(s[:i], func(r rune) bool { return !isWordRune(r) }); len(f) > 0 {
				w = f[len(f)-1]
			}
			if got := lastWord(s[:i]); got != w {
				t.Fatalf("lastWord(%q) = %q, want %q", s[:i], got, w)
			}
		}
		if got := lastWord(s); got != want {
			t.Fatalf("lastWord(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzSpacedFields holds spacedFields to the fields repeatedFurniture cuts
// with skipSpace and firstWord.
func FuzzSpacedFields(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a b ", "a\n\tb\r\nc", "x\u00a0y  z", "\f1 \f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := 0
		for i := 0; i < len(s); {
			i = skipSpace(s, i)
			if i >= len(s) {
				break
			}
			n++
			i += len(firstWord(s[i:]))
		}
		if got := spacedFields(s); got != n {
			t.Fatalf("spacedFields(%q) = %d, want %d", s, got, n)
		}
	})
}

// FuzzMayOpenDay checks that mayOpenDay lets through every text reOpenDay
// matches.
func FuzzMayOpenDay(f *testing.F) {
	for _, s := range []string{"", "24 of march", "el 17 de mayo y", "on the 24th of march and", "1 enero", "12 demayo", "3 de  septiembre"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if reOpenDay.MatchString(s) && !mayOpenDay(s) {
			t.Fatalf("mayOpenDay(%q) = false, reOpenDay matches", s)
		}
	})
}
