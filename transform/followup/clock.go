package followup

import (
	"context"
	"log/slog"
	"time"
)

// clock adds up the time a run spends in each of its steps, and counts of
// what it did, for the debug log.
type clock struct {
	names  []string
	spent  map[string]time.Duration
	counts []slog.Attr
}

// count records a count for the debug log.
func (c *clock) count(name string, n int) {
	for i := range c.counts {
		if c.counts[i].Key == name {
			c.counts[i].Value = slog.IntValue(int(c.counts[i].Value.Int64()) + n)
			return
		}
	}
	c.counts = append(c.counts, slog.Int(name, n))
}

// add counts the time since start to step name.
func (c *clock) add(name string, start time.Time) {
	if c.spent == nil {
		c.spent = map[string]time.Duration{}
	}
	if _, ok := c.spent[name]; !ok {
		c.names = append(c.names, name)
	}
	c.spent[name] += time.Since(start)
}

// merge adds the times and counts of o to c.
func (c *clock) merge(o *clock) {
	for _, n := range o.names {
		if c.spent == nil {
			c.spent = map[string]time.Duration{}
		}
		if _, ok := c.spent[n]; !ok {
			c.names = append(c.names, n)
		}
		c.spent[n] += o.spent[n]
	}
	for _, a := range o.counts {
		c.count(a.Key, int(a.Value.Int64()))
	}
}

// log writes the time of every step, in the order they first ran, at debug level.
func (c *clock) log(ctx context.Context, msg string, attrs ...any) {
	for _, a := range c.counts {
		attrs = append(attrs, a)
	}
	for _, n := range c.names {
		attrs = append(attrs, slog.Duration(n, c.spent[n].Round(time.Millisecond)))
	}
	slog.DebugContext(ctx, msg, attrs...)
}
