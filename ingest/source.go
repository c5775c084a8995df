package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// source is one file to ingest: a file on disk or an entry of a zip archive.
type source struct {
	path  string   // identity and display: a file path, or archive.zip!/entry
	file  string   // the file on disk when arc is nil
	arc   *archive // the archive holding this entry, or nil
	index int      // the entry's index in arc
	fail  *Failure // set when expansion already knows the file fails
}

// name is the base name of the file or entry.
func (s *source) name() string {
	if s.arc != nil {
		return entryBase(s.path)
	}
	return filepath.Base(s.path)
}

// failf returns a Failure for this source at stage.
func (s *source) failf(stage, format string, args ...any) *Failure {
	return &Failure{Path: s.path, Stage: stage, Reason: fmt.Sprintf(format, args...)}
}

// read returns the bytes of the source, at most max of them; a larger file
// fails at stage read. It releases the source's archive.
func (s *source) read(max int64) ([]byte, *Failure) {
	if s.arc != nil {
		defer s.arc.release()
		b, err := s.arc.readEntry(s.index, max)
		if err != nil {
			return nil, s.failf(StageRead, "%v", err)
		}
		return b, nil
	}
	b, err := readFile(s.file, max)
	if err != nil {
		return nil, s.failf(StageRead, "%v", err)
	}
	return b, nil
}

// done releases what the source holds when it is not read.
func (s *source) done() {
	if s.arc != nil {
		s.arc.release()
	}
}

// errTooLarge says a file is over the size limit.
var errTooLarge = errors.New("larger than the size limit")

// readFile reads a regular file of at most max bytes.
func readFile(path string, max int64) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, unwrapPath(err)
	}
	if fi.Size() > max {
		return nil, fmt.Errorf("file is %s, %w of %s", byteSize(fi.Size()), errTooLarge, byteSize(max))
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("file grew past %s while read: %w", byteSize(max), errTooLarge)
	}
	return b, nil
}

// unwrapPath drops the path from an *os.PathError, since the failure names the file.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
