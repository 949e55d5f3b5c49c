import { createInterface } from 'node:readline';
import { type Readable, Writable } from 'node:stream';

/**
 * Reads a password: typed at a terminal without echo, or the first line of piped standard input
 * (`printf '%s\n' "$PASSWORD" | … create-admin …`), so it never has to appear in a command line.
 */
export function readPassword(prompt: string): Promise<string> {
  return ask(prompt, { hidden: true });
}

/** Asks one question at a terminal (or takes the first piped line); `hidden` keeps the answer off the screen. */
export async function ask(
  prompt: string,
  { hidden }: { hidden: boolean },
  input: Readable & { isTTY?: boolean } = process.stdin,
  output: Writable = process.stderr,
): Promise<string> {
  if (!input.isTTY) return firstLine(input);
  const muted = new MutedOutput(output);
  const readline = createInterface({ input, output: muted, terminal: true });
  try {
    output.write(prompt);
    muted.muted = hidden;
    const answer = await new Promise<string>((resolve) => readline.question('', resolve));
    output.write('\n');
    return answer;
  } finally {
    readline.close();
  }
}

async function firstLine(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Passes everything through except what the user types. */
class MutedOutput extends Writable {
  muted = false;
  constructor(private readonly target: Writable) {
    super();
  }
  override _write(chunk: Buffer, encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.muted) this.target.write(chunk, encoding);
    done();
  }
}
