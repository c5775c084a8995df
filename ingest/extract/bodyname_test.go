package extract

import "testing"

func TestBodyName(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ title, want string }{
		{"ACTA DE LA REUNIÓN DEL GRUPO AD HOC SOBRE RETORNO", "Grupo Ad Hoc sobre Retorno"},
		{"Fifth Meeting of the Almaty Process on Refugee Protection and International Migration", "Almaty Process on Refugee Protection and International Migration"},
		{"XII Reunión del Foro Andino de Migraciones, Lima", "Foro Andino de Migraciones"},
		{"PRAGUE PROCESS SENIOR OFFICIALS' MEETING", "Prague Process"},
		{"Colombo Process Ministerial Consultation, Kathmandu", "Colombo Process Ministerial Consultation"},
		{"Final report of the Abu Dhabi Dialogue (ADD)", "Abu Dhabi Dialogue"},
		{"Minutes of the meeting held on 3 May 2019", ""},
		{"AD HOC WORKING GROUP ON LABOUR MOBILITY Grupo de Trabajo Ad Hoc sobre Movilidad Laboral", "Ad Hoc Working Group on Labour Mobility"},
		{"Comisión Centroamericana de Directores de Migración (OCAM) – Reunión Ordinaria", "Comisión Centroamericana de Directores de Migración"},
	}
	for _, tt := range tests {
		if got := x.bodyName(tt.title); got != tt.want {
			t.Errorf("bodyName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
