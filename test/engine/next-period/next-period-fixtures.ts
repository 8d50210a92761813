import type { ActualValue } from '../../../src/data/actuals-types';
import { CLUSTER_IDS, type ClusterId } from '../../../src/data/plan-types';
import type { NextPeriodRequest } from '../../../src/engine/next-period/next-period-dataset';

/** The actuals and the planner's request the next-period tests build a 2021–2025 dataset from. */

export const SOURCE = { document: '黔江区2020年国民经济和社会发展统计公报', date: '2021-03' };
/** Plausible actuals stated by the test: 2018–2020 output per cluster, 2020 land and investment. */
const OUTPUT: Record<ClusterId, [number, number, number]> = {
  newMaterials: [70, 82, 95],
  medicineHealth: [8, 11, 14.2],
  smartManufacturing: [15, 18, 22],
  agriProcessing: [25, 27, 30],
  modernServices: [34, 39, 45],
};

export function testActuals(): ActualValue[] {
  const values: ActualValue[] = [];
  for (const id of CLUSTER_IDS) {
    OUTPUT[id].forEach((value, i) =>
      values.push({ key: `output.${id}`, year: 2018 + i, value, source: SOURCE, note: '' }),
    );
  }
  values.push({ key: 'land.newMaterials', year: 2020, value: 1.9, source: SOURCE, note: '' });
  values.push({ key: 'investment.medicineHealth', year: 2020, value: 6.5, source: SOURCE, note: '' });
  values.push({ key: 'indicator.industrialOutput', year: 2020, value: 205.3, source: SOURCE, note: '' });
  return values;
}

const entered = (value: number) => ({ value, source: '黔江高新区“十四五”产业发展规划 第三章' });

export function testRequest(overrides: Partial<NextPeriodRequest> = {}): NextPeriodRequest {
  return {
    line: '2021-2025~test',
    title: { zh: '黔江高新区产业发展规划（2021–2025 年）', en: 'Qianjiang High-Tech Zone plan, 2021–2025' },
    baseYear: 2020,
    targetYear: 2025,
    clusterTargets: {
      newMaterials: entered(200),
      medicineHealth: entered(40),
      smartManufacturing: entered(50),
      agriProcessing: entered(60),
      modernServices: entered(90),
    },
    industrialOutputTarget: entered(350),
    intensityTarget: entered(70),
    createdOn: '2026-12-02',
    ...overrides,
  };
}
