/**
 * For tests of the widget's Print: the summary is printed from a frame of its own
 * (print-summary.ts), whose `print()` is replaced here by `read`, called with the frame's copy of
 * the widget (its shadow root) and the frame's window at the moment it would print, so what is
 * on paper can be read (under print media, when the test emulates it). Call before pressing Print;
 * the spy goes with `vi.restoreAllMocks()`.
 */
import { vi } from 'vitest';

export function onFramePrint(read: (copy: ShadowRoot, frameWindow: Window) => void): void {
  const realContentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!.get!;
  vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockImplementation(function (this: HTMLIFrameElement) {
    const frameWindow = realContentWindow.call(this) as Window | null;
    if (frameWindow) frameWindow.print = () => read(frameWindow.document.body.firstElementChild!.shadowRoot!, frameWindow);
    return frameWindow;
  });
}
