import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import type { SetupWorker } from 'msw/browser';
import { PSEUDO_LOCALE } from '../../packages/components/src/i18n/messages.js';
import { untranslatedText } from '../../packages/components/src/i18n/untranslated-text.fixture.js';
import { stillLoading } from './composed.js';
import { loadOpenApiContract } from './openapi-contract.js';
import { startPageScopedWorker } from './page-worker.js';
import { checkAddedHandlers } from './test-backend.js';

/**
 * Renders every story of a CSF module the way Storybook does (meta and story args, loaders, render,
 * play) and checks it as a host page in another language, theme and contrast mode would see it.
 */

type Loader = (context: StoryContext) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
interface StoryContext {
  /** The page's MSW worker, as Storybook's MSW addon hands it to loaders. */
  msw: SetupWorker;
  args: Record<string, unknown>;
  loaded: Record<string, unknown>;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  canvasElement: HTMLElement;
  name: string;
  id: string;
}
interface StoryAnnotations {
  args?: Record<string, unknown>;
  loaders?: Loader[];
  parameters?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: StoryContext) => TemplateResult;
  play?: (context: StoryContext) => Promise<void> | void;
}
interface Meta extends StoryAnnotations {
  title: string;
  excludeStories?: RegExp;
}
type StoriesModule = { default: unknown } & Record<string, unknown>;

/** The stories a module exports, by export name, as Storybook lists them. */
export function storiesOf(module: StoriesModule): [string, StoryAnnotations][] {
  const meta = module.default as Meta;
  return Object.entries(module).filter(
    (entry): entry is [string, StoryAnnotations] => entry[0] !== 'default' && !meta.excludeStories?.test(entry[0]),
  );
}

let worker: Promise<SetupWorker> | undefined;

/** One MSW worker for the page, as Storybook's preview has one; each story adds its handlers. */
function pageWorker(): Promise<SetupWorker> {
  worker ??= (async () => {
    // Scoped to this page, as the other tests' workers are: a worker shared by the origin can leave a
    // new page uncontrolled, and MSW then reloads it. Stories load more than their API (the theme,
    // the graph's layout worker): those pass through.
    const started = await startPageScopedWorker([], { onUnhandledRequest: 'bypass' });
    // What a story's mock backend answers must match the OpenAPI document, as in every other test.
    checkAddedHandlers(started, await loadOpenApiContract());
    return started;
  })();
  return worker;
}

/** Renders story `name` into `canvas` and runs its play function; resolves when the play has run. */
export async function renderStory(module: StoriesModule, name: string, canvas: HTMLElement): Promise<void> {
  const meta = module.default as Meta;
  const story = module[name] as StoryAnnotations;
  const msw = await pageWorker();
  msw.resetHandlers();
  const context: StoryContext = {
    msw,
    args: { ...meta.args, ...story.args },
    loaded: {},
    parameters: { ...meta.parameters, ...story.parameters },
    globals: {},
    canvasElement: canvas,
    name,
    id: `${meta.title}--${name}`,
  };
  for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) {
    Object.assign(context.loaded, (await loader(context)) ?? {});
  }
  const renderFn = story.render ?? meta.render;
  if (!renderFn) throw new Error(`${context.id} has no render function.`);
  render(renderFn(context.args, context), canvas);
  await (story.play ?? meta.play)?.(context);
}

/** Waits until nothing in `root` is busy loading, or gives up quietly after `timeout` ms (a story that is meant to stay loading). */
export async function settle(root: ParentNode, timeout = 3000): Promise<void> {
  try {
    await waitUntil(() => !stillLoading(root), undefined, { timeout });
  } catch {
    // Loading is what some stories show (a ten-second latency): check them as they are.
  }
}

/** axe over `canvas`, its failure named by the mode it ran in. */
async function accessibleIn(mode: string, canvas: HTMLElement, options?: { ignoredRules: string[] }): Promise<void> {
  try {
    await expect(canvas).to.be.accessible(options);
  } catch (error) {
    throw new Error(`In ${mode}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs the checks of every story in `module`: the pseudo-locale finds no untranslated text, axe finds nothing in light, dark and forced colors. */
export function checkStories(module: StoriesModule): void {
  const meta = module.default as Meta;
  describe(`stories: ${meta.title}`, () => {
    let canvas: HTMLElement;
    before(async () => {
      // The page loads the theme, as a host that offers dark mode does.
      if (document.getElementById('soc-theme')) return;
      const style = document.createElement('style');
      style.id = 'soc-theme';
      // A themed page paints its own background; axe takes an unpainted page for white.
      style.textContent = `${await (await fetch('/packages/components/src/styles/theme.css')).text()}
        html { background: var(--soc-color-background); color: var(--soc-color-text); }`;
      document.head.append(style);
    });
    beforeEach(() => {
      canvas = document.createElement('div');
      canvas.id = 'storybook-root';
      document.body.append(canvas);
    });
    afterEach(async () => {
      render(null, canvas);
      canvas.remove();
      document.documentElement.lang = 'en';
      document.documentElement.removeAttribute('data-soc-theme');
      await executeServerCommand('emulate-forced-colors', { active: false });
    });

    it('lists only stories: a helper the module exports is excluded', () => {
      // A story is an object of CSF 3; a function exported beside the stories (a template, a data
      // helper) would show in Storybook as a story that renders nothing or throws.
      const helpers = storiesOf(module).filter(([, story]) => typeof story !== 'object' || story === null);
      expect(helpers.map(([name]) => name)).to.deep.equal([]);
    });

    for (const [name] of storiesOf(module)) {
      it(`${name}: every string is translated, and axe passes in light, dark and forced colors`, async function () {
        document.documentElement.lang = PSEUDO_LOCALE;
        await renderStory(module, name, canvas);
        await settle(canvas);
        // The kit's elements, not the story's own scaffolding (a host's button that opens a dialog).
        const kitRoots = [...canvas.querySelectorAll('*')].filter((element) => element.localName.startsWith('soc-') && element.shadowRoot);
        expect(kitRoots.flatMap((element) => untranslatedText(element.shadowRoot!)), 'text that skipped translation').to.deep.equal([]);

        document.documentElement.lang = 'en';
        await settle(canvas);
        await accessibleIn('light', canvas);
        document.documentElement.setAttribute('data-soc-theme', 'dark');
        await accessibleIn('dark', canvas);
        // Forced colors is a mode of its own: the system palette replaces either theme's colours.
        document.documentElement.removeAttribute('data-soc-theme');
        await executeServerCommand('emulate-forced-colors', { active: true });
        // Under forced colors Chrome paints text in the system colour but still reports the author's
        // colour as -webkit-text-fill-color, which axe reads: its contrast figures there describe
        // colours nobody sees. The system palette sets the contrast; every other rule still runs,
        // and styles/theme.test.ts checks that markers and controls take system colours.
        await accessibleIn('forced colors', canvas, { ignoredRules: ['color-contrast'] });
      });
    }
  });
}
