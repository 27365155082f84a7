/** Registers `<pe-object-form>` once (a second load leaves the first registration in place). */
import { ObjectForm } from './object-form/object-form.js';

if (!customElements.get('pe-object-form')) customElements.define('pe-object-form', ObjectForm);
