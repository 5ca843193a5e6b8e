/** A headline figure with its context, above a strip showing where the range lies (salary,
 * response time). */
import type { ReactNode } from 'react';
import './charts.css';

export function RangeFigure({ height, headline, context, children }: { height: number; headline: string; context: string; children: ReactNode }) {
  return (
    <div className="range-panel" style={{ minHeight: height }}>
      <p className="range-headline">
        {headline} <span className="small muted">{context}</span>
      </p>
      {children}
    </div>
  );
}
