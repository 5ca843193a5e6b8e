/** Test data builder ("object mother") for application documents. Top-level keys of the patch
 * replace the defaults whole, so a test states every nested value it depends on. */
import type { Application } from '../../applications/application.js';

let sequence = 0;

export function buildApplication(patch: Partial<Application> = {}): Application {
  sequence += 1;
  return {
    id: sequence.toString(16).padStart(24, '0'),
    user_id: 1,
    company: { name: 'Acme' },
    job: { title: 'Engineer' },
    application: { status: 'applied', source: 'LinkedIn' },
    timeline: [],
    attachments: [],
    ...patch,
  };
}

export const at = (iso: string): Date => new Date(iso);
