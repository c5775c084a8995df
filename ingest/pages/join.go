package pages

import (
	"sort"
	"strings"

	"actas"
)

// Separator goes between pages in joined text: a form feed on its own line.
const Separator = "\n\f\n"

// Join concatenates page texts with Separator between them; offsets[i] is
// where page i's text starts in text.
func Join(pages []actas.Page) (text string, offsets []int) {
	var b strings.Builder
	n := len(Separator) * max(len(pages)-1, 0)
	for _, p := range pages {
		n += len(p.Text)
	}
	b.Grow(n)
	offsets = make([]int, len(pages))
	for i, p := range pages {
		if i > 0 {
			b.WriteString(Separator)
		}
		offsets[i] = b.Len()
		b.WriteString(p.Text)
	}
	return b.String(), offsets
}

// Locate maps an offset in joined text back to the index of its page and
// the offset within that page's text. An offset inside a separator belongs
// to the page before it; -1 means no pages.
func Locate(offsets []int, off int) (page, inPage int) {
	i := sort.Search(len(offsets), func(i int) bool { return offsets[i] > off }) - 1
	if i < 0 {
		if len(offsets) == 0 {
			return -1, 0
		}
		i = 0
	}
	return i, off - offsets[i]
}
