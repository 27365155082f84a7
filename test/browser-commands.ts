/**
 * Commands the browser tests run on the test runner's side, with the real browser behind them.
 *
 * `emulateMedia(media)`: print media for the test page, to read what a print would show.
 *
 * `chromiumNames(role)`: the accessible names Chromium itself gives every node with this role in
 * the test frame (its accessibility tree, through the DevTools protocol), which is what a screen
 * reader hears. Playwright's role locators compute names their own way and miss Chromium's
 * quirks: a space between a Lit marker comment and an element is dropped from the name
 * ("Prevention of non-attendanceUNIVERSAL").
 */
import type { BrowserCommand } from 'vitest/node';

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function framesOf(tree: FrameTree): FrameTree['frame'][] {
  return [tree.frame, ...(tree.childFrames ?? []).flatMap(framesOf)];
}

export const chromiumNames: BrowserCommand<[role: string]> = async (context, role) => {
  if (context.provider.name !== 'playwright') throw new Error('chromiumNames needs the playwright provider');
  const page = (context as unknown as { page: import('playwright-core').Page }).page;
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
    // The tests run in the runner's iframe: the frame whose document holds them.
    const testFrame = await (context as unknown as { frame(): Promise<import('playwright-core').Frame> }).frame();
    const frame = framesOf(frameTree).find((candidate) => candidate.url === testFrame.url()) ?? frameTree.frame;
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId: frame.id })) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    return nodes.filter((node) => !node.ignored && node.role?.value === role).map((node) => node.name?.value ?? '');
  } finally {
    await session.detach();
  }
};

/** `emulateMedia(media)`: the test page (and its frames) laid out for print, or for the screen again with null. */
export const emulateMedia: BrowserCommand<[media: 'print' | 'screen' | null]> = async (context, media) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateMedia needs the playwright provider');
  await (context as unknown as { page: import('playwright-core').Page }).page.emulateMedia({ media });
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    chromiumNames: (role: string) => Promise<string[]>;
    emulateMedia: (media: 'print' | 'screen' | null) => Promise<void>;
  }
}
