package deadline

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"actas/data"
)

func TestLoad(t *testing.T) {
	good, err := data.FS.ReadFile("deadline_cues.csv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, content, want string }{
		{"bad header", "a,b,c,d\n", "header"},
		{"empty phrase", "kind,lang,phrase,value\nmonth,es,,1\n", "deadline_cues.csv:2: empty"},
		{"no months", "kind,lang,phrase,value\nbefore,en,before,3\n", `no phrases of kind "month"`},
		{"wrong field count", "kind,lang,phrase,value\nmonth,es\n", "deadline_cues.csv"},
	}
	for _, tt := range tests {
		_, err := Load(fstest.MapFS{"deadline_cues.csv": {Data: []byte(tt.content)}})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Load error = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(fstest.MapFS{}); err == nil {
		t.Error("Load of an empty FS succeeded")
	}
	// A new month spelling is a line of data.
	fsys := fstest.MapFS{"deadline_cues.csv": {Data: append(good, "month,es,juio,7\n"...)}}
	gr, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := gr.Find("antes del 31 de juio de 2016", time.Date(2016, 6, 13, 0, 0, 0, 0, time.UTC), "es", nil)
	if !ok || d.End.Format("2006-01-02") != "2016-07-31" {
		t.Errorf("new month not used: %+v %v", d, ok)
	}
}
