// Package sniff detects a file's format from its content, not its name.
package sniff

import (
	"archive/zip"
	"bytes"
	"io"
	"unicode/utf8"

	"actas/ingest/textenc"
)

// Formats returned by Detect.
const (
	PDF     = "pdf"
	DOCX    = "docx"
	HTML    = "html"
	Text    = "txt"
	Zip     = "zip"
	Unknown = "unknown"
)

// HeadSize is how many leading bytes Detect looks at.
const HeadSize = 8 << 10

// pdfWindow is how far into the file a %PDF header may start (junk before it
// is tolerated by readers).
const pdfWindow = 1 << 10

// Detect names the format of a file from its first bytes (up to HeadSize):
// PDF, DOCX (a zip whose head names word/ parts), other zip, HTML, text in
// UTF-8, UTF-16 or Windows-1252, or Unknown for binary junk and empty files.
func Detect(head []byte) string {
	if len(head) > HeadSize {
		head = head[:HeadSize]
	}
	switch {
	case len(head) == 0:
		return Unknown
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		if bytes.Contains(head, []byte("word/")) {
			return DOCX
		}
		return Zip
	case bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return Zip
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return Unknown
	case isPDF(head):
		return PDF
	}
	text, ok := asText(head)
	if !ok {
		return Unknown
	}
	if looksHTML(text) {
		return HTML
	}
	return Text
}

// isPDF finds a "%PDF-n" header at the start or after junk within the first
// KB, unless what comes before it is the start of an HTML page.
func isPDF(head []byte) bool {
	i := bytes.Index(head[:min(len(head), pdfWindow+8)], []byte("%PDF-"))
	if i < 0 || i+5 >= len(head) || head[i+5] < '1' || head[i+5] > '9' {
		return false
	}
	return i == 0 || !looksHTML(string(head[:i]))
}

// DetectFile is Detect for a whole file: a zip is DOCX only when its central
// directory holds word/document.xml.
func DetectFile(r io.ReaderAt, size int64) string {
	head := make([]byte, min(size, HeadSize))
	n, err := r.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return Unknown
	}
	f := Detect(head[:n])
	if f != Zip && f != DOCX {
		return f
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return f
	}
	for _, e := range zr.File {
		if e.Name == "word/document.xml" {
			return DOCX
		}
	}
	return Zip
}

// asText decodes head as text the way textenc would, tolerating a rune cut at
// the end, and reports whether it is text at all.
func asText(head []byte) (string, bool) {
	if n := len(head); n == HeadSize {
		// The last rune may be cut by the head's end.
		for i := 0; i < utf8.UTFMax && n-i > 0; i++ {
			if utf8.RuneStart(head[n-1-i]) {
				if !utf8.FullRune(head[n-1-i:]) {
					head = head[:n-1-i]
				}
				break
			}
		}
		if len(head)%2 == 1 && (bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF})) {
			head = head[:len(head)-1]
		}
	}
	s, enc, err := textenc.Decode(head)
	if err != nil || s == "" {
		return "", false
	}
	if enc == textenc.Windows1252 && !mostlyASCII(head) {
		return "", false
	}
	return s, true
}

// mostlyASCII reports whether a legacy 8-bit text looks like prose: at most
// one byte in four above ASCII and none that Windows-1252 leaves undefined.
func mostlyASCII(b []byte) bool {
	var high int
	for _, c := range b {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return false
		case c >= 0x80:
			high++
		}
	}
	return high*4 <= len(b)
}
