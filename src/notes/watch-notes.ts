/**
 * Noticing changed notes: a debounced watch of the notes folders and files (and the aliases file).
 * Folders are watched for their `*.md` files (a new file counts); a file is watched through its
 * folder, so an editor that saves by writing a new file and renaming it over the old one is seen
 * too. A burst of events (a save, a `git pull`) becomes one call, `debounceMs` after the last.
 */
import { type FSWatcher, statSync, watch } from 'node:fs';
import path from 'node:path';

export interface NotesWatch {
  /** Stops watching; a pending call is dropped. */
  close(): void;
}

export interface WatchNotesOptions {
  /** Quiet time after the last event before `onChange` runs (default {@link DEFAULT_DEBOUNCE_MS}). */
  debounceMs?: number;
  /** Told about a path that cannot be watched (missing folder, no permission). */
  onError?: (file: string, error: unknown) => void;
}

export const DEFAULT_DEBOUNCE_MS = 500;

/** Which names in which folder matter: its `*.md` files (a notes folder) and/or some names. */
export interface WatchTarget {
  dir: string;
  /** Any `*.md` file of the folder (a notes folder: a new file counts). */
  markdown: boolean;
  names: Set<string>;
}

/** Folders to watch for the given notes paths (files or folders) and extra files (aliases). */
export function watchTargets(
  notes: readonly string[],
  files: readonly string[] = [],
): WatchTarget[] {
  const targets = new Map<string, WatchTarget>();
  const target = (dir: string): WatchTarget => {
    const resolved = path.resolve(dir);
    let t = targets.get(resolved);
    if (!t) {
      t = { dir: resolved, markdown: false, names: new Set() };
      targets.set(resolved, t);
    }
    return t;
  };
  const addFile = (file: string) => target(path.dirname(file)).names.add(path.basename(file));
  for (const p of notes) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // A missing file may appear later: its folder is watched for it.
    }
    if (isDir) target(p).markdown = true;
    else addFile(p);
  }
  for (const f of files) addFile(f);
  return [...targets.values()];
}

/** Whether an event on `name` in the target's folder may change the notes. */
export function matters(target: WatchTarget, name: string | null): boolean {
  if (name === null) return true; // the platform did not say which file: assume it was ours
  const base = path.basename(name);
  return (target.markdown && base.toLowerCase().endsWith('.md')) || target.names.has(base);
}

/**
 * Watches the notes (files or folders) and `extraFiles`; calls `onChange` once per burst of changes.
 */
export function watchNotes(
  notes: readonly string[],
  extraFiles: readonly string[],
  onChange: () => void,
  options: WatchNotesOptions = {},
): NotesWatch {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const fire = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!closed) onChange();
    }, debounceMs);
    timer.unref?.();
  };
  const watchers: FSWatcher[] = [];
  for (const target of watchTargets(notes, extraFiles)) {
    try {
      const watcher = watch(target.dir, { persistent: false }, (_event, name) => {
        if (matters(target, name === null ? null : String(name))) fire();
      });
      watcher.on('error', (error) => options.onError?.(target.dir, error));
      watchers.push(watcher);
    } catch (error) {
      options.onError?.(target.dir, error);
    }
  }
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
