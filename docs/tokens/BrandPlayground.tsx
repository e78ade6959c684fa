import { useDeferredValue, useId, useMemo, useState, type CSSProperties } from 'react';
import { Button } from '@polku/react';
import { checkBrand, exampleBrandText } from './brandPlayground';
import { DocTable } from './TokenDocs.styles';
import { Editor, Preview, PreviewGrid, Report } from './BrandPlayground.styles';

/**
 * Edit a brand override and see components and the contrast report update: the same checks as
 * `polku-tokens check`, run in the page.
 */
export function BrandPlayground({ initialText = exampleBrandText }: { initialText?: string }) {
  const [text, setText] = useState(initialText);
  const deferred = useDeferredValue(text);
  const reports = useMemo(() => checkBrand(deferred), [deferred]);
  const id = useId();
  const problems = reports.flatMap((report) => report.problems);
  const failures = reports.flatMap((report) => report.failures);
  const passed = problems.length === 0 && failures.length === 0;

  return (
    <div>
      <Editor>
        <label htmlFor={`${id}-brand`}>Brand file (DTCG JSON: brand palette, fonts, radius)</label>
        <textarea id={`${id}-brand`} value={text} onChange={(event) => setText(event.target.value)} rows={16} spellCheck={false} aria-describedby={`${id}-result`} />
      </Editor>
      <Report id={`${id}-result`} role="status" data-passed={passed ? '' : undefined}>
        {passed
          ? `Passes: ${reports.reduce((sum, report) => sum + report.checked, 0)} contrast checks in ${reports.length} themes, no problems.`
          : `Does not pass: ${problems.length} problem(s), ${failures.length} contrast failure(s).`}
      </Report>
      {problems.length > 0 && (
        <ul aria-label="Problems">
          {[...new Set(problems)].map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
      {failures.length > 0 && (
        <DocTable>
          <caption>Contrast failures</caption>
          <tbody>
            {failures.map((failure) => (
              <tr key={failure}>
                <td>
                  <code>{failure}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </DocTable>
      )}
      <PreviewGrid>
        {reports
          .filter((report) => report.problems.length === 0)
          .map((report) => (
            <Preview key={report.theme} data-polku-theme={report.theme} style={report.cssVariables as CSSProperties} aria-label={`Preview, ${report.theme} theme`} role="group" data-brand-preview="">
              <strong>{report.theme}</strong>
              <p>Served within 15 minutes — or we pay you €10.</p>
              <Button>Book a meeting</Button>
              <Button variant="secondary">Chat with us</Button>
              <Button variant="tertiary">Read more</Button>
            </Preview>
          ))}
      </PreviewGrid>
    </div>
  );
}
