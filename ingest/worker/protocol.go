package worker

import "actas/ingest/pdftext"

// Environment of a child process.
const (
	envWorker = "ACTAS_WORKER"
	rolePDF   = "pdf"
)

// request is what the parent writes to the child's standard input.
type request struct {
	Path     string          `json:"path"`
	Options  pdftext.Options `json:"options"`
	MemoryMB int             `json:"memory_mb"`
	MaxBytes int64           `json:"max_bytes"`
}

// response is what the child writes to its standard output.
type response struct {
	Result    pdftext.Result `json:"result"`
	Error     string         `json:"error,omitempty"`
	Encrypted bool           `json:"encrypted,omitempty"` // Error is pdftext.ErrEncrypted
	NotPDF    bool           `json:"not_pdf,omitempty"`   // Error is pdftext.ErrNotPDF
}
