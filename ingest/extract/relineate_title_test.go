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
