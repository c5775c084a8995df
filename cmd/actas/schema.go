package main

import (
	"context"
	"fmt"

	"actas/transform"
)

// SchemaCommand prints the documented schema of the public tables.
type SchemaCommand struct {
	main *Main
	db   string
}

// ParseFlags parses the schema command's flags.
func (c *SchemaCommand) ParseFlags(args []string) error {
	fs := c.main.newFlagSet("schema [--db PATH]",
		"Print every public table and column with what it holds (Markdown, as docs/schema.md).",
		"actas schema --db actas.duckdb", &c.db)
	return parse(fs, args)
}

// Run prints the schema.
func (c *SchemaCommand) Run(ctx context.Context) error {
	db, err := openRead(c.db)
	if err != nil {
		return err
	}
	defer db.Close()
	doc, err := transform.SchemaDoc(ctx, db)
	if err != nil {
		return err
	}
	fmt.Fprint(c.main.Stdout, doc)
	return nil
}
