import classes from './key-figures.module.css';

/** A term and its figure, already formatted for the reader's language. */
export type KeyFigure = readonly [term: string, value: string];

interface Props {
  figures: readonly KeyFigure[];
  /** Names the list where no heading does (the partnerships dashboard). */
  label?: string;
}

/** A dashboard's headline figures as a description list: each term above its figure, in boxes that wrap. */
export function KeyFigures({ figures, label }: Props) {
  return (
    <dl className={classes.keyFigures} aria-label={label}>
      {figures.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
