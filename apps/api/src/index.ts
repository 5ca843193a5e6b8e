/** @jobtracker/api as a library: the app factory and the router type for the web app. */
export { createApp } from './app.js';
export type { CreateAppOptions } from './app.js';
export type { AppRouter } from './procedures/app.router.js';
export type { AppDeps, AppSettings } from './config/app-deps.js';
export { createContainer, settingsFromEnv } from './container.js';
export { parseEnv, readEnv, ConfigError } from './config/env.js';
export type { Env } from './config/env.js';
