import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Where image files live. One small interface so a deployment can put them elsewhere (see
 * docs/DEPLOY.md for object storage); names are content hashes, so a file never changes once written.
 */
export abstract class ImageStorage {
  abstract put(name: string, data: Buffer): Promise<void>;
  /** The file, or null when there is none. */
  abstract get(name: string): Promise<Buffer | null>;
}

/** A folder every API instance sees (a shared volume in docker compose). */
export class DirectoryImageStorage extends ImageStorage {
  constructor(private readonly directory: string) {
    super();
  }

  async put(name: string, data: Buffer): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    // Written aside and renamed, so another instance never serves half a file.
    const temporary = join(this.directory, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    await writeFile(temporary, data);
    await rename(temporary, join(this.directory, name));
  }

  async get(name: string): Promise<Buffer | null> {
    try {
      return await readFile(join(this.directory, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
