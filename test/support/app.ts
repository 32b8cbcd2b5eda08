import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { parseConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { createMemoryMailer } from '../../src/platform/mail/mailer.ts';
import { testDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  mailer: ReturnType<typeof createMemoryMailer>;
}

/** The real application on the test database, with mail kept in memory. One per test file. */
export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await testDatabase();
  const mailer = createMemoryMailer();
  const config = parseConfig({ NODE_ENV: 'test', PARAPET_DATA_DIR: '.tmp/test-data', LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database, mailer, secret: 'test-secret-test-secret-test-secret-0123' });
  afterAll(() => app.close());
  return { app, database, mailer };
}

/** A browser-like client for `app.inject`: keeps cookies and sends the last page's CSRF token with forms. */
export class WebClient {
  private cookies = new Map<string, string>();
  private csrf = '';
  constructor(private readonly app: FastifyInstance) {}

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const gone = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
  }

  private get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader } });
    this.remember(res);
    return res;
  }

  /** Posts a form. Pass `csrf: false` to leave the token out, or a string to send a forged one. */
  async post(url: string, form: Record<string, string | string[]> = {}, options: { csrf?: boolean | string } = {}) {
    if (!this.csrf && options.csrf !== false) await this.get('/sign-in');
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    if (options.csrf !== false) body.set('_csrf', typeof options.csrf === 'string' ? options.csrf : this.csrf);
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
    });
    this.remember(res);
    return res;
  }

  /** Uploads a file as multipart/form-data, with the CSRF token in the query string as the forms do. */
  async upload(url: string, file: { field?: string; filename: string; content: Buffer | string; contentType?: string }, fields: Record<string, string> = {}) {
    if (!this.csrf) await this.get('/sign-in');
    const boundary = `----parapet${Date.now()}`;
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields)) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    }
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    const sep = url.includes('?') ? '&' : '?';
    const res = await this.app.inject({
      method: 'POST',
      url: `${url}${sep}_csrf=${encodeURIComponent(this.csrf)}`,
      headers: { cookie: this.cookieHeader, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts),
    });
    this.remember(res);
    return res;
  }

  /** Sends JSON as a page's script does, with the CSRF token in the x-csrf-token header (`csrf: false` leaves it out). */
  async json(url: string, body: unknown, options: { csrf?: boolean; raw?: string | Buffer } = {}) {
    if (!this.csrf && options.csrf !== false) await this.get('/sign-in');
    const headers: Record<string, string> = { cookie: this.cookieHeader, 'content-type': 'application/json', accept: 'application/json' };
    if (options.csrf !== false) headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method: 'POST', url, headers, payload: options.raw ?? JSON.stringify(body) });
    this.remember(res);
    return res;
  }

  async signIn(email: string, password: string) {
    await this.get('/sign-in');
    const res = await this.post('/sign-in', { email, password });
    if (res.statusCode !== 303) throw new Error(`sign-in failed for ${email}: ${res.statusCode}`);
    return res;
  }
}
