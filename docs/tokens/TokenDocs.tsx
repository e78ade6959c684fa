import { useId, useState, type ReactNode } from 'react';
import {
  brands,
  contrastPairs,
  ratioOf,
  themes,
  tokensOf,
  verdictFor,
  type BrandName,
  type FlatToken,
  type ThemeName,
} from './tokenData';
import { Bar, Controls, DocTable, Sample, Scroll, ShadowBox, Swatch, Verdict } from './TokenDocs.styles';

const themeTitles: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };
const brandTitles: Record<string, string> = { polku: 'Polku', kotiseutu: 'Kotiseutu Savings Bank' };

/** Theme and brand selects shared by the token pages. */
export function ThemeBrandPicker({ children }: { children: (theme: ThemeName, brand: BrandName) => ReactNode }) {
  const [theme, setTheme] = useState<ThemeName>('light');
  const [brand, setBrand] = useState<BrandName>(brands[0]!);
  const id = useId();
  return (
    <div>
      <Controls>
        <label htmlFor={`${id}-theme`}>
          Theme
          <select id={`${id}-theme`} value={theme} onChange={(event) => setTheme(event.target.value as ThemeName)}>
            {themes.map((name) => (
              <option key={name} value={name}>
                {themeTitles[name] ?? name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-brand`}>
          Brand
          <select id={`${id}-brand`} value={brand} onChange={(event) => setBrand(event.target.value as BrandName)}>
            {brands.map((name) => (
              <option key={name} value={name}>
                {brandTitles[name] ?? name}
              </option>
            ))}
          </select>
        </label>
      </Controls>
      <div data-polku-theme={theme} data-polku-brand={brand}>
        {children(theme, brand)}
      </div>
    </div>
  );
}

function TokenTable({ caption, rows, preview }: { caption: string; rows: FlatToken[]; preview: (token: FlatToken) => ReactNode }) {
  return (
    <Scroll tabIndex={0} role="region" aria-label={caption}>
      <DocTable>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Preview</th>
            <th scope="col">Token</th>
            <th scope="col">CSS variable</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((token) => (
            <tr key={token.path}>
              <td>{preview(token)}</td>
              <th scope="row">
                <code>{token.path}</code>
              </th>
              <td>
                <code>{token.cssVar}</code>
              </td>
              <td>
                <code>{token.value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </DocTable>
    </Scroll>
  );
}

/** Every colour token of one theme × brand, with swatch, name, variable and value. */
export function ColorSwatches({ theme, brand }: { theme: ThemeName; brand: BrandName }) {
  const rows = tokensOf(theme, brand).filter((token) => token.path.startsWith('color.'));
  return (
    <TokenTable
      caption={`Colours — ${themeTitles[theme]}, ${brandTitles[brand] ?? brand}`}
      rows={rows}
      preview={(token) => <Swatch style={{ background: token.value }} />}
    />
  );
}

const valueOf = (tokens: FlatToken[], path: string) => tokens.find((token) => token.path === path)?.value ?? '';

/** Every text colour on every surface colour, with ratio and WCAG verdict. */
export function ContrastMatrix({ theme, brand }: { theme: ThemeName; brand: BrandName }) {
  const tokens = tokensOf(theme, brand);
  const surface = valueOf(tokens, 'color.surface.default');
  const texts = tokens.filter((token) => token.path.startsWith('color.text.'));
  const surfaces = tokens.filter((token) => token.path.startsWith('color.surface.') && token.path !== 'color.surface.overlay');
  return (
    <Scroll tabIndex={0} role="region" aria-label="Contrast matrix">
      <DocTable>
        <caption>
          Text colours (rows) on surfaces (columns) — {themeTitles[theme]}, {brandTitles[brand] ?? brand}. AAA ≥ 7, AA ≥ 4.5,
          AA large ≥ 3.
        </caption>
        <thead>
          <tr>
            <th scope="col">Text \ surface</th>
            {surfaces.map((bg) => (
              <th scope="col" key={bg.path}>
                <code>{bg.path.replace('color.surface.', '')}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {texts.map((fg) => (
            <tr key={fg.path}>
              <th scope="row">
                <code>{fg.path.replace('color.text.', '')}</code>
              </th>
              {surfaces.map((bg) => {
                const ratio = ratioOf(fg.value, bg.value, surface);
                if (ratio === undefined) return <td key={bg.path}>n/a</td>;
                const verdict = verdictFor(ratio);
                return (
                  <td key={bg.path}>
                    {ratio.toFixed(2)} <Verdict data-verdict={verdict}>{verdict}</Verdict>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DocTable>
    </Scroll>
  );
}

/** The declared pairs the build guarantees, with their minimum and the measured ratio. */
export function GuaranteedPairs({ theme, brand }: { theme: ThemeName; brand: BrandName }) {
  const tokens = tokensOf(theme, brand);
  const surface = valueOf(tokens, 'color.surface.default');
  return (
    <Scroll tabIndex={0} role="region" aria-label="Guaranteed contrast pairs">
      <DocTable>
        <caption>
          Pairs the build guarantees — {themeTitles[theme]}, {brandTitles[brand] ?? brand}
        </caption>
        <thead>
          <tr>
            <th scope="col">Sample</th>
            <th scope="col">Foreground</th>
            <th scope="col">Background</th>
            <th scope="col">Kind</th>
            <th scope="col">Minimum</th>
            <th scope="col">Ratio</th>
          </tr>
        </thead>
        <tbody>
          {contrastPairs.map((pair) => {
            const fg = valueOf(tokens, pair.foreground);
            const bg = valueOf(tokens, pair.background);
            const ratio = ratioOf(fg, bg, surface);
            return (
              <tr key={`${pair.foreground}|${pair.background}`}>
                <td>
                  {pair.kind === 'non-text' ? (
                    <Sample aria-hidden="true" style={{ background: bg, border: `3px solid ${fg}`, minWidth: 24, minHeight: 24 }} />
                  ) : (
                    <Sample style={{ color: fg, background: bg, fontSize: pair.kind === 'large-text' ? 24 : undefined }}>Aa</Sample>
                  )}
                </td>
                <th scope="row">
                  <code>{pair.foreground}</code>
                </th>
                <td>
                  <code>{pair.background}</code>
                </td>
                <td>{pair.kind}</td>
                <td>{pair.min}:1</td>
                <td>{ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}:1`}</td>
              </tr>
            );
          })}
        </tbody>
      </DocTable>
    </Scroll>
  );
}

