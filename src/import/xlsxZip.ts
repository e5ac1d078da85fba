/**
 * The parts of an .xlsx (a ZIP of XML files) that the import reads, unpacked with fflate.
 * Every part's size is checked against limits before it is inflated: fflate inflates into a buffer
 * of the size the ZIP declares, so a "zip bomb" cannot grow past the limits, whatever it claims.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XlsxError } from './xlsxError.ts';

export type ZipLimits = { maxPartBytes: number; maxTotalBytes: number };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: an Excel 97–2003 .xls, or an .xlsx saved with a password (Excel encrypts it into one). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC);
}

export function isOleFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}

/** Fails with a coded error unless the bytes are a ZIP. */
export function checkContainer(bytes: Uint8Array): void {
  if (isOleFile(bytes)) throw new XlsxError('xlsx-legacy');
  if (!isZip(bytes)) throw new XlsxError('xlsx-corrupt');
}

/** The named parts as text (UTF-8, as OOXML writes them); a missing part is absent from the result. */
export function readParts(bytes: Uint8Array, names: readonly string[], limits: ZipLimits): Map<string, string> {
  const wanted = new Set(names);
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted.has(file.name)) return false;
        total += file.originalSize;
        if (file.originalSize > limits.maxPartBytes || total > limits.maxTotalBytes) throw new XlsxError('xlsx-too-large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError('xlsx-corrupt');
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) parts.set(name, strFromU8(data));
  return parts;
}
