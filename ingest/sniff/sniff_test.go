package sniff

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		file, head, file2 string // head: Detect on the first 8 KB; file2: DetectFile
	}{
		{"rfepc.pdf", PDF, PDF},
		{"junk-then.pdf", PDF, PDF},
		{"html-as.pdf", HTML, HTML},
		{"rfepc.docx", DOCX, DOCX},
		{"late.docx", Zip, DOCX},
		{"plain.zip", Zip, Zip},
		{"rfepc.html", HTML, HTML},
		{"xhtml.html", HTML, HTML},
		{"utf16.html", HTML, HTML},
		{"rfepc.txt", Text, Text},
		{"rfepc.latin1.txt", Text, Text},
		{"utf16.txt", Text, Text},
		{"junk.bin", Unknown, Unknown},
		{"png.png", Unknown, Unknown},
		{"empty", Unknown, Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := Detect(b[:min(len(b), HeadSize)]); got != tt.head {
				t.Errorf("Detect = %q, want %q", got, tt.head)
			}
			if got := DetectFile(bytes.NewReader(b), int64(len(b))); got != tt.file2 {
				t.Errorf("DetectFile = %q, want %q", got, tt.file2)
			}
		})
	}
}

func TestDetectInline(t *testing.T) {
	long := bytes.Repeat([]byte("Informe de la reunión. "), 500) // 8 KB cut inside "ó"
	tests := []struct {
		name, in, want string
	}{
		{"pdf after 1 KB of junk is not pdf", string(bytes.Repeat([]byte("x"), 2000)) + "%PDF-1.4", Text},
		{"html fragment", "\n\n  <P>Acuerdos</P>", HTML},
		{"doctype upper", "<!DOCTYPE HTML><title>x</title>", HTML},
		{"xml not html", "<?xml version=\"1.0\"?><root/>", Text},
		{"less-than prose", "< 5 países", Text},
		{"utf-8 cut at head end", string(long), Text},
		{"latin1 high bytes", "\xe9\xe8\xe0\xf1\xfc\xe9\xe8\xe0", Unknown},
		{"html mentioning %PDF-1.4", "<html><body><p>Un archivo %PDF-1.4 roto</p>", HTML},
		{"pdf header without version", "%PDF-x", Text},
		{"rtf is not text", `{\rtf1\ansi Acuerdos}`, Unknown},
		{"empty zip", "PK\x05\x06" + string(make([]byte, 18)), Zip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.in)); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, name := range []string{"rfepc.html", "junk-then.pdf", "utf16.txt", "late.docx", "png.png"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:min(len(b), 2048)])
	}
	valid := map[string]bool{PDF: true, DOCX: true, HTML: true, Text: true, Zip: true, Unknown: true}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got := Detect(b); !valid[got] {
			t.Fatalf("Detect = %q", got)
		}
		if got := DetectFile(bytes.NewReader(b), int64(len(b))); !valid[got] {
			t.Fatalf("DetectFile = %q", got)
		}
	})
}
