import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { defaultScenario } from '../../src/engine/default-scenario';
import { summarizeScenario } from '../../src/engine/scenario-summary';
import { createLibraryService } from '../../workers/library-service';

describe('library service', () => {
  test('summarizes each scenario in order, as the engine does', () => {
    const a = defaultScenario(PLAN_DATASET);
    const b = defaultScenario(PLAN_DATASET);
    b.clusters.smartManufacturing.investmentPerYear = 80;
    const service = createLibraryService();
    expect(service.summarize([a, b])).toEqual([
      summarizeScenario(PLAN_DATASET, a),
      summarizeScenario(PLAN_DATASET, b),
    ]);
    expect(service.summarize([])).toEqual([]);
  });
});
