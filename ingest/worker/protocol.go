package worker

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"actas/ingest/pdftext"
)

// Environment of a child process.
const (
	envWorker = "ACTAS_WORKER"
	rolePDF   = "pdf"
)

// maxRequest bounds a request frame read by the child.
const maxRequest = 1 << 20

// errOutputLimit is raised when a frame is larger than allowed.
var errOutputLimit = errors.New("output limit exceeded")

// request is one file the parent asks the child to extract.
type request struct {
	Path     string          `json:"path"`
	Options  pdftext.Options `json:"options"`
	MemoryMB int             `json:"memory_mb"`
	MaxBytes int64           `json:"max_bytes"`
}

// response is the child's answer to one request.
type response struct {
	Result    pdftext.Result `json:"result"`
	Error     string         `json:"error,omitempty"`
	Encrypted bool           `json:"encrypted,omitempty"` // Error is pdftext.ErrEncrypted
	NotPDF    bool           `json:"not_pdf,omitempty"`   // Error is pdftext.ErrNotPDF
	HeapSys   uint64         `json:"heap_sys"`            // bytes of heap the child holds from the OS, its high-water mark
}

// writeFrame writes v as a 4-byte big-endian length followed by its JSON.
func writeFrame(w io.Writer, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	if _, err := w.Write(n[:]); err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// readFrame reads one frame of at most max bytes of JSON into v. It returns
// io.EOF only when r ends before a frame starts.
func readFrame(r io.Reader, max int, v any) error {
	var n [4]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return err
	}
	size := binary.BigEndian.Uint32(n[:])
	if uint64(size) > uint64(max) {
		return fmt.Errorf("%w: frame of %d bytes, limit %d", errOutputLimit, size, max)
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(r, data); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("bad frame: %w", err)
	}
	return nil
}
