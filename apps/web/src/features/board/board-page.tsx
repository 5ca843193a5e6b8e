/** The Board page (placeholder until its feature lands). */
export function BoardPage() {
  return (
    <div className="page">
      <h1>Board</h1>
    </div>
  );
}
