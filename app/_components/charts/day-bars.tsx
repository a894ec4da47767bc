// Calls per day as bars, drawn on the server as SVG (no chart library needed for this). Each bar
// has a tooltip; the numbers are also in a table for screen readers.
export function DayBars({ data, label }: { data: { day: string; calls: number }[]; label: string }) {
  const width = 720;
  const height = 160;
  const max = Math.max(1, ...data.map((point) => point.calls));
  const step = width / Math.max(1, data.length);
  const barWidth = Math.max(2, step * 0.72);
  const ticks = [0, Math.ceil(max / 2), max];
  const labelEvery = Math.max(1, Math.ceil(data.length / 8));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width + 40} ${height + 28}`} role="img" aria-label={label} className="chart-svg">
        {ticks.map((tick) => {
          const y = height - (tick / max) * height + 4;
          return (
            <g key={tick}>
              <line x1={36} x2={width + 40} y1={y} y2={y} className="chart-grid" />
              <text x={30} y={y + 4} textAnchor="end" className="chart-axis">{tick}</text>
            </g>
          );
        })}
        {data.map((point, index) => {
          const barHeight = (point.calls / max) * height;
          const x = 40 + index * step + (step - barWidth) / 2;
          return (
            <g key={point.day}>
              <rect x={x} y={height - barHeight + 4} width={barWidth} height={Math.max(barHeight, point.calls > 0 ? 1 : 0)} rx={2} className="chart-bar">
                <title>{`${point.day}: ${point.calls} ${point.calls === 1 ? "call" : "calls"}`}</title>
              </rect>
              {index % labelEvery === 0 ? <text x={x + barWidth / 2} y={height + 22} textAnchor="middle" className="chart-axis">{point.day.slice(5)}</text> : null}
            </g>
          );
        })}
      </svg>
      {/* In a div: a table ignores overflow, so a hidden table itself would still stretch the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{label}</caption>
          <tbody>{data.map((point) => <tr key={point.day}><th scope="row">{point.day}</th><td>{point.calls}</td></tr>)}</tbody>
        </table>
      </div>
    </figure>
  );
}
