/**
 * Saves a text file on the user's device (backup, kept copy). Uses a Blob URL and a temporary
 * `<a download>`: no network, no inline script or style, works under the site's CSP.
 */
export type TextFile = { fileName: string; text: string; mimeType: string };

export function downloadTextFile(file: TextFile): boolean {
  try {
    const blob = new Blob([file.text], { type: `${file.mimeType};charset=utf-8` });
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
