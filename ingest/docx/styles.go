package docx

import "encoding/xml"

// numPr is a paragraph's or style's list reference; empty fields are unset.
type numPr struct {
	numID string
	ilvl  string
}

// style is a paragraph style's parent and list reference.
type style struct {
	basedOn string
	numPr   numPr
}

// styles holds the paragraph styles of word/styles.xml.
type styles struct {
	byID      map[string]*style
	defaultID string // the default paragraph style
}

type numPrXML struct {
	Ilvl  *valAttr `xml:"ilvl"`
	NumID *valAttr `xml:"numId"`
}

func (x *numPrXML) value() numPr {
	var p numPr
	if x == nil {
		return p
	}
	if x.Ilvl != nil {
		p.ilvl = x.Ilvl.Val
	}
	if x.NumID != nil {
		p.numID = x.NumID.Val
	}
	return p
}

type stylesXML struct {
	Styles []struct {
		Type    string    `xml:"type,attr"`
		ID      string    `xml:"styleId,attr"`
		Default string    `xml:"default,attr"`
		BasedOn *valAttr  `xml:"basedOn"`
		NumPr   *numPrXML `xml:"pPr>numPr"`
	} `xml:"style"`
}

// parseStyles reads word/styles.xml; nil b gives no styles.
func parseStyles(b []byte) (*styles, error) {
	s := &styles{byID: map[string]*style{}}
	if b == nil {
		return s, nil
	}
	var x stylesXML
	if err := xml.Unmarshal(b, &x); err != nil {
		return nil, err
	}
	for _, st := range x.Styles {
		if st.Type != "" && st.Type != "paragraph" && st.Type != "numbering" {
			continue
		}
		v := &style{numPr: st.NumPr.value()}
		if st.BasedOn != nil {
			v.basedOn = st.BasedOn.Val
		}
		s.byID[st.ID] = v
		if st.Type != "numbering" && (st.Default == "1" || st.Default == "true") {
			s.defaultID = st.ID
		}
	}
	return s, nil
}

// numPr returns the list reference a style gives, following basedOn; each
// field comes from the nearest style that sets it.
func (s *styles) numPr(id string) numPr {
	var p numPr
	for i := 0; i < 32 && id != ""; i++ {
		st := s.byID[id]
		if st == nil {
			break
		}
		if p.numID == "" {
			p.numID = st.numPr.numID
		}
		if p.ilvl == "" {
			p.ilvl = st.numPr.ilvl
		}
		id = st.basedOn
	}
	return p
}
