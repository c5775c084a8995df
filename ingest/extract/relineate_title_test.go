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

// TestFieldValuesStay checks that a document's reference and date fields
// keep their values where line breaks were lost: a code or a date in
// capitals after a colon opens no clause ("Ref.: AP/SOM/2016/03 Date:
// 15.IX.2016"), as a verb in capitals does ("ACUERDAN: EXPRESAR ..."), and
// a leader's dots end no sentence ("Afghanistan ...... Ministry of ...").
func TestFieldValuesStay(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	points := strings.Repeat("2. Participants took note of the report of the Secretariat on the work plan of the Process. ", 4)
	for _, c := range []struct{ text, whole string }{
		{"CHAIR'S CONCLUSIONS Ref.: AP/SOM/2016/03        Date: 15.IX.2016 1. The meeting was held in Bishkek on 14 and 15 September 2016. " + points, "Ref.: AP/SOM/2016/03        Date: 15.IX.2016"},
		// a leader's dots end no sentence
		{"1. The meeting was held in Bishkek on 14 and 15 September 2016. 2. Participation Delegations of the following participating States took part in the meeting: Afghanistan ............ Ministry of Refugees and Repatriation Azerbaijan ............. State Migration Service Kazakhstan ............. Ministry of Health. " + points, "Afghanistan ............ Ministry of Refugees and Repatriation Azerbaijan"},
	} {
		if got := relineate(c.text, x.rules).text; !strings.Contains(got, c.whole) {
			t.Errorf("relineate(%.50q) = %q, want %q on one line", c.text, got, c.whole)
		}
	}
}

// TestSessionTitles checks the titles of sessions and agenda items, also
// run on into their narrative, and the nouns a number names.
func TestSessionTitles(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Session 2: Protection at sea", true},
		{"PUNTO SEGUNDO: Lectura y aprobación del acta", true},
		{"Tema 2 - Tarjeta migratoria regional. Las delegaciones intercambiaron información", true},
		{"Tema 2 - Tarjeta migratoria regional. las delegaciones", false},
		{"Session 2: The delegations agreed; the Chair closed it.", false},
	} {
		if got := sessionTitle(tt.line, x.rules); got != tt.want {
			t.Errorf("sessionTitle(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"abordaron los temas siguientes: Tema ", true},
		{"... in the afternoon. Session ", true},
		{"conforme al artículo ", true},
		{"los temas siguientes: ", false},
		{"the Network agreed: ", false},
	} {
		if got := numberedNoun(tt.before, x.rules); got != tt.want {
			t.Errorf("numberedNoun(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestLabelValueNoHeading checks that a label's value before a numbered
// section, where line breaks were lost, stays on its label's line: a title
// in sentence case over a point is read only after a sentence's end.
func TestLabelValueNoHeading(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "CONFERENCIA REGIONAL SOBRE MIGRACIÓN Presidencia Pro Tempore de Panamá – 2012 INFORME DE LA REUNIÓN DE LA RED DE FUNCIONARIOS DE ENLACE DE PROTECCIÓN CONSULAR Lugar: Ciudad de Panamá, Panamá Fecha: 19 de junio de 2012 Sede: Hotel Central Panamá, Salón Las Américas 1. PARTICIPANTES Países Miembros presentes: •\tCanadá •\tCosta Rica •\tPanamá Ausentes con excusa: Belice. Organismos observadores: Organización Internacional para las Migraciones (OIM). 2. DESARROLLO DE LA REUNIÓN La Presidencia Pro Tempore dio la bienvenida a las delegaciones y presentó la agenda, que fue aprobada sin cambios. La Secretaría Técnica presentó el informe de las actividades del semestre. Las delegaciones intercambiaron información sobre la asistencia consular a sus nacionales en tránsito. 3. ACUERDOS La Red acordó: 3.1 Actualizar el directorio de funcionarios de enlace antes de finalizar julio de 2012. 3.2 Solicitar a la OIM un informe sobre retornos asistidos. 3.3 Agradecer al Gobierno de Panamá su hospitalidad."
	got := relineate(text, x.rules).text
	if !strings.Contains(got, "Sede: Hotel Central Panamá, Salón Las Américas") {
		t.Errorf("relineate(%.40q) cut the label from its value:\n%s", text, got)
	}
}
