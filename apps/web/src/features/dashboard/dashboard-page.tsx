/** The Dashboard page (placeholder until its feature lands). */
export function DashboardPage() {
  return (
    <div className="page">
      <h1>Dashboard</h1>
    </div>
  );
}
