/** The manifest of an account archive (version 1) as plain types: what core's public API names,
 * without the validation library's types (archive-schemas.ts checks that both agree). */
import type { ArchivedSettings } from './archive-settings.js';

export type ArchivedProfile = {
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  location: string | null;
  linkedin_url: string | null;
  github_url: string | null;
  portfolio_url: string | null;
  current_role: string | null;
  years_of_experience: number;
  bio: string | null;
  skills: string[];
  /** `/media/<key>` of the resume when it is a stored file; restored under the new key. */
  resume_url: string | null;
  date_joined: Date;
};

export type ArchivedFile = {
  /** The file's key at export (`uploads/<user>/<kind>/<uuid><ext>`); its entry is `files/<key>`. */
  key: string;
  size: number;
  display_name: string | null;
};

export type ArchiveManifest = {
  format: 'jobtracker-account-archive';
  version: number;
  exported_at: Date;
  profile: ArchivedProfile;
  /** The insight settings, without the calendar secret (archive-settings.ts). */
  settings: ArchivedSettings;
  /** Lines in each data entry. */
  counts: { applications: number; companies: number; contacts: number };
  files: ArchivedFile[];
  /** Keys that records point at but whose files were gone at export; their records are kept. */
  missing_files: string[];
};
