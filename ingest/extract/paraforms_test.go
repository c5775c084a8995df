package extract

import "testing"

// TestFiniteOpening tells the paragraphs that open with a finite verb, the
// meeting or a name as subject (a declaration's own decisions) from those
// that continue a lead-in (infinitives, "que" clauses, noun phrases).
func TestFiniteOpening(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"Agradecieron de manera especial al Gobierno de Belice.", true},
		{"Se comprometieron a designar un funcionario de enlace.", true},
		{"Reafirmamos nuestro compromiso con los derechos humanos.", true},
		{"Por último, expresaron su reconocimiento al Gobierno.", true},
		{"Los Viceministros aprobaron el informe.", true},
		{"El Gobierno de México ofreció ser sede.", true},
		{"Panamá y Costa Rica presentaron un informe.", true},
		{"They thanked the Government of Belize.", true},
		{"Ministers welcomed the report.", true},
		{"Reaffirmed the importance of dialogue.", true},
		{"Took note of the report of the Group.", true},
		{"The Government of Belize offered to host the meeting.", true},
		{"Comprometerse a exponer a las autoridades.", false},
		{"Que se realice en la Ciudad de México un taller.", false},
		{"La elaboración de un directorio regional de albergues.", false},
		{"Establish a working group on labour migration.", false},
		{"Strengthen the liaison officer networks of the region.", false},
		{"Reafirman su compromiso con la protección de los migrantes.", true},
		{"To request IOM to prepare a study.", false},
		{"A regional seminar on the protection of migrant women.", false},
		{"The report of the Technical Secretariat on the fund.", false},
		{"El Gobierno de Panama ofrecio ser sede.", true},
		{"Un grupo de trabajo sobre migración laboral.", false},
		{"Un Taller de Expertos encargado de identificar proyectos.", false},
	}
	for _, tt := range tests {
		if got := finiteOpening(tt.text, x.rules); got != tt.want {
			t.Errorf("finiteOpening(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
