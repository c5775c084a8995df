package extract

import (
	"actas"
	"strings"
	"testing"
)

// TestShortNames checks that a sub-point that names by its noun alone an
// organisation its parent point named in full ("la Coalición", "the
// Coalition") mentions it, and that a point with no such parent does not.
func TestShortNames(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"RED DE FUNCIONARIOS DE ENLACE PARA EL COMBATE A LA TRATA DE PERSONAS\nSan José, Costa Rica, 10 y 11 de junio de 2014\n\nLa Red acordó:\n\n1. Respecto a la Coalición Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes:\na) Agradecer a la Coalición su informe.\nb) Solicitar a la Secretaría Técnica que comparta el informe con la Coalición.\n2. Aprobar el plan de trabajo de la Coalición.\n",
			"1:CORETT 1.a:CORETT 1.b:TS,CORETT 2:"},
		{"LIAISON OFFICER NETWORK FOR CONSULAR PROTECTION\nSan José, Costa Rica, 10-11 June 2014\n\nThe Network agreed:\n\n1. With regard to the Economic Commission for Latin America and the Caribbean:\na. To thank the Commission for its study.\n",
			"1:ECLAC 1.a:ECLAC"},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(tt.text)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range rep.Agreements {
			var ms []string
			for _, m := range a.Mentions {
				if m.Type == actas.EntityOrganisation {
					ms = append(ms, m.ID)
				}
			}
			got = append(got, a.Number+":"+strings.Join(ms, ","))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("mentions\n  got  %s\n  want %s", g, tt.want)
		}
	}
}

// TestShortNameLastBefore checks that a noun two full names share ("la
// Coalición" after the Coalition against trafficking and the Coalition of
// civil society) stands for the last of them written before it, the same
// on every run.
func TestShortNameLastBefore(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "GRUPO REGIONAL DE CONSULTA SOBRE MIGRACIÓN\nSan José, Costa Rica, 10 y 11 de junio de 2014\n\nEl Grupo acordó:\n\n1. Respecto a las redes:\na) Agradecer a la Red de Funcionarios de Enlace para el Combate a la Trata de Personas y a la Red de Funcionarios de Enlace de Protección Consular sus informes, y solicitar a la Red que presente su plan de trabajo.\n"
	for run := 0; run < 20; run++ {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(text)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range rep.Agreements {
			for _, c := range a.Commitments {
				got = append(got, a.Number+":"+c.Responsible.ID)
			}
		}
		if g := strings.Join(got, " "); g != "1.a:RLCP" {
			t.Fatalf("run %d: commitments %q, want %q", run, g, "1.a:RLCP")
		}
	}
}
