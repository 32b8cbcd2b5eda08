import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from './mailer.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const logger = pino({ level: 'silent' });

// Just enough MIME decoding to read what arrived (no mail parser is installed).
const qpBytes = (text: string) =>
  Buffer.from(text.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** The body of a quoted-printable message as text: soft line breaks joined, =XX bytes decoded. */
const decodeQuotedPrintable = (body: string) => qpBytes(body.replace(/=\r?\n/g, ''));

/** A header's value: folded lines unfolded, RFC 2047 encoded words (UTF-8, Q) decoded. */
function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line
    ?.slice(name.length + 1)
    .trim()
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, text: string) => qpBytes(text.replace(/_/g, ' ')));
}
const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  // A real SMTP server on loopback: no TLS, no sign-in, as a relay inside a school network might be.
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('mailer', () => {
  it('delivers over SMTP with the subject, sender, recipient and link', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Parapet <parapet@school.example>', dataDir: '.', logger });
    expect(mailer.describe).toBe(`SMTP server 127.0.0.1:${port}`);
    // A real token is 43 characters: long enough for the line to be wrapped in transit.
    const link = 'http://localhost:3000/invitation/ZUJ5x7CjnzY4WbEs86PikYlhioMdtuIAWsjaClFNQQE';
    try {
      await mailer.send({
        to: 'sam.tester@school.example',
        subject: 'Your invitation to Parapet for St Ann’s School',
        text: `Hana Head has invited you to Parapet for “St Ann’s School”. To set your password and sign in, open this link:\n\n${link}\n`,
      });
    } finally {
      mailer.close();
    }
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.from).toBe('parapet@school.example');
    expect(mail!.to).toEqual(['sam.tester@school.example']);
    expect(header(mail!.raw, 'Subject')).toBe('Your invitation to Parapet for St Ann’s School');
    const body = decodeQuotedPrintable(mail!.raw.split(/\r?\n\r?\n/).slice(1).join('\n\n'));
    expect(body).toContain(link);
    expect(body).toContain('for “St Ann’s School”');
  });

  it('fails loudly when the SMTP server cannot be reached', async () => {
    const closed = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${deadPort}`, from: 'parapet@school.example', dataDir: '.', logger });
    try {
      await expect(mailer.send({ to: 'a@school.example', subject: 'x', text: 'y' })).rejects.toThrow();
    } finally {
      mailer.close();
    }
  });

  it('writes each message to the data folder when no SMTP server is set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-mail-'));
    try {
      const mailer = createMailer({ smtpUrl: undefined, from: 'parapet@school.example', dataDir: dir, logger });
      expect(mailer.describe).toBe(`folder ${join(dir, 'mail')}`);
      await mailer.send({ to: 'b@school.example', subject: 'Reset your password', text: 'http://localhost:3000/reset-password/xyz' });
      const files = readdirSync(join(dir, 'mail'));
      expect(files).toHaveLength(1);
      const eml = readFileSync(join(dir, 'mail', files[0]!), 'utf8');
      expect(header(eml, 'Subject')).toBe('Reset your password');
      expect(eml).toContain('http://localhost:3000/reset-password/xyz');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
