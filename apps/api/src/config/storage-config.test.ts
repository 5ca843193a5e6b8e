import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.js';
import { describeStorage, mongoStorageOf, mongoUriFromParts, storageConfigOf } from './storage-config.js';

const KEY = { JWT_SECRET_KEY: 'a-signing-key-that-is-long-enough-for-hs256' };

describe('choosing the store', () => {
  it('is SQLite with local files when no MONGO_URI or MONGO_HOST is set', () => {
    expect(storageConfigOf(parseEnv({ DATABASE_PATH: '/data/x.db', MEDIA_ROOT: '/data/media', MONGO_PORT: '27018', MONGO_DB_NAME: 'other' }))).toEqual({
      kind: 'sqlite',
      databasePath: '/data/x.db',
      mediaRoot: '/data/media',
    });
  });

  it('is MongoDB with MONGO_URI, which wins over the parts', () => {
    const env = parseEnv({ ...KEY, MONGO_URI: 'mongodb://db1:27017,db2:27017/?replicaSet=rs0', MONGO_HOST: 'ignored', MONGO_DB_NAME: 'tracker' });
    expect(storageConfigOf(env)).toEqual({ kind: 'mongo', uri: 'mongodb://db1:27017,db2:27017/?replicaSet=rs0', dbName: 'tracker' });
  });

  it('is MongoDB with MONGO_HOST, the URI built from the parts with the credentials escaped', () => {
    const env = parseEnv({ ...KEY, MONGO_HOST: 'mongo.internal', MONGO_PORT: '27018', MONGO_USERNAME: 'app@prod', MONGO_PASSWORD: 'p@ss:w/rd?#[]%' });
    expect(storageConfigOf(env)).toEqual({
      kind: 'mongo',
      uri: 'mongodb://app%40prod:p%40ss%3Aw%2Frd%3F%23%5B%5D%25@mongo.internal:27018/',
      dbName: 'job_tracker',
    });
  });

  it('builds URIs without credentials, with a username only, and around IPv6 addresses', () => {
    expect(mongoUriFromParts({ host: 'localhost', port: 27017 })).toBe('mongodb://localhost:27017/');
    expect(mongoUriFromParts({ host: 'localhost', port: 27017, username: 'x509user' })).toBe('mongodb://x509user@localhost:27017/');
    expect(mongoUriFromParts({ host: '::1', port: 27017 })).toBe('mongodb://[::1]:27017/');
    expect(mongoUriFromParts({ host: '[fe80::1]', port: 1 })).toBe('mongodb://[fe80::1]:1/');
  });

  it('names the store for the start-up line without the password', () => {
    expect(describeStorage({ kind: 'mongo', uri: 'mongodb://app:s3cret@db1:27017,db2/?tls=true', dbName: 'jt' })).toBe('MongoDB db1:27017,db2, database jt, files in GridFS');
    expect(describeStorage({ kind: 'mongo', uri: 'mongodb+srv://app:a/b?c@cluster0.example.net/', dbName: 'jt' })).not.toContain('a/b');
    expect(describeStorage({ kind: 'sqlite', databasePath: 'x.db', mediaRoot: 'media' })).toBe('SQLite x.db, files in media');
  });

  it('refuses MongoDB without a shared signing key, a bad URI, host or database name', () => {
    expect(() => parseEnv({ MONGO_URI: 'mongodb://localhost' })).toThrow(/JWT_SECRET_KEY="": must be set \(or SECRET_KEY\) when MongoDB is chosen/);
    expect(() => parseEnv({ MONGO_HOST: 'localhost' })).toThrow(ConfigError);
    expect(parseEnv({ MONGO_HOST: 'localhost', SECRET_KEY: 'another-key-that-is-long-enough' }).MONGO_HOST).toBe('localhost');
    expect(() => parseEnv({ ...KEY, MONGO_URI: 'http://localhost' })).toThrow(/MONGO_URI="http:\/\/localhost": must start with mongodb:\/\//);
    expect(() => parseEnv({ ...KEY, MONGO_HOST: 'evil@host/x?y' })).toThrow(/MONGO_HOST=.*must be a host name/);
    expect(() => parseEnv({ ...KEY, MONGO_DB_NAME: 'a.b' })).toThrow(/MONGO_DB_NAME="a.b": must be a MongoDB database name/);
    expect(() => parseEnv({ ...KEY, MONGO_HOST: 'h', MONGO_PASSWORD: 'p' })).toThrow(/MONGO_USERNAME="": must be set when MONGO_PASSWORD is/);
  });

  it('asks for MongoDB settings when a command needs MongoDB and none are set', () => {
    expect(() => mongoStorageOf(parseEnv({}))).toThrow(/MongoDB is not configured: set MONGO_URI/);
  });
});

describe('WORKERS', () => {
  it('defaults to 1 and takes a whole number or auto', () => {
    expect(parseEnv({}).WORKERS).toBe(1);
    expect(parseEnv({ WORKERS: ' 4 ' }).WORKERS).toBe(4);
    expect(parseEnv({ WORKERS: 'AUTO' }).WORKERS).toBe('auto');
  });

  it.each(['0', '-1', 'two', '1.5', '257', ''])('refuses %j', (value) => {
    expect(() => parseEnv({ WORKERS: value })).toThrow(/WORKERS=.*must be/);
  });
});
