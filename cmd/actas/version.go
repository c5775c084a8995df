package main

import (
	"context"
	"fmt"
	"runtime"
)

// VersionCommand prints the version of actas and of its Go toolchain.
type VersionCommand struct{ main *Main }

// ParseFlags parses the version command's flags (none).
func (c *VersionCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("version", "Print the version.", "actas version", nil)
	return parse(fs, args)
}

// Run prints the version.
func (c *VersionCommand) Run(ctx context.Context) error {
	fmt.Fprintf(c.main.Stdout, "actas %s (%s)\n", version, runtime.Version())
	return nil
}
