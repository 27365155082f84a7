import { afterEach, expect, it } from 'vitest';
import '../testing/form-host.js';
import type { FormTestHost } from '../testing/form-host.js';
import type { ObjectForm } from './object-form.js';
import { basePathway } from '../testing/fixtures.js';
import { axeViolations } from '../../testing/editor-testing.js';

afterEach(() => document.body.replaceChildren());

it('renders a stage', async () => {
  const host = document.createElement('pe-form-test-host') as FormTestHost;
  host.load(basePathway());
  const form = document.createElement('pe-object-form') as ObjectForm;
  form.pointer = '/stages/1';
  host.append(form);
  document.body.append(host);
  await form.updateComplete;
  console.log(form.shadowRoot!.textContent!.replace(/\s+/g, ' ').slice(0, 3000));
  expect(await axeViolations(host)).toEqual([]);
});
