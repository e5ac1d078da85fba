import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEPENDENCE_NOTICE_SHARE, DEPENDENCE_STRONG_SHARE, clientDependence } from '../../src/domain/index.ts';

describe('clientDependence: one rule for every largest-client warning', () => {
  it('uses lesson 2’s 10 % for a notice and 25 % for a strong warning', () => {
    expect(DEPENDENCE_NOTICE_SHARE).toBe(0.1);
    expect(DEPENDENCE_STRONG_SHARE).toBe(0.25);
    expect(clientDependence(0)).toBe('none');
    expect(clientDependence(0.0999)).toBe('none');
    expect(clientDependence(0.1)).toBe('notice');
    expect(clientDependence(0.21)).toBe('notice');
    expect(clientDependence(0.25)).toBe('strong');
    expect(clientDependence(1)).toBe('strong');
    expect(clientDependence(Number.NaN)).toBe('none');
  });

  it('never lowers the level when the share grows', () => {
    const rank = { none: 0, notice: 1, strong: 2 } as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        return rank[clientDependence(lo)] <= rank[clientDependence(hi)];
      }),
    );
  });
});
