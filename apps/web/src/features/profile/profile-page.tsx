/** The profile: about you, skills, resume and password; then your data (import, proof of search,
 * backup and restore) and deleting the account. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SkeletonList } from '../../components/skeleton.js';
import { formatDate } from '../../lib/time.js';
import { BackupSection, DeleteAccountSection, YourDataSection } from '../account/index.js';
import { meQuery } from '../auth/index.js';
import { PasswordForm } from './password-form.js';
import { ProfileForm } from './profile-form.js';
import { ResumeUpload } from './resume-upload.js';
import { SkillsEditor } from './skills-editor.js';

export function ProfilePage() {
  const me = useQuery(meQuery).data;
  // A restore replaces the profile: the forms start over from the restored one.
  const [generation, setGeneration] = useState(0);
  return (
    <div className="page page-narrow">
      <div className="stack" style={{ gap: '0.25rem' }}>
        <h1>Profile</h1>
        {me && (
          <p className="muted">
            {me.email} · member since {formatDate(me.date_joined)}
          </p>
        )}
      </div>
      {!me ? (
        <SkeletonList rows={6} height="3rem" label="Loading profile" />
      ) : (
        <>
          <ProfileForm key={`profile-${generation}`} me={me} />
          <SkillsEditor key={`skills-${generation}`} me={me} />
          <ResumeUpload key={`resume-${generation}`} me={me} />
          <PasswordForm />
          <div id="account-data" className="stack">
            <YourDataSection />
            <BackupSection onRestored={() => setGeneration((value) => value + 1)} />
            <DeleteAccountSection />
          </div>
        </>
      )}
    </div>
  );
}
