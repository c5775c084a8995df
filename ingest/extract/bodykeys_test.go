package extract

import "testing"

// TestKeywordGroup finds an RCM network from a title line that words its
// name as no alias does, and no network in lines that only share a word.
func TestKeywordGroup(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	vmm, ok := x.gaz.BodyByID("vmm")
	if !ok {
		t.Fatal("no body vmm")
	}
	tests := []struct {
		line, want string
	}{
		{"Reunión de la Red Regional de Funcionarios de Enlace para Combatir la Trata de Personas", "rltp"},
		{"Meeting of the Regional Network of Liaison Officers for the Prevention of Trafficking in Persons", "rltp"},
		{"Meeting of the Consular Protection Liaison Officers Network", "rlcp"},
		{"Taller regional sobre trata de personas", ""},
		{"Seminar on consular protection", ""},
	}
	for _, tt := range tests {
		sub, _, _ := x.keywordGroup([]string{tt.line}, vmm)
		if sub.ID != tt.want {
			t.Errorf("keywordGroup(%q) = %q, want %q", tt.line, sub.ID, tt.want)
		}
	}
}
