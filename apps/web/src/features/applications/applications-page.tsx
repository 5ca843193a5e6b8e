/** The Applications page (placeholder until its feature lands). */
export function ApplicationsPage() {
  return (
    <div className="page">
      <h1>Applications</h1>
    </div>
  );
}
