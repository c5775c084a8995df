package main

import (
	"context"
	"fmt"
	"runtime"
)

// VersionCommand prints the version of actas and of its Go toolchain.
type VersionCommand struct {
	main *Main
	db   string
}

// ParseFlags parses the version command's flags (none).
func (c *VersionCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("version", "Print the version (--db is accepted, as on every command, and unused).", "actas version", &c.db)
	return parse(fs, args)
}

// Run prints the version.
func (c *VersionCommand) Run(ctx context.Context) error {
	fmt.Fprintf(c.main.Stdout, "actas %s (%s)\n", version, runtime.Version())
	return nil
}
