/**
 * The widget's whole stylesheet, for pages that style its markup outside the element (the
 * package's public `widgetStyles`): the first-paint rules, then the journey's, in the order the
 * element adopts them.
 */
import { css } from 'lit';
import { firstPaintStyles } from './pathway-widget.styles.js';
import { journeyStyles } from './journey.styles.js';

export const widgetStyles = css`${firstPaintStyles}${journeyStyles}`;
