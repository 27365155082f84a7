/**
 * The bench's one `--disable-features` switch (bench/chromium.ts): Chromium reads only the last,
 * so it must hold the features Playwright turned off as well as the omnibox popup's.
 */
import { describe, expect, it } from 'vitest';
import { OMNIBOX_POPUP_FEATURES, disableFeaturesSwitch, disabledFeaturesOf } from '../bench/chromium.js';

describe('the bench’s disabled features', () => {
  it('reads every --disable-features switch on a command line, each feature once, in order', () => {
    const commandLine = '/usr/lib/chromium/chromium --disable-field-trial-config --disable-features=PaintHolding,AimEnabled --no-sandbox --disable-features=AimEnabled,LensOverlay about:blank';
    expect(disabledFeaturesOf(commandLine)).toEqual(['PaintHolding', 'AimEnabled', 'LensOverlay']);
  });

  it('ignores --disable-feature-like switches that are not it, and an empty list', () => {
    expect(disabledFeaturesOf('--disable-features-x=A --disable-features= --disable-gpu')).toEqual([]);
  });

  it('writes one switch keeping what was already off, then the popup’s features, none twice', () => {
    const merged = disableFeaturesSwitch(['PaintHolding', 'WebUIOmniboxPopup'], OMNIBOX_POPUP_FEATURES);
    expect(merged).toBe('--disable-features=PaintHolding,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup');
    expect(disabledFeaturesOf(merged)).toEqual(['PaintHolding', ...OMNIBOX_POPUP_FEATURES]);
  });
});
