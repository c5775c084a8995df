package textenc

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func read(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	want := string(read(t, "expected.txt"))
	tests := []struct {
		file, enc, want string
	}{
		{"utf16le-bom.txt", UTF16LE, want},
		{"utf16be-bom.txt", UTF16BE, want},
		{"cp1252-smart.txt", Windows1252, want},
		{"utf8-bom-cr.txt", UTF8, want},
		{"utf8-nfd.txt", UTF8, "España y México\n"},
		{"crm-vii-antigua-2002-05.es.latin1.txt", Windows1252, string(read(t, "crm-vii-antigua-2002-05.es.txt"))},
		{"rcgm-managua-2014-11.en.latin1.txt", Windows1252, string(read(t, "rcgm-managua-2014-11.en.txt"))},
		{"grcm-tapachula-2010-05.es.latin1.txt", Windows1252, string(read(t, "grcm-tapachula-2010-05.es.txt"))},
		{"grcm-san-salvador-1999-10.es.latin1.txt", Windows1252, string(read(t, "grcm-san-salvador-1999-10.es.bullets.txt"))},
		{"grcm-tapachula-2010-05.es.txt", UTF8, string(read(t, "grcm-tapachula-2010-05.es.txt"))},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, enc, err := Decode(read(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if enc != tt.enc {
				t.Errorf("encoding = %q, want %q", enc, tt.enc)
			}
			if want := norm.NFC.String(tt.want); got != want {
				t.Errorf("text differs:\n got %q\nwant %q", head(got), head(want))
			}
		})
	}
}

func head(s string) string {
	if len(s) > 200 {
		return s[:200]
	}
	return s
}

func TestDecodeInline(t *testing.T) {
	tests := []struct {
		name, in, want, enc string
	}{
		{"empty", "", "", UTF8},
		{"crlf", "a\r\nb\rc\n", "a\nb\nc\n", UTF8},
		{"latin1 ñ", "a\xf1o", "año", Windows1252},
		{"bomless utf-16le", "H\x00o\x00l\x00a\x00\n\x00", "Hola\n", UTF16LE},
		{"bomless utf-16be", "\x00H\x00o\x00l\x00a", "Hola", UTF16BE},
		{"form feed kept", "p1\fp2", "p1\fp2", UTF8},
		{"latin1 lost bullet", "\xbfQu\xe9?\n? Tomar nota\n  ?\tSeminario\n?Uno? dos\n", "¿Qué?\n• Tomar nota\n  •\tSeminario\n?Uno? dos\n", Windows1252},
		{"utf-8 question mark kept", "? no\n", "? no\n", UTF8},
		{"bom then invalid utf-8", "\xef\xbb\xbfa\xffb", "a\ufffdb", UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || enc != tt.enc {
				t.Errorf("Decode(%q) = %q, %q; want %q, %q", tt.in, got, enc, tt.want, tt.enc)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		why  string
	}{
		{"junk", read(t, "binary.bin"), "NUL byte at offset 0"},
		{"nul in text", []byte("hola\x00mundo y más texto"), "NUL byte at offset 4"},
		{"controls", []byte("\x01\x02\x03\x04abc\x05\x06"), "control characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.in)
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("err = %v, want ErrBinary", err)
			}
			if !strings.Contains(err.Error(), tt.why) {
				t.Errorf("err = %q, want it to say %q", err, tt.why)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"utf16le-bom.txt", "cp1252-smart.txt", "utf8-bom-cr.txt", "binary.bin"} {
		f.Add(read(f, name))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := Decode(b)
		if err != nil {
			return
		}
		if enc == "" {
			t.Fatal("no encoding name")
		}
		if strings.ContainsRune(s, '\r') {
			t.Fatalf("CR left in %q", s)
		}
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8: %q", s)
		}
		if !norm.NFC.IsNormalString(s) {
			t.Fatalf("not NFC: %q", s)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	latin := read(b, "crm-vii-antigua-2002-05.es.latin1.txt")
	utf := read(b, "crm-vii-antigua-2002-05.es.txt")
	for _, bc := range []struct {
		name string
		in   []byte
	}{{"windows-1252", latin}, {"utf-8", utf}} {
		in := []byte(strings.Repeat(string(bc.in), 64))
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				if _, _, err := Decode(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
