package extract

import (
	"reflect"
	"testing"
)

// FuzzClosingDates checks that closingDate finds the same date and line
// with the dates of the stretches that may hold its date (closingTailDates)
// as with every date of the tail (findDates), on the test reports' tails
// and paragraphs and on any text.
func FuzzClosingDates(f *testing.F) {
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, b := range seedReportParagraphs(f) {
		f.Add(b[len(b)-min(len(b), 3000):])
	}
	for _, s := range []string{"Dada en la Ciudad de Guatemala,\na los veintiséis días del mes de octubre de 2011.\n\nAnexo: 3 de mayo de 2010",
		"Signed at\nBelize, 3 May 2010", "se reunieron\nel 3 de mayo de 2010; y el 4 de mayo de 2010.", "San José, 3 de mayo\nde 2010.", "ſigned at Belize, 3 May 2010"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, line, ok := x.closingDate(s)
		closingDates = findDates
		defer func() { closingDates = closingTailDates }()
		wd, wline, wok := x.closingDate(s)
		if !reflect.DeepEqual(d, wd) || line != wline || ok != wok {
			t.Fatalf("closingDate(%q) = %v %q %v, with every date %v %q %v", s, d, line, ok, wd, wline, wok)
		}
	})
}
