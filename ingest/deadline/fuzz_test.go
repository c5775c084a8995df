package deadline

import (
	"testing"
	"time"

	"actas/ingest/gazetteer"
)

func FuzzFind(f *testing.F) {
	g, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"antes de finalizar el 2017", "no later than March 31, 2015", "by 31 July 2016",
		"antes de la reunión del GRM en junio 2018", "within 30 days", "en un plazo de treinta (30) días",
		"before the next RCGM meeting", "durante 2015-2016", "by 07/31/2016", "a más tardar el 31 de",
		"the end of", "in the", "antes del 99 de julio de 2016", "within 999999999999 days", "durante la primera quincena de", "los primeros 99 meses del año 2000",
		"en su reunión de noviembre de", "before the end of the year", "del presente año", "treinta y uno de junio de 2012", "dentro de 1 (999999999999) días hábiles",
	} {
		f.Add(s)
	}
	meeting := time.Date(2015, 11, 10, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"es", "en"} {
			d, ok := Find(s, meeting, lang, g)
			if !ok {
				continue
			}
			if d.Pos < 0 || d.PosEnd > len(s) || d.Pos >= d.PosEnd || s[d.Pos:d.PosEnd] != d.Text {
				t.Fatalf("bad span %d:%d %q in %q", d.Pos, d.PosEnd, d.Text, s)
			}
			if d.Relative != d.End.IsZero() {
				t.Fatalf("Relative %v with End %v", d.Relative, d.End)
			}
			if !d.Relative && !d.Start.IsZero() && d.Start.After(d.End) {
				t.Fatalf("Start %v after End %v in %q", d.Start, d.End, s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	text := "7.a La ST se compromete a socializar con los Países Miembros la nota conceptual del taller, " +
		"quienes enviarán su retroalimentación antes de la reunión del GRM en junio 2018."
	meeting := time.Date(2017, 11, 27, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, ok := Find(text, meeting, "es", g); !ok {
			b.Fatal("no deadline")
		}
	}
}

// FuzzAnnounces holds Announces, which reads a sentence only when a verb of
// holding starts at one of its tokens (holdsAny), to the reading without
// that gate.
func FuzzAnnounces(f *testing.F) {
	g, err := gazetteer.Default()
	if err != nil {
		f.Fatal(err)
	}
	gr, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "La próxima reunión del GRCM se celebrará en Panamá en 2018.", "The next Senior Officials' Meeting of the Colombo Process will be held in Sri Lanka.",
		"la XV Reunión de la CRM se celebrará en Guatemala", "The fifth meeting of the IGAD-RCP will be held in Kampala", "antes de la próxima reunión",
		"la próxima Reunión Ordinaria, prevista para el primer semestre de 2018", "the 3rd meeting will take place", "tendrá lugar la próxima reunión"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotOK := Announces(s, g)
		toks, release := gazetteer.PooledTokens(s)
		defer release()
		want, wantOK := (&parser{gr: gr, g: g, text: s, toks: toks}).announce()
		if got != want || gotOK != wantOK {
			t.Fatalf("Announces(%q) = %+v, %v; the ungated reading %+v, %v", s, got, gotOK, want, wantOK)
		}
	})
}
