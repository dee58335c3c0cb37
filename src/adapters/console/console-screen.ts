/**
 * The terminal's screen and keyboard: reads lines, writes what the bot says, and — on a terminal —
 * keeps a `> ` prompt the way a REPL does. Output that arrives by itself (a scheduled question, an
 * answer count, a reveal) clears the prompt line, prints, and redraws the prompt with whatever was
 * being typed; `/quit` and Ctrl-D leave the shell's prompt on a line of its own; Ctrl-C ends the
 * session like Ctrl-D. Without a terminal (a pipe, a file) there is no prompt: lines are read until
 * the end of input, each handled before the next.
 */
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface ScreenOptions {
  input: Readable;
  output: Writable;
  /** A person at a terminal: a prompt, line editing, and redrawing after unprompted output. */
  interactive: boolean;
  /** Handles one line; the next is read only after it resolves. */
  onLine: (line: string) => Promise<void>;
  /** Input ended (end of file, Ctrl-D, Ctrl-C, `/quit`, or the reader went away) and every line was handled. */
  onEnd: () => void;
}

export interface Screen {
  /** Writes a block of text, on its own lines. */
  print(text: string): void;
  /** Stops reading (as `/quit` does); {@link ScreenOptions.onEnd} follows once lines in hand are handled. */
  close(): void;
  /** Resolves when every line received so far has been handled. */
  idle(): Promise<void>;
  /** Handles a line as if typed. */
  typeLine(line: string): Promise<void>;
}

const PROMPT = '> ';

export function createScreen(options: ScreenOptions): Screen {
  const { output, interactive } = options;
  let outputClosed = false;
  let closedByCommand = false;
  let ended = false;
  /** A line is being handled: what is printed now is its answer, and the prompt follows it. */
  let busy = false;
  let queue: Promise<void> = Promise.resolve();

  const write = (text: string): void => {
    if (!outputClosed) output.write(text);
  };

  // The reader went away (`npm start | head`): stop quietly instead of crashing on EPIPE.
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    outputClosed = true;
    reader.close();
  });

  const reader: Interface = createInterface({
    input: options.input,
    ...(interactive ? { output, terminal: true, prompt: PROMPT } : { terminal: false }),
  });

  // `true`: what was typed ahead while a line was handled stays, with the cursor where it was.
  const prompt = (): void => {
    if (interactive && !ended && !outputClosed) reader.prompt(true);
  };

  function enqueue(line: string): Promise<void> {
    queue = queue.then(async () => {
      // Lines read before the end of input are still handled; those after `/quit` are not.
      if (closedByCommand || outputClosed) return;
      busy = true;
      try {
        await options.onLine(line);
      } catch (error) {
        write(`${String(error)}\n`);
      } finally {
        busy = false;
      }
      prompt();
    });
    return queue;
  }

  reader.on('line', (line) => void enqueue(line));
  // Ctrl-C at the prompt (raw mode turns it into a key, not a signal): leave as Ctrl-D does.
  reader.on('SIGINT', () => reader.close());
  reader.on('close', () => {
    ended = true;
    // Ctrl-D leaves the cursor after the prompt: the shell's prompt gets a line of its own.
    if (interactive && !closedByCommand) write('\n');
    void queue.then(options.onEnd);
  });
  prompt();

  return {
    print(text) {
      if (!interactive || busy || ended) {
        write(`${text}\n`);
        return;
      }
      // Unprompted: clear the prompt line, print, and give the prompt back with what was typed.
      if (!outputClosed) {
        clearLine(output, 0);
        cursorTo(output, 0);
      }
      write(`${text}\n`);
      if (!outputClosed) reader.prompt(true);
    },
    close() {
      closedByCommand = true;
      reader.close();
    },
    async idle() {
      let current: Promise<void>;
      do {
        current = queue;
        await current;
      } while (current !== queue);
    },
    typeLine: (line) => enqueue(line),
  };
}
