package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"

	"actas/data"
)

// validFS copies the embedded reference CSVs so that a test can break one.
func validFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{"countries.csv", "country_aliases.csv", "organisations.csv",
		"organisation_aliases.csv", "groups.csv", "bodies.csv", "body_aliases.csv", "stop_phrases.csv",
		"country_list_aliases.csv", "country_demonyms.csv", "demonym_role_nouns.csv"} {
		b, err := data.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	return m
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, content, want string
	}{
		{"missing file", "groups.csv", "", "groups.csv"},
		{"bad header", "organisations.csv", "id,name\nX,Y\n", "organisations.csv: header lacks column"},
		{"unknown iso3", "country_aliases.csv", "iso3,alias,lang\nXYZ,Atlantis,en\n", "country_aliases.csv:2: unknown iso3"},
		{"unknown org", "organisation_aliases.csv", "org_id,alias,lang,case_sensitive\nNOPE,Nope,en,false\n", "unknown org_id"},
		{"bad boolean", "organisation_aliases.csv", "org_id,alias,lang,case_sensitive\nIOM,IOM,en,maybe\n", "not a boolean"},
		{"unknown body", "body_aliases.csv", "body_id,alias,lang\nzzz,Zzz,en\n", "unknown body_id"},
		{"body with unknown org", "bodies.csv", "body_id,name_en,name_es,org_id,level\nx,X,X,NOPE,network\n", "unknown org_id"},
		{"body family not an org", "bodies.csv", "body_id,name_en,name_es,org_id,level,family\nx,X,X,RCM,network,NOPE\n", "family \"NOPE\" is no org_id"},
		{"bad in_capitals", "organisation_aliases.csv", "org_id,alias,lang,case_sensitive,in_capitals\nUN,UN,en,true,sometimes\n", "not a boolean"},
		{"broken quote", "groups.csv", "group_id,alias,lang\nmember_states,\"Member,en\n", "groups.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validFS(t)
			if tt.content == "" {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.content)}
			}
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadNewAlias(t *testing.T) {
	fsys := validFS(t)
	fsys["organisation_aliases.csv"].Data = append(fsys["organisation_aliases.csv"].Data, "IOM,la Organización de las Migraciones,es,false\n"...)
	g, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(g.Find("Solicitar a la Organización de las Migraciones")); got != "o:IOM" {
		t.Errorf("new alias not matched: %q", got)
	}
}
