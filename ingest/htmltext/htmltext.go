// Package htmltext turns an HTML report into plain text, keeping paragraph
// breaks and printing list numbers as a browser shows them.
package htmltext

import (
	"actas/ingest/pages"
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"actas/ingest/textenc"
)

// Text returns the visible text of an HTML document: block elements on lines
// of their own, paragraphs separated by a blank line, list items prefixed
// with their marker ("1. ", "a. ", "- ") and nested lists indented.
func Text(b []byte) (string, error) {
	s, err := decode(b)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(bytes.NewReader([]byte(s)))
	if err != nil {
		return "", fmt.Errorf("htmltext: parse: %w", err)
	}
	r := renderer{lineStart: true}
	r.walk(doc)
	return textenc.Normalize(pages.BodyParagraphs(r.String())), nil
}

// decode turns b into UTF-8 using its byte order mark, a <meta> charset or
// content-type, and Windows-1252 when that is absent and b is not UTF-8.
func decode(b []byte) (string, error) {
	enc, name, _ := charset.DetermineEncoding(b, "")
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return string(b[3:]), nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		s, _, err := textenc.Decode(b)
		if err != nil {
			return "", fmt.Errorf("htmltext: %w", err)
		}
		return s, nil
	case bytes.IndexByte(b, 0) >= 0:
		return "", fmt.Errorf("htmltext: %w: NUL byte at offset %d", textenc.ErrBinary, bytes.IndexByte(b, 0))
	case name == "utf-8" && !utf8.Valid(b):
		name = textenc.Windows1252
		enc, _ = charset.Lookup(name)
	}
	if name == "utf-8" {
		return string(b), nil
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("htmltext: decode %s: %w", name, err)
	}
	return string(out), nil
}
