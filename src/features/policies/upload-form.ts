// Reads a multipart form holding one file and a few text fields, for the policy upload forms.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.ts';
import { MAX_POLICY_BYTES } from './extract-text.ts';

export interface UploadForm {
  fields: Map<string, string[]>;
  file: { filename: string; bytes: Buffer } | null;
}

const TOO_LARGE = 'The file is larger than 20 MB. Nothing was saved. If the policy holds large pictures, save a copy without them and upload that.';

/** The fields (each possibly repeated, like checkboxes) and the one file of an upload form. */
export async function readUploadForm(req: FastifyRequest): Promise<UploadForm> {
  const fields = new Map<string, string[]>();
  let file: UploadForm['file'] = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_POLICY_BYTES, files: 1, fields: 20, fieldSize: 10_000 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        // toBuffer does not always throw when the limit cuts the file short: never keep a truncated file.
        if (part.file.truncated) throw new AppError('too-large', TOO_LARGE);
        if (part.filename) file = { filename: part.filename, bytes };
      } else {
        fields.set(part.fieldname, [...(fields.get(part.fieldname) ?? []), String(part.value)]);
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('too-large', TOO_LARGE);
    throw err;
  }
  return { fields, file };
}

export const fieldOf = (form: UploadForm, name: string) => form.fields.get(name)?.[0] ?? '';
