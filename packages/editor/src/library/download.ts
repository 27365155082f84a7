/** Saving a file to the author's computer: a Blob, a temporary link, a click. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a pathway id or key: letters, digits, hyphens, dots and underscores only. */
export function fileNameFor(base: string, extension: string): string {
  const safe = base.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+/, '').slice(0, 80) || 'pathway';
  return `${safe}.${extension}`;
}
