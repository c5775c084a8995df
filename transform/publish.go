package transform

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// snapshotAlias is the name the snapshot file is attached under while written.
const snapshotAlias = "actas_snapshot"

// Publish writes a consistent copy of the database to dbPath+".snapshot"
// (through a temporary file renamed into place) and returns its path.
func Publish(ctx context.Context, db *sql.DB, dbPath string) (string, error) {
	final := dbPath + ".snapshot"
	tmp := final + ".tmp"
	if err := removeDB(tmp); err != nil {
		return "", fmt.Errorf("publish %s: %w", final, err)
	}
	if err := copyDatabase(ctx, db, tmp); err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("publish %s: %w", final, err)
	}
	if err := syncFile(tmp); err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("publish %s: %w", final, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("publish %s: %w", final, err)
	}
	if err := syncFile(filepath.Dir(final)); err != nil {
		return "", fmt.Errorf("publish %s: %w", final, err)
	}
	return final, nil
}

// copyDatabase checkpoints db and copies all of it into a new file at path.
func copyDatabase(ctx context.Context, db *sql.DB, path string) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	restore, err := limitMemory(ctx, conn, "")
	if err != nil {
		return err
	}
	defer restore()
	// A checkpoint keeps the WAL small; it may be refused while another
	// transaction writes, and the copy below is consistent without it.
	conn.ExecContext(ctx, "checkpoint")
	var name string
	if err := conn.QueryRowContext(ctx, "select current_database()").Scan(&name); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "detach database if exists "+snapshotAlias); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("attach %s as %s", quote(path), snapshotAlias)); err != nil {
		return fmt.Errorf("attach: %w", err)
	}
	_, err = conn.ExecContext(ctx, fmt.Sprintf("copy from database %s to %s", ident(name), snapshotAlias))
	if _, derr := conn.ExecContext(context.Background(), "detach database "+snapshotAlias); err == nil && derr != nil {
		err = fmt.Errorf("detach: %w", derr)
	}
	if err != nil {
		return fmt.Errorf("copy: %w", err)
	}
	if _, err := os.Stat(path + ".wal"); err == nil {
		return fmt.Errorf("copy left a write-ahead log %s.wal", path)
	}
	return nil
}

// syncFile flushes a file or directory to disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// removeDB removes a database file and its write-ahead log if present.
func removeDB(path string) error {
	for _, p := range []string{path, path + ".wal"} {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	return nil
}

// ident quotes a SQL identifier.
func ident(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
