/**
 * SurveyJS (survey-core + survey-js-ui): the definition is fetched, turned into a SurveyModel
 * and rendered on one page. Lazy rendering is turned off so every question is in the DOM,
 * as the benchmark requires of every renderer.
 */
import { Model, settings } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

async function main(): Promise<void> {
  const n = new URLSearchParams(location.search).get('n');
  const response = await fetch(`/def/surveyjs-${n}.json`);
  const json = (await response.json()) as object;
  settings.lazyRender.enabled = false;
  const survey = new Model(json);
  renderSurvey(survey, document.getElementById('root')!);
}

void main();
