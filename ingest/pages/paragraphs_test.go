package pages

import "testing"

func TestBodyParagraphs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"body paragraphs one per line",
			"Los gobiernos acordaron:\n\nAgradecer a la OIM su apoyo.\n\nSolicitar al ACNUR un informe.\n",
			"Los gobiernos acordaron:\nAgradecer a la OIM su apoyo.\nSolicitar al ACNUR un informe.\n"},
		{"blank line around headings",
			"XXI RCM\n\nNovember 18, 2016\n\nGathered in Omoa, Honduras, on November 17-18, 2016, the delegations of the member countries\n\nWe agree to keep promoting safe migration.\n\nRECOMENDACIONES\n\nRecomendar al GRCM.\n",
			"XXI RCM\n\nNovember 18, 2016\n\nGathered in Omoa, Honduras, on November 17-18, 2016, the delegations of the member countries\nWe agree to keep promoting safe migration.\n\nRECOMENDACIONES\n\nRecomendar al GRCM.\n"},
		{"list block is body", "Acuerdos:\n\n1. Agradecer\n2. Solicitar\n\nTexto que sigue.\n",
			"Acuerdos:\n1. Agradecer\n2. Solicitar\nTexto que sigue.\n"},
		{"extra blank line stays one", "Uno dos tres.\n\n\nCuatro cinco.\n", "Uno dos tres.\n\nCuatro cinco.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := BodyParagraphs(tt.in); got != tt.want {
				t.Errorf("BodyParagraphs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestOCRParagraphs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"wrapped lines joined, blank line before the points dropped",
			"They agreed:\n\n• To adopt the Plan of Action as updated by the Regional\nConsultation Group.\n\n• To set up a Virtual Secretariat.\n",
			"They agreed:\n• To adopt the Plan of Action as updated by the Regional Consultation Group.\n• To set up a Virtual Secretariat.\n"},
		{"a point after a full line starts a line",
			"Los Viceministros acordaron lo siguiente sobre los temas:\n2. Agradecer a la OIM.\n",
			"Los Viceministros acordaron lo siguiente sobre los temas:\n2. Agradecer a la OIM.\n"},
		{"word hyphen at the margin", "la Secretaría Pro-\nTémpore informó.\n", "la Secretaría Pro-Témpore informó.\n"},
		{"heading kept apart", "ACUERDOS\n\nAgradecer a la OIM su apoyo técnico y logístico a la Conferencia.\n",
			"ACUERDOS\n\nAgradecer a la OIM su apoyo técnico y logístico a la Conferencia.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := OCRParagraphs(tt.in); got != tt.want {
				t.Errorf("OCRParagraphs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
