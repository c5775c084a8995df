package sqlshell

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// maxHistory is how many lines the history keeps in memory.
const maxHistory = 1000

// history holds the lines entered at the prompt, newest last, and appends
// each new line to a file. It implements term.History.
type history struct {
	lines []string
	file  *os.File
}

// loadHistory reads the history file at path, if any, and opens it for
// appending. An empty path keeps history in memory only.
func loadHistory(path string) (*history, error) {
	h := &history{}
	if path == "" {
		return h, nil
	}
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("history %s: %w", path, err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) != "" {
			h.lines = append(h.lines, line)
		}
	}
	if len(h.lines) > maxHistory {
		h.lines = h.lines[len(h.lines)-maxHistory:]
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("history %s: %w", path, err)
	}
	h.file = f
	return h, nil
}

// Add records a line and appends it to the history file; blank lines and
// repeats of the last line are not kept.
func (h *history) Add(line string) {
	if strings.TrimSpace(line) == "" || strings.ContainsAny(line, "\r\n") {
		return
	}
	if n := len(h.lines); n > 0 && h.lines[n-1] == line {
		return
	}
	h.lines = append(h.lines, line)
	if len(h.lines) > maxHistory {
		h.lines = h.lines[1:]
	}
	if h.file != nil {
		w := bufio.NewWriter(h.file)
		w.WriteString(line)
		w.WriteByte('\n')
		w.Flush()
	}
}

// Len returns the number of lines kept.
func (h *history) Len() int { return len(h.lines) }

// At returns a line; 0 is the newest.
func (h *history) At(i int) string { return h.lines[len(h.lines)-1-i] }

// Close closes the history file.
func (h *history) Close() error {
	if h.file == nil {
		return nil
	}
	return h.file.Close()
}
