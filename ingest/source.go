package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"

	"actas/ingest/load"
)

// source is one file to ingest: a file on disk or an entry of a zip archive.
type source struct {
	path  string   // identity and display: a file path, or archive.zip!/entry
	file  string   // the file on disk when arc is nil
	arc   *archive // the archive holding this entry, or nil
	index int      // the entry's index in arc
	fail  *Failure // set when expansion already knows the file fails
	// unchanged is set when the file has the stamp it was loaded with: it is
	// counted unchanged without being read; size is then its size.
	unchanged bool
	size      int64
}

// name is the base name of the file or entry.
func (s *source) name() string {
	return load.FileName(s.path)
}

// failf returns a Failure for this source at stage.
func (s *source) failf(stage, format string, args ...any) *Failure {
	return &Failure{Path: s.path, Stage: stage, Reason: fmt.Sprintf(format, args...)}
}

// read returns the bytes of the source, at most max of them, and the stamp
// the file had before it was read; a larger file fails at stage read. It
// releases the source's archive.
func (s *source) read(max int64) ([]byte, load.Stamp, *Failure) {
	if s.arc != nil {
		defer s.arc.release()
		b, mtime, err := s.arc.readEntry(s.index, max)
		if err != nil {
			return nil, load.Stamp{}, s.failf(StageRead, "%v", err)
		}
		return b, load.Stamp{Size: int64(len(b)), ModTime: mtime}, nil
	}
	b, st, err := readFile(s.file, max)
	if err != nil {
		return nil, load.Stamp{}, s.failf(StageRead, "%v", err)
	}
	return b, st, nil
}

// done releases what the source holds when it is not read.
func (s *source) done() {
	if s.arc != nil {
		s.arc.release()
	}
}

// errTooLarge says a file is over the size limit.
var errTooLarge = errors.New("larger than the size limit")

// readFile reads a regular file of at most max bytes and returns its stamp
// taken before reading (a file changed while read gets a newer one later).
func readFile(path string, max int64) ([]byte, load.Stamp, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, load.Stamp{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, load.Stamp{}, unwrapPath(err)
	}
	if fi.Size() > max {
		return nil, load.Stamp{}, fmt.Errorf("file is %s, %w of %s", byteSize(fi.Size()), errTooLarge, byteSize(max))
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, load.Stamp{}, unwrapPath(err)
	}
	if int64(len(b)) > max {
		return nil, load.Stamp{}, fmt.Errorf("file grew past %s while read: %w", byteSize(max), errTooLarge)
	}
	st := load.Stamp{Size: fi.Size(), ModTime: fi.ModTime()}
	if int64(len(b)) != fi.Size() {
		st = load.Stamp{} // changed while read: record no stamp, so that the next run reads it again
	}
	return b, st, nil
}

// unwrapPath drops the path from an *os.PathError, since the failure names the file.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
