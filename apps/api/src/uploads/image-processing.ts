import { IMAGE_WIDTHS } from '@hackboard/contracts';
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { UploadError } from './uploads.errors.js';

/** Images with more pixels than this are refused: a small file can unpack into gigabytes. */
export const MAX_INPUT_PIXELS = 40_000_000;

export type ImageKind = 'png' | 'jpeg' | 'webp';

/** The type by the file's first bytes, whatever its name or the type the browser claimed. */
export function sniff(data: Buffer): ImageKind | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.length >= 12 && data.toString('ascii', 0, 4) === 'RIFF' && data.toString('ascii', 8, 12) === 'WEBP') {
    return 'webp';
  }
  return null;
}

export interface Rendition {
  /** `<hash>-<width>.<ext>` */
  name: string;
  width: number;
  format: 'avif' | 'webp' | 'jpg';
  data: Buffer;
}

export interface ProcessedImage {
  hash: string;
  width: number;
  height: number;
  widths: number[];
  renditions: Rendition[];
}

/**
 * Decodes the upload and encodes it anew: turned upright by its EXIF orientation, then every
 * rendition written without any metadata (sharp keeps none unless asked), so EXIF, GPS and
 * embedded profiles never leave the server. Anything sharp cannot fully decode is refused.
 */
export async function processImage(data: Buffer): Promise<ProcessedImage> {
  if (!sniff(data)) {
    throw new UploadError('UNSUPPORTED_TYPE', 'Only PNG, JPEG and WebP images can be uploaded.', {
      file: 'is not a PNG, JPEG or WebP image',
    });
  }
  let meta: Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  if (!meta.width || !meta.height) throw unreadable();
  if (meta.width * meta.height > MAX_INPUT_PIXELS) {
    throw new UploadError('IMAGE_TOO_LARGE', 'The image has too many pixels: at most 40 megapixels.', {
      file: 'has more than 40 megapixels',
    });
  }
  let upright: { data: Buffer; info: OutputInfo };
  try {
    // Decoding the whole image once proves it is complete; the renditions start from this copy.
    upright = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' })
      .rotate()
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw unreadable();
  }
  const { width, height } = upright.info;
  const widths = [...new Set(IMAGE_WIDTHS.map((w) => Math.min(w, width)))];
  const largest = await sharp(upright.data)
    .resize({ width: widths.at(-1)! })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
  const hash = createHash('sha256').update(largest).digest('hex').slice(0, 32);
  const renditions: Rendition[] = [];
  for (const w of widths) {
    const base = sharp(upright.data).resize({ width: w });
    const encoded = await Promise.all([
      base.clone().avif({ quality: 50, effort: 2 }).toBuffer(),
      base.clone().webp({ quality: 78 }).toBuffer(),
      w === widths.at(-1) ? Promise.resolve(largest) : base.clone().jpeg({ quality: 82, mozjpeg: true }).toBuffer(),
    ]);
    (['avif', 'webp', 'jpg'] as const).forEach((format, i) =>
      renditions.push({ name: `${hash}-${w}.${format}`, width: w, format, data: encoded[i]! }),
    );
  }
  return { hash, width, height, widths, renditions };
}

function unreadable() {
  return new UploadError('UNREADABLE_IMAGE', 'The image could not be read: it may be damaged or cut short.', {
    file: 'could not be read as an image',
  });
}

/** Checks, re-encodes and stores an upload; what comes back is ready to be recorded. */
export async function storeUpload(
  storage: { put(name: string, data: Buffer): Promise<void> },
  data: Buffer | undefined,
): Promise<ProcessedImage> {
  if (!data || data.length === 0) {
    throw new UploadError('FILE_REQUIRED', 'Choose an image to upload.', { file: 'is required' });
  }
  const image = await processImage(data);
  for (const rendition of image.renditions) await storage.put(rendition.name, rendition.data);
  return image;
}
