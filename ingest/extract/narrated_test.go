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
