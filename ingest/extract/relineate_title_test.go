package extract

import (
	"strings"
	"testing"
)

// TestTitleBreaks checks the title lines found again in text that lost its
// line breaks: around a heading in capitals between words in small letters,
// after an acronym in brackets, and nowhere after the first sentence.
func TestTitleBreaks(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // the lines up to the first sentence end
	}{
		{"Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes MINUTA DE LA REUNIÓN Ciudad de Panamá, Panamá, 12 de marzo de 2019. La Red se reunió.",
			[]string{"Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes", "MINUTA DE LA REUNIÓN", "Ciudad de Panamá, Panamá, 12 de marzo de 2019."}},
		{"Regional Consultation Group on Migration (RCGM) Panama City, Panama, 14-15 March 2019. The RCGM met.",
			[]string{"Regional Consultation Group on Migration (RCGM)", "Panama City, Panama, 14-15 March 2019."}},
		{"REGIONAL CONFERENCE ON MIGRATION Meeting of the Network. The RCGM (RCGM) Panama met on the OTHER MATTERS Item.",
			[]string{"REGIONAL CONFERENCE ON MIGRATION Meeting of the Network."}},
		{"La Red (OIM) acordó: Solicitar a la OIM y ACNUR Presentar el informe. Fin.",
			[]string{"La Red (OIM) acordó: Solicitar a la OIM y ACNUR Presentar el informe."}},
	} {
		var b strings.Builder
		last := 0
		for _, k := range titleBreaks(c.text, nil) {
			b.WriteString(strings.TrimRight(c.text[last:k.pos], " "))
			b.WriteString(k.ins)
			last = k.pos
		}
		b.WriteString(c.text[last:])
		first, _, _ := strings.Cut(b.String(), ". ")
		if got := strings.Split(first+".", "\n"); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%.40q: lines\n  %q\nwant\n  %q", c.text, got, c.want)
		}
	}
}

// FuzzTitledLeadAfterStop holds titledLeadAfterStop, which asks for the
// full stop before byte i first, to titledLead asked first, at every byte.
func FuzzTitledLeadAfterStop(f *testing.F) {
	seedReportParagraphs(f)
	f.Add("... delegations. Recommendations The Senior Officials further made the following recommendations: 1. To thank")
	f.Add("the meeting. 2. Recomendaciones Los Viceministros acordaron: a) x")
	x, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			got, gotOK := titledLeadAfterStop(s, i, x.rules)
			want, wantOK := titledLead(s, i, x.rules)
			wantOK = wantOK && afterStop(s, i) && !markerBefore(s, i)
			if gotOK != wantOK || gotOK && got != want {
				t.Fatalf("titledLeadAfterStop(%q, %d) = %q, %v; want %q, %v", s, i, got, gotOK, want, wantOK)
			}
		}
	})
}