/** Font sizes rendered in the brand's heading and body families. */
export function TypeScale({ theme, brand }: { theme: ThemeName; brand: BrandName }) {
  const tokens = tokensOf(theme, brand);
  const sizes = tokens.filter((token) => token.path.startsWith('font.size.'));
  return (
    <TokenTable
      caption="Type scale"
      rows={[...sizes, ...tokens.filter((token) => /^font\.(family|weight|line-height)\./.test(token.path))]}
      preview={(token) =>
        token.path.startsWith('font.size.') ? (
          <span style={{ fontSize: token.value, fontFamily: 'var(--polku-font-family-heading)' }}>Palvelupolku</span>
        ) : token.path.startsWith('font.family.') ? (
          <span style={{ fontFamily: token.value }}>Åäö Asiakaskokemus</span>
        ) : token.path.startsWith('font.weight.') ? (
          <span style={{ fontWeight: Number(token.value) }}>Lupaus</span>
        ) : (
          <span>{token.value}</span>
        )
      }
    />
  );
}

/** Spacing, sizes, radii, shadows and motion tokens. */
export function Dimensions({ theme, brand, group }: { theme: ThemeName; brand: BrandName; group: 'space' | 'size' | 'radius' | 'shadow' | 'motion' | 'border' | 'z-index' | 'breakpoint' }) {
  const rows = tokensOf(theme, brand).filter((token) => token.path.startsWith(`${group}.`));
  return (
    <TokenTable
      caption={group}
      rows={rows}
      preview={(token) => {
        if (group === 'space' || group === 'size') return <Bar style={{ width: token.value }} />;
        if (group === 'radius') return <Swatch style={{ borderRadius: token.value, borderWidth: 2 }} />;
        if (group === 'shadow') return <ShadowBox style={{ boxShadow: token.value }} />;
        return <span aria-hidden="true">—</span>;
      }}
    />
  );
}
