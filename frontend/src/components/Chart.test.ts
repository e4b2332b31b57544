import { describe, expect, it } from 'vitest';
import { withNumbersOf } from './Chart';

describe('chart numbers', () => {
  it('writes the value axes and the tooltip values the language’s way, leaving categories alone', () => {
    const option = withNumbersOf(
      {
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: ['a'] },
        yAxis: [{ type: 'value' }, { type: 'value', axisLabel: { hideOverlap: true } }],
      },
      'vi',
    ) as {
      tooltip: { valueFormatter: (v: unknown) => string };
      xAxis: { axisLabel?: unknown }[];
      yAxis: { axisLabel: { formatter: (v: unknown) => string; hideOverlap?: boolean } }[];
    };
    expect(option.xAxis[0].axisLabel).toBeUndefined();
    expect(option.yAxis[0].axisLabel.formatter(1234567)).toBe('1.234.567');
    expect(option.yAxis[1].axisLabel).toMatchObject({ hideOverlap: true });
    expect(option.tooltip.valueFormatter(2500)).toBe('2.500');
    const english = withNumbersOf({ xAxis: { type: 'value' } }, 'en') as {
      xAxis: { axisLabel: { formatter: (v: unknown) => string } }[];
    };
    expect(english.xAxis[0].axisLabel.formatter(2500)).toBe('2,500');
  });

  it('keeps a pie’s own label formatter', () => {
    const option = withNumbersOf({ tooltip: { trigger: 'item', formatter: '{b}: {c}' } }, 'vi');
    expect(option.tooltip).toEqual({ trigger: 'item', formatter: '{b}: {c}' });
  });
});
