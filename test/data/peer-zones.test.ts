import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PLAN_DATASET } from '../../src/data/plan-dataset';
import { PEER_INDICATOR_IDS, PEER_ZONES } from '../../src/data/peer-zones';
import { sectionsInEnglish } from '../../src/i18n/plan-sections';

/** The plan's paragraphs on the peer zones (第一章 第一节, 附件1), copied verbatim. */
const FIXTURE = readFileSync(new URL('./fixtures/peer-zone-sources.txt', import.meta.url), 'utf8');
const SEED = new URL('../../../shared/seed/qianjiang-hitech-zone-plan-2018-2020.txt', import.meta.url);

/** The figures as the plan gives them: zone → indicator → value (hand-copied from the plan). */
const EXPECTED: Record<string, Record<string, number>> = {
  chongqingNational: { rndIntensity: 3.8, patentsPer10k: 10, highTechEnterprises: 447, techEnterprises: 988 },
  chongqingMunicipal: { rndIntensity: 2.6, patentsPer10k: 4, highTechEnterprises: 177, techEnterprises: 496 },
  zhongguancun: { rndIntensity: 9, patentsPer10k: 300, highTechEnterprises: 20000, techEnterprises: 30000 },
  zhangjiang: { highTechEnterprises: 3528, techEnterprises: 70000 },
  donghu: { rndIntensity: 7, patentsPer10k: 45, highTechEnterprises: 1390 },
};

describe('peer zones', () => {
  test('the five zones of the plan, in its order, each dated', () => {
    expect(PEER_ZONES.map((z) => z.id)).toEqual(Object.keys(EXPECTED));
    for (const zone of PEER_ZONES) {
      expect(zone.year, zone.id).toBe(2017);
      expect(zone.yearBasis, zone.id).toBe(zone.id.startsWith('chongqing') ? 'stated' : 'reportDate');
    }
  });

  test.each(PEER_ZONES.map((z) => [z.id, z] as const))(
    '%s: every figure is the plan’s, quoted',
    (id, zone) => {
      const values = Object.fromEntries(Object.entries(zone.figures).map(([k, f]) => [k, f.figure.value]));
      expect(values).toEqual(EXPECTED[id]);
      for (const peer of Object.values(zone.figures)) {
        expect(peer.figure.kind).toBe('plan');
        expect(['第一章 第一节', '附件1']).toContain(peer.figure.source.section);
        expect(FIXTURE).toContain(peer.figure.source.quote);
        expect(peer.approximate).toBe(/[约近]/.test(peer.figure.source.quote!));
      }
      if (zone.scale !== null) expect(FIXTURE).toContain(zone.scale.figure.source.quote);
    },
  );

  test('the shared indicators are Qianjiang indicators', () => {
    for (const id of PEER_INDICATOR_IDS)
      expect(
        PLAN_DATASET.indicators.some((i) => i.id === id),
        id,
      ).toBe(true);
  });

  test('English texts carry no Chinese once section names are put in English', () => {
    const english = PEER_ZONES.flatMap((z) => [
      z.name.en,
      z.description.en,
      z.note?.en ?? '',
      z.scale?.text.en ?? '',
    ]);
    expect(english.filter((t) => /\p{Script=Han}/u.test(sectionsInEnglish(t)))).toEqual([]);
  });

  test.runIf(existsSync(SEED))('the fixture is the plan’s text', () => {
    const plan = readFileSync(SEED, 'utf8');
    // Lines starting with "# " name the section the following paragraphs come from.
    for (const line of FIXTURE.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('# '))) {
      expect(plan).toContain(line);
    }
  });
});
