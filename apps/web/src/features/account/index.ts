/** The account feature's public surface: the sections the profile page shows. */
export { BackupSection } from './backup-section.js';
export { DeleteAccountSection } from './delete-account-section.js';
export { YourDataSection } from './your-data-section.js';
