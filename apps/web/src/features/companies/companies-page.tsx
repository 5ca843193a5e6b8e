/** The Companies page (placeholder until its feature lands). */
export function CompaniesPage() {
  return (
    <div className="page">
      <h1>Companies</h1>
    </div>
  );
}
