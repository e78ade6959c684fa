import { useId, useState, type ChangeEvent } from 'react';
import { Button } from '@polku/react';
import { Editor } from './BrandPlayground.styles';
import { TokenDiffTables } from './TokenDiff';
import { DocTable, Scroll } from './TokenDocs.styles';
import { Controls, Disclosure } from './BrandReview.styles';
import { candidateStartText, liveReview, parseReviewJson, recordedReview, type ReviewData } from './brandReview';

type Row = ReviewData['contrast'][number];
type Side = Row['current'];

const storyName = (data: ReviewData, id: string) => {
  const story = data.stories.find((s) => s.id === id);
  return story ? `${story.title.split('/').at(-1)} / ${story.name}` : id;
};

const Ratio = ({ side, min }: { side: Side; min: number }) =>
  side ? (
    <td>
      {side.ratio.toFixed(2)}:1 {side.pass ? 'pass' : <strong>fail (below {min}:1)</strong>}
    </td>
  ) : (
    <td>not checked</td>
  );

function ContrastTables({ data }: { data: ReviewData }) {
  return (
    <>
      {data.themes.map((theme) => {
        const rows = data.contrast.filter((row) => row.theme === theme);
        const failing = rows.filter((row) => row.candidate && !row.candidate.pass).length;
        return (
          <Disclosure key={theme}>
            <summary>
              {theme}: {rows.length - failing} of {rows.length} pairs pass with {data.candidate.brand}
            </summary>
            <Scroll tabIndex={0} role="region" aria-label={`Contrast, ${theme} theme`}>
              <DocTable>
                <caption>
                  Contrast in the {theme} theme: {data.current.brand} and {data.candidate.brand}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Foreground</th>
                    <th scope="col">Background</th>
                    <th scope="col">Minimum</th>
                    <th scope="col">{data.current.brand}</th>
                    <th scope="col">{data.candidate.brand}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.foreground} ${row.background}`}>
                      <th scope="row">
                        <code>{row.foreground}</code>
                      </th>
                      <td>
                        <code>{row.background}</code>
                      </td>
                      <td>
                        {row.min}:1 ({row.kind})
                      </td>
                      <Ratio side={row.current} min={row.min} />
                      <Ratio side={row.candidate} min={row.min} />
                    </tr>
                  ))}
                </tbody>
              </DocTable>
            </Scroll>
          </Disclosure>
        );
      })}
    </>
  );
}

function ReachTable({ data }: { data: ReviewData }) {
  return (
    <Scroll tabIndex={0} role="region" aria-label="Reach of changed tokens">
      <DocTable>
        <caption>Which reviewed stories each changed token reaches</caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Stories</th>
          </tr>
        </thead>
        <tbody>
          {data.reach.map((entry) => (
            <tr key={entry.token}>
              <th scope="row">
                <code>{entry.token}</code>
              </th>
              <td>{entry.stories.length ? entry.stories.map((id) => storyName(data, id)).join(', ') : 'none of the reviewed stories'}</td>
            </tr>
          ))}
        </tbody>
      </DocTable>
    </Scroll>
  );
}

/** A brand review as `polku-tokens review` writes it: summary, reach, token diff and contrast for both brands. */
export function ReviewReport({ data }: { data: ReviewData }) {
  const failing = data.contrast.filter((row) => row.candidate && !row.candidate.pass).length;
  const reaching = data.reach.filter((entry) => entry.stories.length > 0).length;
  return (
    <section aria-label={`Brand review: ${data.candidate.brand} against ${data.current.brand}`}>
      <p role="status">
        {data.candidate.brand} against {data.current.brand}: {data.reach.length} changed tokens, {reaching} of them reach the{' '}
        {data.stories.length} reviewed stories; {failing === 0 ? 'every contrast pair passes' : `${failing} contrast pair(s) fail`} in {data.themes.join(', ')}.
      </p>
      <ReachTable data={data} />
      <TokenDiffTables diff={data.diff} beforeLabel={data.current.brand} afterLabel={data.candidate.brand} combinationLabel="Theme" />
      <ContrastTables data={data} />
    </section>
  );
}

/**
 * The review page: the recorded review of kotiseutu against polku, a review.json loaded from disk, or a candidate
 * brand file pasted and reviewed in the page (reach from the recorded stories' token usage).
 */
export function BrandReview({ initialData = recordedReview }: { initialData?: ReviewData }) {
  const [data, setData] = useState(initialData);
  const [text, setText] = useState(candidateStartText);
  const [problems, setProblems] = useState<string[]>([]);
  const id = useId();

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setData(parseReviewJson(await file.text()));
      setProblems([]);
    } catch (error) {
      setProblems([`${file.name}: ${error instanceof Error ? error.message : String(error)}`]);
    }
  };
  const review = () => {
    const result = liveReview(text, initialData);
    setProblems(result.problems);
    if (result.data) setData(result.data);
  };

  return (
    <div>
      <Controls>
        <Editor>
          <label htmlFor={`${id}-file`}>Load a review.json written by polku-tokens review</label>
          <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={load} />
        </Editor>
        <Editor>
          <label htmlFor={`${id}-candidate`}>Or paste a candidate brand file (DTCG JSON)</label>
          <textarea id={`${id}-candidate`} value={text} onChange={(event) => setText(event.target.value)} rows={10} spellCheck={false} />
          <div>
            <Button onClick={review}>Review this candidate</Button>
          </div>
        </Editor>
      </Controls>
      {problems.length > 0 && (
        <ul aria-label="Problems">
          {problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
      <ReviewReport data={data} />
    </div>
  );
}
