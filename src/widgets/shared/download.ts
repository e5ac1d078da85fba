/**
 * Saves a text file on the user's device (backup, kept copy). Uses a Blob URL and a temporary
 * `<a download>`: no network, no inline script or style, works under the site's CSP.
 */
/** `text` may be bytes for a binary file (an .xlsx); text gets a UTF-8 charset in its type. */
export type TextFile = { fileName: string; text: string | Uint8Array; mimeType: string };

export function downloadTextFile(file: TextFile): boolean {
  try {
    const blob =
      typeof file.text === 'string'
        ? new Blob([file.text], { type: `${file.mimeType};charset=utf-8` })
        : new Blob([file.text as Uint8Array<ArrayBuffer>], { type: file.mimeType });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.rel = 'noopener';
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // Give the browser time to start the download before the URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
