/** A value range drawn as a strip: the whole span from lowest to highest, a highlighted band
 * (e.g. the average salary range) or a marker (e.g. the average), each labelled. */
type Props = {
  label: string;
  min: number;
  max: number;
  band?: [number, number];
  marker?: number;
  format: (value: number) => string;
  ends: [string, string];
  middle: string;
};

export function RangeStrip({ label, min, max, band, marker, format, ends, middle }: Props) {
  const span = max - min;
  const at = (value: number) => (span <= 0 ? 50 : Math.min(100, Math.max(0, ((value - min) / span) * 100)));
  return (
    <div className="range-strip" role="img" aria-label={label}>
      <div className="range-track">
        {band && <span className="range-band" style={{ left: `${at(band[0])}%`, width: `${Math.max(1.5, at(band[1]) - at(band[0]))}%` }} />}
        {marker !== undefined && <span className="range-marker" style={{ left: `${at(marker)}%` }} />}
      </div>
      <div className="range-labels" aria-hidden="true">
        <span>
          <strong>{format(min)}</strong>
          <span className="small muted">{ends[0]}</span>
        </span>
        <span className="range-middle">
          <strong>{middle}</strong>
        </span>
        <span className="range-end">
          <strong>{format(max)}</strong>
          <span className="small muted">{ends[1]}</span>
        </span>
      </div>
    </div>
  );
}
