// Saves text as a file the reader downloads (settings backup, story memory, corrections): made on
// the device, nothing is sent anywhere. The object URL is released once the download has started.
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
