/** A one-line progress bar on a terminal; silent when output is not a TTY (CI, pipes). */
type Output = { isTTY?: boolean; columns?: number; write(text: string): unknown };

export function progressBar(output: Output, label: string) {
  const width = 30;
  let last = -1;
  return {
    update: (done: number, total: number) => {
      if (!output.isTTY) return;
      const filled = Math.round((done / total) * width);
      if (filled === last && done !== total) return;
      last = filled;
      output.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done: () => {
      if (output.isTTY && last >= 0) output.write('\n');
    },
  };
}
