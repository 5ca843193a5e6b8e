/** @jobtracker/api as a library: the app factory and the router type for the web app. */
export { createApp } from './app.js';
export type { CreateAppOptions } from './app.js';
export type { AppRouter } from './trpc/app.router.js';
export type { AppDeps, AppSettings } from './app-deps.js';
export { createContainer, settingsFromEnv } from './container.js';
export { parseEnv, readEnv, ConfigError } from './env.js';
export type { Env } from './env.js';
