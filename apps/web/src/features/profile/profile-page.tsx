/** The Profile page (placeholder until its feature lands). */
export function ProfilePage() {
  return (
    <div className="page">
      <h1>Profile</h1>
    </div>
  );
}
