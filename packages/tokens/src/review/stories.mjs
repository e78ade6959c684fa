// @ts-check
/**
 * Which stories `polku-tokens review` renders: a representative set by default, or the ids given with --stories,
 * checked against the built Storybook's index.json.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Button, TextField, Alert, Badge, Checkbox, Tabs and, when the Storybook has them, the CX NpsQuestion and PromiseBadge. */
export const DEFAULT_STORIES = [
  'components-button--primary',
  'components-textfield--default',
  'components-alert--info',
  'components-badge--info',
  'components-checkbox--checked',
  'components-tabs--automatic',
  'cx-feedback-npsquestion--default',
  'cx-patterns-promisebadge--active',
];

/**
 * @typedef {{ id: string, title: string, name: string }} ReviewStory
 */

/**
 * Reads the story entries of a built Storybook.
 * @param {string} storybookDir
 * @returns {Map<string, ReviewStory>}
 */
export function readStoryIndex(storybookDir) {
  const file = path.join(storybookDir, 'index.json');
  if (!fs.existsSync(file)) {
    throw new Error(`${file}: not found. Build the Storybook first (pnpm build-storybook writes storybook-static/) or pass --storybook <dir>.`);
  }
  const index = JSON.parse(fs.readFileSync(file, 'utf8'));
  /** @type {Map<string, ReviewStory>} */
  const stories = new Map();
  for (const entry of Object.values(index.entries ?? {})) {
    if (entry && entry.type === 'story') stories.set(entry.id, { id: entry.id, title: entry.title, name: entry.name });
  }
  return stories;
}

/**
 * The stories to render. Named ids must all exist; the default set keeps the ones this Storybook has.
 * @param {Map<string, ReviewStory>} index
 * @param {string[] | undefined} requested
 * @returns {ReviewStory[]}
 */
export function selectStories(index, requested) {
  if (requested && requested.length > 0) {
    const unknown = requested.filter((id) => !index.has(id));
    if (unknown.length > 0) throw new Error(`unknown story id(s): ${unknown.join(', ')} (see index.json of the built Storybook)`);
    return requested.map((id) => /** @type {ReviewStory} */ (index.get(id)));
  }
  const present = DEFAULT_STORIES.filter((id) => index.has(id)).map((id) => /** @type {ReviewStory} */ (index.get(id)));
  if (present.length === 0) throw new Error(`none of the default stories (${DEFAULT_STORIES.join(', ')}) is in this Storybook; name some with --stories`);
  return present;
}

/** `Components/Button` + `Primary` → `Button / Primary`. */
export const storyLabel = (/** @type {ReviewStory} */ story) => `${story.title.split('/').at(-1)} / ${story.name}`;
