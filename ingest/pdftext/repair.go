package pdftext

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

var disableConfig sync.Once

// repair validates data with pdfcpu (relaxed) and rewrites it in memory,
// decrypted with the empty user password when it is encrypted.
func repair(data []byte, encrypted bool) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdfcpu: panic: %v", r)
		}
	}()
	disableConfig.Do(api.DisableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.WriteObjectStream = false
	conf.WriteXRefStream = false
	conf.UserPW, conf.OwnerPW = "", ""
	var buf bytes.Buffer
	if encrypted {
		err = api.Decrypt(bytes.NewReader(data), &buf, conf)
	} else {
		err = api.Optimize(bytes.NewReader(data), &buf, conf)
	}
	if err != nil {
		return nil, fmt.Errorf("pdfcpu: %w", err)
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
