package pdftext

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
)

// Using pdfcpu's core packages rather than its api package keeps
// go-runewidth (150 ms of init tables) out of every worker process.

var disableConfig sync.Once

// repair validates data with pdfcpu (relaxed) and rewrites it in memory,
// decrypted with the empty user password when it is encrypted.
func repair(ctx context.Context, data []byte, encrypted bool) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdfcpu: panic: %v", r)
		}
	}()
	disableConfig.Do(func() { model.ConfigPath = "disable" }) // no config dir on disk
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.WriteObjectStream = false
	conf.WriteXRefStream = false
	conf.UserPW, conf.OwnerPW = "", ""
	conf.Cmd = model.OPTIMIZE
	if encrypted {
		conf.Cmd = model.DECRYPT
	}
	pc, err := pdfcpu.ReadWithContext(ctx, bytes.NewReader(data), conf)
	if err != nil {
		return nil, fmt.Errorf("pdfcpu: read: %w", err)
	}
	if err := validate.XRefTable(pc); err != nil {
		return nil, fmt.Errorf("pdfcpu: validate: %w", err)
	}
	if err := pdfcpu.OptimizeXRefTable(pc); err != nil {
		return nil, fmt.Errorf("pdfcpu: optimize: %w", err)
	}
	var buf bytes.Buffer
	pc.Write.Writer = bufio.NewWriter(&buf)
	if err := pdfcpu.WriteContext(pc); err != nil {
		return nil, fmt.Errorf("pdfcpu: write: %w", err)
	}
	if err := pc.Write.Flush(); err != nil {
		return nil, fmt.Errorf("pdfcpu: write: %w", err)
	}
	return normalizeHeader(buf.Bytes()), nil
}

// normalizeHeader rewrites a %PDF-2.x header as %PDF-1.7 in place (same
// length, offsets kept), as ledongthuc/pdf reads only 1.x headers.
func normalizeHeader(data []byte) []byte {
	if len(data) > 8 && bytes.HasPrefix(data, []byte("%PDF-")) && data[5] != '1' {
		copy(data[5:8], "1.7")
	}
	return data
}
