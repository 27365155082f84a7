/**
 * Reads one file the CLI was asked to check, turning every way that can fail into a one-line
 * reason: no such file, a directory, empty, too big, not JSON (with line and column).
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findJsonSyntaxError } from '@pathway/schema';

/** Pathways are tens of kilobytes; anything this big is the wrong file, and is not read into memory. */
export const maxFileBytes = 5 * 1024 * 1024;

export type ReadResult = { ok: true; doc: unknown } | { ok: false; reason: string };

export async function readJsonFile(file: string, cwd: string): Promise<ReadResult> {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    size = info.size;
  } catch (error) {
    return { ok: false, reason: fileSystemReason(error) };
  }
  if (size > maxFileBytes) {
    return { ok: false, reason: `is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit for a pathway file, so it was not read` };
  }

  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, reason: fileSystemReason(error) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'is empty' };

  try {
    return { ok: true, doc: JSON.parse(text) };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (found) return { ok: false, reason: `is not valid JSON: line ${found.line}, column ${found.column}: ${found.reason}` };
    return { ok: false, reason: `is not valid JSON: ${firstLine(error)}` };
  }
}

function fileSystemReason(error: unknown): string {
  const code = (error as { code?: string })?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `could not be read (${code ?? firstLine(error)})`;
  }
}

/** One line of an error's message, never its stack. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'unknown error';
}
