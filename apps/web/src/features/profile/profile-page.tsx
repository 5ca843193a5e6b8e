/** The profile: about you, skills, resume and password. */
import { useQuery } from '@tanstack/react-query';
import { SkeletonList } from '../../components/skeleton.js';
import { formatDate } from '../../lib/time.js';
import { meQuery } from '../auth/index.js';
import { PasswordForm } from './password-form.js';
import { ProfileForm } from './profile-form.js';
import { ResumeUpload } from './resume-upload.js';
import { SkillsEditor } from './skills-editor.js';

export function ProfilePage() {
  const me = useQuery(meQuery).data;
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
          <ProfileForm me={me} />
          <SkillsEditor me={me} />
          <ResumeUpload me={me} />
          <PasswordForm />
        </>
      )}
    </div>
  );
}
