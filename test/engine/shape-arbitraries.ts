/**
 * fast-check arbitraries of the parts of a scenario every generator of whole scenarios shares: the
 * reference it records and its links between clusters (shape 3).
 */
import fc from 'fast-check';
import { REFERENCE_IDS, type ReferenceId } from '../../src/data/references';
import { PRODUCER_SERVICES_SHARE } from '../../src/data/scenario-limits';
import type { LinkSettings } from '../../src/scenario/scenario';

export const referenceId: fc.Arbitrary<ReferenceId> = fc.constantFrom(...REFERENCE_IDS);

export const linkSettings: fc.Arbitrary<LinkSettings> = fc.record({
  producerServices: fc.record({
    enabled: fc.boolean(),
    share: fc.double({ min: PRODUCER_SERVICES_SHARE.min, max: PRODUCER_SERVICES_SHARE.max, noNaN: true }),
  }),
  agriSupply: fc.record({ enabled: fc.boolean() }),
});
