// The face detector's worker thread (started by face-worker-client.ts through face-worker.mjs):
// keeps the models loaded and runs one request at a time, so a detection's 0.4 s of wasm work
// never holds up the web server's event loop.
import { isMainThread, parentPort } from 'node:worker_threads';
import { findFaces, loadFaceModel, type FaceModel, type Pixels, type RawFace } from './face-model.ts';

export type FaceRequest = { kind: 'load'; model: FaceModel } | { kind: 'detect'; model: FaceModel; minScore: number; pixels: Pixels };

export type FaceReply = { id: number; ok: true; faces: RawFace[] } | { id: number; ok: false; name: string; message: string };

if (isMainThread || !parentPort) throw new Error('face-worker.ts runs only as a worker thread.');
const port = parentPort;

port.on('message', (message: FaceRequest & { id: number }) => {
  void answer(message).then((reply) => port.postMessage(reply));
});

async function answer(message: FaceRequest & { id: number }): Promise<FaceReply> {
  try {
    if (message.kind === 'load') {
      await loadFaceModel(message.model);
      return { id: message.id, ok: true, faces: [] };
    }
    return { id: message.id, ok: true, faces: await findFaces(message.pixels, message.model, message.minScore) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { id: message.id, ok: false, name: e.name, message: e.message };
  }
}
