package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestFormatsAgree ingests one report as text, Windows-1252 text, HTML, DOCX
// and PDFs from three producers, and checks that every format gives the
// text's agreements: the same numbers, actions and mentions.
func TestFormatsAgree(t *testing.T) {
	st := openStore(t)
	files, _ := filepath.Glob("testdata/formats/*")
	sum := runOK(t, st, files, testOptions())
	if sum.Failed > 0 {
		t.Fatalf("failures: %v", sum.Failures)
	}
	rows, err := st.DB().QueryContext(context.Background(), `
		select d.file_name, string_agg(a.number || ':' || a.action || ':' ||
		       coalesce((select string_agg(m.entity_id, ',' order by m.entity_id) from raw.raw_agreement_mentions m
		                 where m.agreement_id = a.agreement_id and m.entity_type <> 'group'), ''), ' ' order by a.seq)
		from documents d join raw.raw_agreements a on a.meeting_id = d.document_id
		group by 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]string{}
	for rows.Next() {
		var name, agreements string
		if err := rows.Scan(&name, &agreements); err != nil {
			t.Fatal(err)
		}
		got[name] = agreements
	}
	want := got["grcm-tapachula-2010-05.es.txt"]
	if want == "" || len(got) != len(files) {
		t.Fatalf("documents with agreements: %d of %d", len(got), len(files))
	}
	for name, g := range got {
		if g != want {
			t.Errorf("%s differs from the text:\n got %s\nwant %s", name, g, want)
		}
	}
	if !strings.Contains(want, "3.4:thank:CAN,DOM") {
		t.Errorf("text extraction lost point 3.4: %s", want)
	}
}
