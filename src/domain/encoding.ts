/**
 * Bytes to text. Excel pt-BR "CSV (separado por vírgulas)" writes Windows-1252; "CSV UTF-8" writes
 * UTF-8 with a BOM; Google Sheets and LibreOffice write UTF-8 without one; Excel "Unicode text" is
 * UTF-16LE with a BOM. Strict UTF-8 is tried first because a Windows-1252 file with accents is
 * almost never valid UTF-8, while any byte sequence is "valid" Windows-1252.
 */

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type DecodedText = { text: string; encoding: TextEncodingName; bom: boolean };

/**
 * Decodes `bytes`. `forced` (the user's choice in the import preview) skips detection; forced UTF-8
 * is decoded leniently (bad bytes become U+FFFD) because the user asked for it.
 */
export function decodeBytes(bytes: Uint8Array, forced?: 'utf-8' | 'windows-1252'): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  const utf8Bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  if (forced === 'windows-1252') {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', bom: false };
  }
  if (forced === 'utf-8') {
    // ignoreBOM: false (the default) drops a leading BOM for us.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: utf8Bom };
  }
  if (utf8Bom) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', bom: false };
  }
}

/**
 * True when the text is not a spreadsheet export at all (an image, a zip, an .xlsx saved under a
 * .csv name): NUL characters, or more than 2 % control characters other than tab, CR, LF and FF,
 * within the first 64 KiB. Windows-1252 maps a few undefined bytes to C1 controls, which count too.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return control / n > 0.02;
}
