// Package docx turns a Word document into plain text, rebuilding the list
// numbers that Word draws from its numbering definitions.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
)

// ErrNoDocument reports a zip that holds no word/document.xml.
var ErrNoDocument = errors.New("no word/document.xml")

// Text returns the text of a DOCX file: paragraphs in order (table cells one
// by one), numbered and bulleted paragraphs prefixed with the marker Word
// shows ("1.", "a)", "ii.", "- ") and indented two spaces per list level.
func Text(b []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return "", fmt.Errorf("docx: open zip: %w", err)
	}
	parts := index(zr)
	main, ok := parts["word/document.xml"]
	if !ok {
		return "", fmt.Errorf("docx: %w", ErrNoDocument)
	}
	styles, err := optional(parts, "word/styles.xml", parseStyles)
	if err != nil {
		return "", err
	}
	num, err := optional(parts, "word/numbering.xml", parseNumbering)
	if err != nil {
		return "", err
	}
	doc, err := readPart(main)
	if err != nil {
		return "", err
	}
	text, err := render(doc, newLists(num, styles))
	if err != nil {
		return "", fmt.Errorf("docx: word/document.xml: %w", err)
	}
	return text, nil
}

// optional reads and parses a part that a document may lack.
func optional[T any](parts map[string]*zip.File, name string, parse func([]byte) (T, error)) (T, error) {
	var zero T
	f, ok := parts[name]
	if !ok {
		return parse(nil)
	}
	b, err := readPart(f)
	if err != nil {
		return zero, err
	}
	v, err := parse(b)
	if err != nil {
		return zero, fmt.Errorf("docx: %s: %w", name, err)
	}
	return v, nil
}
