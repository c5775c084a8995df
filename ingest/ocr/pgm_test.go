package ocr

import (
	"bytes"
	"image"
	"strings"
	"testing"
)

func TestPGMRoundTrip(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 7, 3))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 11)
	}
	got, err := DecodePGM(encodePGM(img))
	if err != nil {
		t.Fatal(err)
	}
	if got.Bounds() != img.Bounds() || !bytes.Equal(got.Pix, img.Pix) {
		t.Errorf("round trip changed the image")
	}
}

func TestDecodePGMRejects(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"empty", "", "not a binary greyscale"},
		{"colour", "P6\n1 1\n255\nabc", "not a binary greyscale"},
		{"16 bit", "P5\n1 1\n65535\nab", "levels"},
		{"huge", "P5\n100000 100000\n255\n", "limit"},
		{"short", "P5\n4 4\n255\nab", "pixels"},
		{"junk size", "P5\nx 4\n255\n", "bad header"},
		{"comment", "P5\n# made by hand\n2 1\n255\n", "pixels"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodePGM([]byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

func FuzzDecodePGM(f *testing.F) {
	f.Add([]byte("P5\n2 2\n255\nabcd"))
	f.Add([]byte("P5 # c\n1 1 255 a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := DecodePGM(data)
		if err == nil && len(img.Pix) != img.Bounds().Dx()*img.Bounds().Dy() {
			t.Fatalf("pixels do not match the size")
		}
	})
}
