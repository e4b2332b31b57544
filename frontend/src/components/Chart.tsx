import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { type Language, useI18n } from '../i18n';
import { formatNumber } from '../i18n/format';

// Only what the pages draw is registered, so the bundle carries bar, line and pie charts, not all of ECharts.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

interface Props {
  /** An ECharts option (see dashboardModel's builders). */
  option: Record<string, unknown>;
  /** What the chart shows, read by screen readers in place of the canvas. */
  label: string;
  height?: number;
  /** Called with the index of the clicked category (bar or slice) and of its series. */
  onSelect?: (dataIndex: number, seriesIndex: number) => void;
  testId?: string;
}

type Axis = { type?: string; axisLabel?: Record<string, unknown> };

/**
 * The option with every number written the language's way (ECharts writes 1,000 whatever the page's language): the
 * value axes' labels and the tooltip's values. Functions do not survive JSON, so they are added here, at drawing time.
 */
export function withNumbersOf(option: Record<string, unknown>, language: Language): Record<string, unknown> {
  const number = (value: unknown) =>
    typeof value === 'number' ? formatNumber(value, undefined, language) : String(value);
  const axes = (value: unknown) =>
    value === undefined
      ? undefined
      : (Array.isArray(value) ? value : [value]).map((axis: Axis) =>
          axis.type === 'value' ? { ...axis, axisLabel: { ...axis.axisLabel, formatter: number } } : axis,
        );
  const tooltip = option.tooltip as Record<string, unknown> | undefined;
  return {
    ...option,
    ...(option.xAxis === undefined ? {} : { xAxis: axes(option.xAxis) }),
    ...(option.yAxis === undefined ? {} : { yAxis: axes(option.yAxis) }),
    ...(tooltip && !tooltip.formatter ? { tooltip: { ...tooltip, valueFormatter: number } } : {}),
  };
}

/** A canvas chart that follows its container's width (cards reflow on small screens). */
export function Chart({ option, label, height = 260, onSelect, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => select.current?.(event.dataIndex, event.seriesIndex ?? 0));
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Compared by value: the page rebuilds its options on every render, the chart redraws only when a figure changes.
  const json = JSON.stringify(option);
  const { language } = useI18n();
  useEffect(() => {
    chart.current?.setOption(withNumbersOf(JSON.parse(json), language), { notMerge: true });
  }, [json, language]);

  return (
    <div
      ref={host}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onSelect ? 'pointer' : undefined }}
    />
  );
}
