import cliProgress from 'cli-progress';

/**
 * Progress of a command that works in stages (the synthetic pool: organisations, then people): one
 * bar per stage on stderr, as the CBS and pool imports show theirs, with the rate of rows.
 */
export function progressBars(): {
  update: (stage: string, done: number, total: number) => void;
  stop: () => void;
} {
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  let startedAt = 0;
  let startedFrom = 0;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    update(stage, done, total) {
      if (stage !== current || !bar) {
        stop();
        current = stage;
        startedAt = Date.now();
        startedFrom = done;
        bar = new cliProgress.SingleBar(
          {
            format: `${stage.padEnd(22)} [{bar}] {value}/{total} · {rate} rows/s · {duration_formatted}`,
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done, { rate: 0 });
        return;
      }
      const seconds = (Date.now() - startedAt) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round((done - startedFrom) / seconds) : 0 });
    },
    stop,
  };
}
