package gazetteer

// MayOpen reports whether some name may open with w, a word of ASCII
// letters and digits: false means Find(w) finds nothing, and a caller that
// asks for many such words can skip the tokenizing Find does. Any other w
// says yes.
func (g *Gazetteer) MayOpen(w string) bool {
	var buf [64]byte
	if w == "" || len(w) > len(buf) {
		return true
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		default:
			return true // not one ASCII word: Find may read it otherwise
		}
		b[i] = c
	}
	return g.entityFirst.MayHoldBytes(b) && len(g.entities[string(b)]) > 0
}
