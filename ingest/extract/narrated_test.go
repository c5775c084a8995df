package extract

import "testing"

// TestNarratedTopics checks the blocks whose topic headings, or the last
// line of their introduction, name a narrative section, also run on after
// a title in capitals where blank lines were lost.
func TestNarratedTopics(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		intro, topic string
		want         bool
	}{
		{"CO-CHAIRS' CONCLUSIONS Opening", "", true},
		{"CO-CHAIRS' CONCLUSIONS", "Opening", true},
		{"Thematic sessions", "", true},
		{"CO-CHAIRS' CONCLUSIONS", "", false},
		{"Conclusions", "Labour migration", false},
	} {
		text := tt.intro + "\n" + tt.topic + "\n"
		p := &parser{text: text, rules: x.rules}
		b := &block{intro: []span{{0, len(tt.intro)}}}
		if tt.topic != "" {
			b.topicHeads = []span{{len(tt.intro) + 1, len(tt.intro) + 1 + len(tt.topic)}}
		}
		if got := p.narratedTopics(b); got != tt.want {
			t.Errorf("narratedTopics(%q, %q) = %v, want %v", tt.intro, tt.topic, got, tt.want)
		}
	}
}

// TestStatusList checks lists that review earlier agreements by their
// status after a colon or a dash, and lists that decide.
func TestStatusList(t *testing.T) {
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		items []string
		want  bool
	}{
		{[]string{"Directorio regional de puntos focales (ST): cumplido.", "Guía consular (México): en proceso; se recibieron comentarios.", "Estudio sobre retornos (OIM): pendiente."}, true},
		{[]string{"Mapping of shelters – ongoing", "Directory of focal points - done", "Translate the guide into French."}, true},
		{[]string{"Solicitar a la OIM un estudio.", "Agradecer a México: su hospitalidad.", "Directorio (ST): cumplido."}, false},
		{[]string{"Tomar nota del informe: pendiente de aprobación."}, false},
	} {
		text := ""
		var roots []*node
		for _, it := range tt.items {
			roots = append(roots, &node{spans: []span{{len(text), len(text) + len(it)}}})
			text += it + "\n"
		}
		p := &parser{text: text, rules: x.rules}
		if got := p.statusList(roots); got != tt.want {
			t.Errorf("statusList(%q) = %v, want %v", tt.items, got, tt.want)
		}
	}
}
