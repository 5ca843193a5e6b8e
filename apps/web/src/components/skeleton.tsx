/** Placeholders with the size of what is loading, so nothing jumps when the data arrives. */
export function Skeleton({ height = '1rem', width = '100%' }: { height?: string; width?: string }) {
  return <div className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

export function SkeletonList({ rows = 5, height = '3rem', label = 'Loading' }: { rows?: number; height?: string; label?: string }) {
  return (
    <div className="stack" role="status" aria-label={label} style={{ gap: '0.5rem' }}>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={height} />
      ))}
    </div>
  );
}
