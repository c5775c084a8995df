package sqlshell

import (
	"slices"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"blank and semicolons", " ;\n ; ", nil},
		{"one without semicolon", "select 1", []string{"select 1"}},
		{"two", "select 1; select 2;", []string{"select 1", "select 2"}},
		{"string with semicolon", "select 'a;b'; select 2", []string{"select 'a;b'", "select 2"}},
		{"doubled quote", "select 'it''s;'; select 2", []string{"select 'it''s;'", "select 2"}},
		{"escape string", `select E'\';'; select 2`, []string{`select E'\';'`, "select 2"}},
		{"backslash in plain string", `select '\'; select 2`, []string{`select '\'`, "select 2"}},
		{"identifier", `select 1 as "a;b"; select 2`, []string{`select 1 as "a;b"`, "select 2"}},
		{"line comment", "select 1 -- a;b\n; select 2", []string{"select 1 -- a;b", "select 2"}},
		{"block comment", "select /* a; /* nested; */ b; */ 1; select 2", []string{"select /* a; /* nested; */ b; */ 1", "select 2"}},
		{"dollar quote", "select $$a;b$$; select $tag$ $$; $tag$; select 3", []string{"select $$a;b$$", "select $tag$ $$; $tag$", "select 3"}},
		{"parameter is no dollar quote", "select $1; select 2", []string{"select $1", "select 2"}},
		{"comment only statements dropped", "select 1; -- done\n/* end */", []string{"select 1"}},
		{"unterminated string kept", "select 'abc; select 2", []string{"select 'abc; select 2"}},
		{"unicode", "select 'ñandú;日本'; select 2", []string{"select 'ñandú;日本'", "select 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestComplete(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"select 1;\n", true},
		{"select 1\n", false},
		{"select 1; -- note\n", true},
		{"select 'a;\n", false},
		{"select 'a;';\n", true},
		{"select 1; select 2\n", false},
		{"/* ; */\n", false},
		{"select $$;\n", false},
		{"select 1 /* open;\n", false},
	}
	for _, tt := range tests {
		if got := complete(tt.in); got != tt.want {
			t.Errorf("complete(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"select 1; select 2", "select 'a;b'", `E'\';'`, "$t$;$t$;", "/* /* */ ;*/;", "-- x\n;", `"a""b";`, "$1;$$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		stmts := Split(in)
		complete(in)
		for _, s := range stmts {
			if s == "" || s != strings.TrimSpace(s) {
				t.Fatalf("Split(%q) gave untrimmed or empty statement %q", in, s)
			}
			if !strings.Contains(in, s) {
				t.Fatalf("Split(%q) gave %q, not part of the input", in, s)
			}
			if again := Split(s); len(again) != 1 || again[0] != s {
				t.Fatalf("Split(%q) gave %q, which splits again into %q", in, s, again)
			}
		}
	})
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT a,\n       b\nFROM t\nORDER BY b;\n", "SELECT a, b FROM t ORDER BY b;"},
		{"select 1 -- one\n, 2 -- two\n;", "select 1 , 2 ;"},
		{"select '--not a comment',\n  'a  b'", "select '--not a comment', 'a  b'"},
		{"select /* keep\n */ 1", "select /* keep  */ 1"},
		{"select $$ -- $$ as x", "select $$ -- $$ as x"},
		{"select e'\\'' -- c\n", "select e'\\''"},
	}
	for _, tt := range tests {
		if got := OneLine(tt.in); got != tt.want {
			t.Errorf("OneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
