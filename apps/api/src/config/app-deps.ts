/** Everything the app is built from: stores, ports and settings, assembled by the entry points
 * (or by tests) and passed to createApp. */
import type { ApplicationRepository, AuthDeps, CompanyRepository, IdGenerator } from '@jobtracker/core';

export type AppSettings = {
  debug: boolean;
  corsAllowedOrigins: string[];
  trustedProxies: string[];
  maxBodyBytes: number;
  mediaRoot: string;
  /** Directory of the built web app, served at `/`; null when not built. */
  webRoot: string | null;
  logRequests: boolean;
};

export type AppDeps = {
  auth: AuthDeps;
  applications: ApplicationRepository;
  companies: CompanyRepository;
  ids: IdGenerator;
  /** The only clock: everything below the transport gets `now` passed in. */
  clock: () => Date;
  settings: AppSettings;
};
