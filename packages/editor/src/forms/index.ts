/** The editor's forms: `<pe-object-form>` and the values it inserts. Importing defines no element (see define.ts). */
export { ObjectForm } from './object-form/object-form.js';
export { ItemFactory, walk } from './new-item.js';
