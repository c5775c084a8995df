package analytics

import "unicode/utf8"

// Highlight is a page's text cut around one agreement's byte range.
type Highlight struct {
	Before, Mark, After string
}

// highlight cuts text at the byte offsets start..end, clamped to the text
// and moved to rune boundaries, so bad offsets never panic.
func highlight(text string, start, end int) Highlight {
	start = clamp(start, 0, len(text))
	end = clamp(end, start, len(text))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return Highlight{Before: text[:start], Mark: text[start:end], After: text[end:]}
}

// clamp limits n to lo..hi.
func clamp(n, lo, hi int) int {
	return min(max(n, lo), hi)
}
