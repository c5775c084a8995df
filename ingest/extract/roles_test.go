package extract

import (
	"slices"
	"testing"

	"actas"
)

// TestRoleParties checks that a party named by its role acts as the
// country the report gives that role: the host is the meeting's host
// country, the chair the country the report says chairs, the Secretariat
// the organisation it says serves as one; an unresolved role commits nobody.
func TestRoleParties(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string // responsible parties of the commitments, with their mentions
	}{
		{"host country", "Senior Officials Meeting of the Almaty Process\nBishkek, Kyrgyzstan, 5-6 May 2016\n\nThe participants agreed:\n\n1. The host country will circulate the report by 30 June 2016.\n",
			[]string{"KGZ", "mentions: "}},
		{"país sede", "Reunión del Grupo Regional de Consulta sobre Migración\nTegucigalpa, Honduras, 10 de junio de 2010\n\nACUERDOS\n\n1. El país sede circulará la relatoría a más tardar el 30 de junio de 2010.\n",
			[]string{"HND", "mentions: "}},
		{"co-chaired by", "Bali Process Ad Hoc Group Senior Officials Meeting\nKuala Lumpur, Malaysia, 12 November 2013\n\nThe meeting was co-chaired by Australia and Indonesia.\n\nThe meeting agreed:\n\n1. The Co-Chairs will convene a workshop before the end of January 2014.\n",
			[]string{"AUS", "IDN", "mentions: "}},
		{"chaired by, the Chair", "Steering Committee of the Khartoum Process\nCairo, Egypt, 20 June 2017\n\nThe meeting, chaired by Egypt, agreed:\n\n1. The Chair will share the concept note by 30 July 2017.\n",
			[]string{"EGY", "mentions: "}},
		{"serves as the Secretariat", "Technical Conference of the Migration Dialogue for Southern Africa\nMaputo, Mozambique, 4 July 2019\n\nThe conference was supported by the International Organization for Migration (IOM), which serves as the MIDSA Secretariat.\n\nThe conference agreed:\n\n1. The Secretariat will circulate the report by 31 July 2019.\n",
			[]string{"IOM", "mentions: IOM "}},
		{"como Secretaría", "Reunión de la Conferencia Suramericana sobre Migraciones\nLima, Perú, 4 de julio de 2019\n\nParticiparon los países miembros, con la OIM como Secretaría Técnica.\n\nACUERDOS\n\n1. La Secretaría circulará el informe antes del 31 de julio de 2019.\n",
			[]string{"IOM", "mentions: IOM "}},
		{"no secretariat named", "Technical Conference of the Migration Dialogue for Southern Africa\nMaputo, Mozambique, 4 July 2019\n\nThe conference agreed:\n\n1. The Secretariat will circulate the report by 31 July 2019.\n",
			[]string{"mentions: "}},
		{"no chair named", "Steering Committee of the Khartoum Process\nCairo, Egypt, 20 June 2017\n\nThe meeting agreed:\n\n1. The Chair will share the concept note by 30 July 2017.\n",
			[]string{"mentions: "}},
	}
	for _, tt := range tests {
		rep, err := x.Extract(&actas.Document{Pages: splitPages(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, ag := range rep.Agreements {
			for _, c := range ag.Commitments {
				got = append(got, c.Responsible.ID)
			}
			m := "mentions: "
			for _, e := range ag.Mentions {
				m += e.ID + " "
			}
			got = append(got, m)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
