package ocr

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Available reports whether pdftoppm and tesseract are installed.
func Available() bool {
	for _, name := range []string{"pdftoppm", "tesseract"} {
		if _, err := exec.LookPath(name); err != nil {
			return false
		}
	}
	return true
}

// installedLangs caches `tesseract --list-langs`.
var installedLangs = sync.OnceValue(func() map[string]bool {
	out, err := runTool(context.Background(), nil, 0, "tesseract", "--list-langs")
	m := map[string]bool{}
	if err != nil {
		return m
	}
	for _, l := range strings.Split(string(out), "\n")[1:] {
		m[strings.TrimSpace(l)] = true
	}
	return m
})

// usable returns the languages of want that tesseract has.
func usable(want []string) []string {
	have := installedLangs()
	var langs []string
	for _, l := range want {
		if have[l] {
			langs = append(langs, l)
		}
	}
	return langs
}

// runTool runs a program with one OpenMP thread, its address space capped
// at memoryMB (0: no cap) through the shell's ulimit, data on standard
// input, and returns standard output; the error carries the last line of
// standard error. ctx ends the program.
func runTool(ctx context.Context, stdin []byte, memoryMB int, name string, args ...string) ([]byte, error) {
	var cmd *exec.Cmd
	if memoryMB > 0 {
		sh := `ulimit -v "$0" 2>/dev/null; exec "$@"`
		cmd = exec.CommandContext(ctx, "sh", append([]string{"-c", sh, strconv.Itoa(memoryMB << 10), name}, args...)...)
	} else {
		cmd = exec.CommandContext(ctx, name, args...)
	}
	// Pages run in parallel already: tesseract's own threads only slow a
	// busy machine down.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.WaitDelay = 5 * time.Second
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", name, context.Cause(ctx))
		}
		msg := strings.TrimSpace(errb.String())
		if i := strings.LastIndexByte(msg, '\n'); i >= 0 {
			msg = msg[i+1:]
		}
		if msg == "" {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return nil, fmt.Errorf("%s: %w: %s", name, err, msg)
	}
	return out.Bytes(), nil
}

// rasterise renders page n of the PDF at path in grey at dpi with
// pdftoppm, cropped to 17 x 22 inches so that a huge page cannot exhaust
// memory.
func rasterise(ctx context.Context, path string, n, dpi, memoryMB int) ([]byte, error) {
	p := strconv.Itoa(n)
	return runTool(ctx, nil, memoryMB, "pdftoppm", "-r", strconv.Itoa(dpi), "-gray",
		"-f", p, "-l", p, "-singlefile", "-x", "0", "-y", "0",
		"-W", strconv.Itoa(17*dpi), "-H", strconv.Itoa(22*dpi), path)
}

// recognise reads a PGM image with tesseract in lang and returns its words.
func recognise(ctx context.Context, pgm []byte, lang string, dpi, memoryMB int) ([]word, error) {
	out, err := runTool(ctx, pgm, memoryMB, "tesseract", "-", "-", "--dpi", strconv.Itoa(dpi), "-l", lang, "tsv")
	if err != nil {
		return nil, err
	}
	return parseTSV(string(out))
}

// recogniseBlock reads a PGM image of a few lines as one block of text
// (no layout analysis), for telling the language.
func recogniseBlock(ctx context.Context, pgm []byte, lang string, dpi, memoryMB int) ([]word, error) {
	out, err := runTool(ctx, pgm, memoryMB, "tesseract", "-", "-", "--dpi", strconv.Itoa(dpi), "--psm", "6", "-l", lang, "tsv")
	if err != nil {
		return nil, err
	}
	return parseTSV(string(out))
}
