import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('config', () => {
  it('has defaults that serve the demo on localhost:3000 from ./data', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ port: 3000, host: 'localhost', dataDir: './data', publicUrl: 'http://localhost:3000', databaseUrl: undefined });
  });

  it('reads PORT, HOST and DATABASE_URL, and treats empty values as unset', () => {
    const c = parseConfig({ PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'postgresql://u@h/db', SMTP_URL: '' });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', publicUrl: 'http://localhost:8080', databaseUrl: 'postgresql://u@h/db', smtpUrl: undefined });
  });

  it('stops with a message naming every wrong setting', () => {
    expect(() => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (err) {
      expect((err as Error).message).toContain('PORT:');
      expect((err as Error).message).toContain('DATABASE_URL: must start with postgres:// or postgresql://');
    }
  });

  it('keeps checked photos 30 days unless PARAPET_PHOTO_DAYS says otherwise, within a year', () => {
    expect(parseConfig({}).photoRetentionDays).toBe(30);
    expect(parseConfig({ PARAPET_PHOTO_DAYS: '7' }).photoRetentionDays).toBe(7);
    expect(() => parseConfig({ PARAPET_PHOTO_DAYS: '0' })).toThrow('PARAPET_PHOTO_DAYS: must be at least 1 day');
    expect(() => parseConfig({ PARAPET_PHOTO_DAYS: '400' })).toThrow('PARAPET_PHOTO_DAYS: must be at most 365 days');
    expect(() => parseConfig({ PARAPET_PHOTO_DAYS: '2.5' })).toThrow('PARAPET_PHOTO_DAYS: must be a whole number of days');
  });
});
