import { describe, expect, it } from 'vitest';
import { computeProgress } from '../src/progress.js';
import { projectToTarget } from '../src/projection.js';
import { indicator, rankFigure, rankShape, target } from './factories.js';

const dti = indicator('dti-rank', 'Xếp hạng DTI', 'DTI rank', rankShape);
/** The 2025 plan's DTI target, set when 63 provinces were ranked, read either way. */
const top10 = (reading: 'position' | 'share' | null) => target(2025, 10, 'lte', { outOf: 63, reading });
const statusOf = (reading: 'position' | 'share' | null, ...figures: ReturnType<typeof rankFigure>[]) =>
  computeProgress({ kind: 'rank', figures, target: top10(reading), year: figures[figures.length - 1]!.year });

describe('a rank target read as its document means it', () => {
  it('8th of 34 meets "stay in the top 10" read as a position, and fails it read as a share of 10/63', () => {
    const figures = [rankFigure(2023, 12, 63), rankFigure(2024, 8, 34)];
    expect(statusOf('position', ...figures)).toMatchObject({ status: 'achieved', explanation: { reason: 'target-met', reading: 'position' } });
    // 8/34 = 0.235 is behind the top 15.9 % that 10 of 63 is, and behind 12/63 = 0.190 a year before.
    const share = statusOf('share', ...figures);
    expect(share).toMatchObject({ status: 'off-track', explanation: { reason: 'progress-ratio', band: 'deterioration', reading: 'share' } });
    expect(share.explanation.target?.value).toBeCloseTo(10 / 63);
  });

  it('a share keeps its N across 63 → 34: 10th of 63 and 5th of 34 meet the top 15.9 %, 6th of 34 does not', () => {
    expect(statusOf('share', rankFigure(2023, 10, 63)).status).toBe('achieved');
    expect(statusOf('share', rankFigure(2024, 5, 34)).status).toBe('achieved');
    expect(statusOf('share', rankFigure(2024, 6, 34)).status).toBe('too-few');
  });

  it('a position is a place whatever the N across 63 → 34: 10th of 63 and 10th of 34 meet it, 11th of 34 does not', () => {
    expect(statusOf('position', rankFigure(2023, 10, 63)).status).toBe('achieved');
    expect(statusOf('position', rankFigure(2024, 10, 34)).status).toBe('achieved');
    const eleventh = statusOf('position', rankFigure(2024, 11, 34));
    expect(eleventh).toMatchObject({ status: 'too-few', explanation: { reading: 'position' } });
    expect(eleventh.explanation.target?.value).toBeCloseTo(10 / 34);
  });

  it('calls a fall from 4th of 63 to 30th of 34 off track against a top-10 position, not a pace towards it', () => {
    // 16th of 63 in 2020 is 0.254 of those ranked: within the top 10 of 34 (0.294) the 2024 figure is held against.
    const status = statusOf('position', rankFigure(2020, 16, 63), rankFigure(2023, 4, 63), rankFigure(2024, 30, 34));
    expect(status).toMatchObject({ status: 'off-track', explanation: { reason: 'already-met-at-base', band: 'deterioration', reading: 'position' } });
  });

  it('reads a target without a stated reading as a share, the rule before readings; other kinds have none', () => {
    expect(statusOf(null, rankFigure(2024, 6, 34))).toMatchObject({ status: 'too-few', explanation: { reading: 'share' } });
    const value = computeProgress({ kind: 'value', figures: [rankFigure(2024, 6, 34)], target: target(2025, 10), year: 2024 });
    expect(value.explanation.reading).toBeNull();
  });

  it('projects 16th then 15th of 63 (2022–2023): as a position the top 10 is reached in 2024 among 34; as a share in 2028', () => {
    const figures = [rankFigure(2022, 16), rankFigure(2023, 15)];
    const position = projectToTarget({ indicator: dti, figures, target: top10('position'), year: 2023 })!;
    // 15/63 − 2 × 1/63 = 13/63 = 0.206 of those ranked in 2025: 7th of 34, within the top 10.
    expect(position).toMatchObject({ expected: 7, meetsTarget: true, reachedIn: 2024 });
    const share = projectToTarget({ indicator: dti, figures, target: top10('share'), year: 2023 })!;
    // The same 7th of 34 is behind 10/63 = 0.159 (5.4th of 34); at a place of 63 a year, 10/63 comes in 2028.
    expect(share).toMatchObject({ expected: 7, meetsTarget: false, reachedIn: 2028 });
  });

  it('projects a position target met today as reached today, even where the field will shrink', () => {
    const figures = [rankFigure(2021, 12), rankFigure(2022, 9)];
    expect(projectToTarget({ indicator: dti, figures, target: top10('position'), year: 2022 })).toMatchObject({ reachedIn: 2022, meetsTarget: true });
  });
});
