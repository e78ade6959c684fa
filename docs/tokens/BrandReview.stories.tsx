import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BrandReview } from './BrandReview';
import { candidateStartText, liveReview, recordedReview } from './brandReview';

const meta = { title: 'Tokens/Brand review', component: BrandReview } satisfies Meta<typeof BrandReview>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The review of kotiseutu against polku recorded by `polku-tokens review` on the built Storybook. */
export const Recorded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent(/^kotiseutu against polku: \d+ changed tokens/);
    const reach = canvas.getByRole('table', { name: 'Which reviewed stories each changed token reaches' });
    await expect(within(reach).getByRole('rowheader', { name: '--polku-radius-control' }).closest('tr')).toHaveTextContent('Button / Primary');
    await expect(canvas.getByRole('table', { name: 'Contrast in the dark theme: polku and kotiseutu' })).toBeInTheDocument();
    // The recording is current: the same diff and contrast come out of today's token sources.
    const live = liveReview(candidateStartText, recordedReview, 'kotiseutu').data!;
    const changes = (data: typeof live) => data.diff.changed.map((c) => `${c.combination} ${c.name}: ${c.before} → ${c.after}`).sort();
    await expect(changes(live)).toEqual(changes(recordedReview));
    const ratios = (data: typeof live) => data.contrast.map((r) => `${r.theme} ${r.foreground} on ${r.background}: ${r.current?.ratio} / ${r.candidate?.ratio}`).sort();
    await expect(ratios(live)).toEqual(ratios(recordedReview));
    await expect(live.reach).toEqual(recordedReview.reach);
  },
};

/** A candidate with a too-light primary colour, pasted and reviewed in the page: the failing pairs are named. */
export const PastedCandidate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const editor = canvas.getByRole('textbox', { name: /paste a candidate brand file/ });
    await userEvent.clear(editor);
    await userEvent.paste(candidateStartText.replace(/"hex":\s*"#[0-9a-f]{6}"/gi, '"hex": "#cfe8cf"').replace(/"components":\s*\[[^\]]*\]/g, '"components": [0.81, 0.91, 0.81]'));
    await userEvent.click(canvas.getByRole('button', { name: 'Review this candidate' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^candidate against polku: .* contrast pair\(s\) fail/));
    await expect(canvas.getByRole('table', { name: 'Contrast in the light theme: polku and candidate' })).toHaveTextContent(/fail \(below 4\.5:1\)/);
  },
};

/** A review.json from disk replaces the recording; a file that is not one is named, not half rendered. */
export const LoadedReviewFile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(/Load a review\.json/);
    const other = { ...recordedReview, candidate: { brand: 'satama', file: 'satama.tokens.json' } };
    await userEvent.upload(input, new File([JSON.stringify(other)], 'review.json', { type: 'application/json' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^satama against polku/));
    await userEvent.upload(input, new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' }));
    await expect(await canvas.findByText(/notes\.json: not a review\.json/)).toBeInTheDocument();
  },
};
