/**
 * A file that `getfile` collected: the device's output carries its content between armour lines
 * (`-----BEGIN COLLECTED FILE <name>-----` … `-----END COLLECTED FILE-----`), base64-encoded.
 */
export interface CollectedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const ARMOUR = /\n?-----BEGIN COLLECTED FILE (.+?)-----\n([A-Za-z0-9+/=\s]*?)\n?-----END COLLECTED FILE-----/;

/** The output to show (without the encoded content) and the collected file, when there is one. */
export function readCollectedFile(output: string): { shown: string; file?: CollectedFile } {
  const match = ARMOUR.exec(output);
  if (!match) return { shown: output };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = Uint8Array.from(atob(match[2]!.replace(/\s+/g, '')), (character) => character.charCodeAt(0));
  } catch {
    return { shown: output };
  }
  return { shown: output.slice(0, match.index) + output.slice(match.index + match[0].length), file: { name: match[1]!, bytes } };
}

/** Hands the file to the browser's downloads, under its own name. */
export function downloadCollectedFile(file: CollectedFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
