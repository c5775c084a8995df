package extract

import (
	"maps"
	"reflect"
	"strings"
	"testing"
)

// FuzzCityInText holds cityInText, which reads the text once with an index
// of the cities by first byte, to the search for every city it replaced,
// with the cities of cities.csv and with a city of no name added.
func FuzzCityInText(f *testing.F) {
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, t := range seedReportParagraphs(f) {
		f.Add(t[:min(len(t), 3000)]) // whole headers
	}
	for _, s := range []string{"", " ", "Guatemala, Guatemala", "Proceso de Puebla en San José", "Bali Process Bangkok", "San Salvador  San", "reunión en la Ciudad de Panamá,", ",", " ,x"} {
		f.Add(s)
	}
	y := *x
	y.cities, y.cityNames = maps.Clone(x.cities), maps.Clone(x.cityNames)
	y.cities[""], y.cityNames[""] = "XXX", ""
	y.citiesAt = newCityIndex(y.cities)
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range []*Extractor{x, &y} {
			if got, want := e.cityInText(s), cityInTextRef(e, s); !reflect.DeepEqual(got, want) {
				t.Fatalf("cityInText(%q) = %v, want %v (empty city %v)", s, got, want, e == &y)
			}
		}
	})
}

// cityInTextRef is cityInText as it was: every city searched for in the
// whole text.
func cityInTextRef(x *Extractor, text string) map[string]string {
	f := " " + fold(squash(text)) + " "
	best, bestAt := "", len(f)
	for c := range x.cities {
		for _, pat := range []string{" " + c + " ", " " + c + ","} {
			for from := 0; from < len(f); {
				k := strings.Index(f[from:], pat)
				if k < 0 {
					break
				}
				i := from + k
				from = i + 1
				if namesProcess(f, i, i+len(pat)) {
					continue // "Bali Process", "Proceso de Puebla": no place
				}
				if i < bestAt || i == bestAt && len(c) > len(best) {
					best, bestAt = c, i
				}
				break
			}
		}
	}
	if best == "" {
		return nil
	}
	return map[string]string{x.cityNames[best]: x.cities[best]}
}

// FuzzMisspeltCity holds misspeltCityAt, which looks the first word up
// before building the name, to the reading without that gate.
func FuzzMisspeltCity(f *testing.F) {
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"San Salvardor", "en San Jose de Costa Rica", "Ciudad de Guatemal", "Santo Domingo Este", "La Antigua Guatemala", "san salvador"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s)
		for i := range toks {
			for n := 1; n <= 4 && i+n <= len(toks); n++ {
				got, gotOK := x.misspeltCityAt(toks[i : i+n])
				want, wantOK := x.misspeltCity(toks[i : i+n])
				if got != want || gotOK != wantOK {
					t.Fatalf("misspeltCityAt(%q) = %q, %v; want %q, %v", s[toks[i].start:toks[i+n-1].end], got, gotOK, want, wantOK)
				}
			}
		}
	})
}
