/**
 * For a test of a widget's download: the browser's object URLs are replaced so every file the widget
 * offers is read into `texts`; `restore()` (in a `finally`) puts them back.
 */
export function captureDownloads(): { texts: string[]; restore: () => void } {
  const texts: string[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  URL.createObjectURL = (blob: Blob) => {
    void blob.text().then((text) => texts.push(text));
    return 'blob:download';
  };
  URL.revokeObjectURL = () => undefined;
  return {
    texts,
    restore: () => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    },
  };
}
