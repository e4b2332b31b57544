import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the charts draw is registered (the line is the grassroots page's minimum), so the bundle carries bar and pie charts, not all of ECharts.
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
  /** Called with the index of the clicked category (bar or slice). */
  onSelect?: (dataIndex: number) => void;
  testId?: string;
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
    instance.on('click', (event) => select.current?.(event.dataIndex));
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
  useEffect(() => {
    chart.current?.setOption(JSON.parse(json), { notMerge: true });
  }, [json]);

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
