// Reading a QR code the app shows, as a phone camera would: used by the QR code,
// shortlist and kiosk tests; jsQR is a decoder independent of the app's encoder.

import jsQR from 'jsqr';

/**
 * Decodes the QR code shown in `locator`: its screenshot is drawn on a canvas in
 * a blank page of the same context (no app, no Content-Security-Policy) and its
 * pixels handed to jsQR. Returns the text, or null when nothing is found.
 */
export async function decodeShown(page, locator) {
  const png = (await locator.screenshot()).toString('base64');
  const blank = await page.context().newPage();
  try {
    const { width, height, data } = await blank.evaluate(async (src) => {
      const image = new Image();
      image.src = `data:image/png;base64,${src}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
    }, png);
    const code = jsQR(Uint8ClampedArray.from(data), width, height, { inversionAttempts: 'dontInvert' });
    return code?.data ?? null;
  } finally {
    await blank.close();
  }
}
