/** A QR code as one SVG path: `size` modules square, one `M x y h1 v1 h-1 z` per dark module. */
export interface QrCode {
  text: string;
  size: number;
  path: string;
}

/**
 * Encodes `text` (the article's address, for the printout) with lean-qr, loaded only when a
 * printout with provenance needs it: 3.6 KB that most pages never load.
 */
export async function qrCode(text: string): Promise<QrCode> {
  const { generate } = await import('lean-qr');
  const code = generate(text);
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  return { text, size: code.size, path };
}
