// Reads the one image of a multipart upload (the page's form or the JSON API's fetch).
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { IMAGE_MESSAGES, MAX_IMAGE_BYTES } from '../../platform/images/inspect-image.ts';

const NO_FILE = 'Choose a photo to check.';

export async function readImageUpload(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw new AppError('invalid-input', NO_FILE, [{ field: 'image', message: NO_FILE }]);
  let bytes: Buffer | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5, fieldSize: 1000 } })) {
      if (part.type !== 'file') continue;
      const data = await part.toBuffer();
      if (part.file.truncated) throw new AppError('too-large', IMAGE_MESSAGES.bytes, [{ field: 'image', message: IMAGE_MESSAGES.bytes }]);
      if (part.filename || data.length) bytes = data;
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('too-large', IMAGE_MESSAGES.bytes, [{ field: 'image', message: IMAGE_MESSAGES.bytes }]);
    }
    throw err;
  }
  if (!bytes) throw new AppError('invalid-input', NO_FILE, [{ field: 'image', message: NO_FILE }]);
  return bytes;
}
