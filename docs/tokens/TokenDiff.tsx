import { diffTokens } from '../../packages/tokens/src/diff.mjs';
import { DocTable, Scroll, Swatch } from './TokenDocs.styles';

type Flat = Record<string, Record<string, string>>;

const isColour = (value: string) => /^(#|rgb)/.test(value);
const Value = ({ value }: { value: string }) => (
  <>
    {isColour(value) && <Swatch style={{ background: value }} aria-hidden="true" />} <code>{value}</code>
  </>
);

/** Added, removed and changed tokens between two token sets, with before/after swatches. */
export function TokenDiff({ before, after, beforeLabel, afterLabel }: { before: Flat; after: Flat; beforeLabel: string; afterLabel: string }) {
  const diff = diffTokens(before, after);
  const total = diff.added.length + diff.removed.length + diff.changed.length;
  return (
    <section aria-label="Token changes">
      <p role="status">
        {total === 0
          ? `No token changes between ${beforeLabel} and ${afterLabel}.`
          : `${diff.changed.length} changed, ${diff.added.length} added, ${diff.removed.length} removed between ${beforeLabel} and ${afterLabel}.`}
      </p>
      <TokenDiffTables diff={diff} beforeLabel={beforeLabel} afterLabel={afterLabel} />
    </section>
  );
}

/** The tables of a computed diff (also used by the brand review, whose diff comes from `polku-tokens review`). */
export function TokenDiffTables({
  diff,
  beforeLabel,
  afterLabel,
  combinationLabel = 'Theme.brand',
}: {
  diff: ReturnType<typeof diffTokens>;
  beforeLabel: string;
  afterLabel: string;
  /** Header of the first column: what a diff "combination" is (theme.brand, or the theme in a brand review). */
  combinationLabel?: string;
}) {
  return (
    <>
      {diff.changed.length > 0 && (
        <Scroll tabIndex={0} role="region" aria-label="Changed tokens">
          <DocTable>
            <caption>Changed</caption>
            <thead>
              <tr>
                <th scope="col">{combinationLabel}</th>
                <th scope="col">Token</th>
                <th scope="col">Before ({beforeLabel})</th>
                <th scope="col">After ({afterLabel})</th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.map((change) => (
                <tr key={`${change.combination}${change.name}`}>
                  <td>{change.combination}</td>
                  <th scope="row">
                    <code>{change.name}</code>
                  </th>
                  <td>
                    <Value value={change.before} />
                  </td>
                  <td>
                    <Value value={change.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DocTable>
        </Scroll>
      )}
      {(['added', 'removed'] as const).map((kind) =>
        diff[kind].length > 0 ? (
          <Scroll key={kind} tabIndex={0} role="region" aria-label={`${kind === 'added' ? 'Added' : 'Removed'} tokens`}>
            <DocTable>
              <caption>{kind === 'added' ? 'Added' : 'Removed'}</caption>
              <thead>
                <tr>
                  <th scope="col">{combinationLabel}</th>
                  <th scope="col">Token</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {diff[kind].map((entry) => (
                  <tr key={`${entry.combination}${entry.name}`}>
                    <td>{entry.combination}</td>
                    <th scope="row">
                      <code>{entry.name}</code>
                    </th>
                    <td>
                      <Value value={entry.value} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </DocTable>
          </Scroll>
        ) : null,
      )}
    </>
  );
}
