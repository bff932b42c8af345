/**
 * Public API of src/schedule/report: the self-contained HTML/SVG rendering of a schedule report,
 * and the SVG primitives it is built from (scales, line chart, timeline heatmap, escaping).
 */
export * from './renderScheduleHtml';
export * from './scheduleCharts';
export * from './reportPalette';
export * from './decisionOrder';
export * from './scheduleSummary';
export * from './decisionsTable';
export * from './escapeHtml';
export * from './axisScale';
export * from './linearScale';
export * from './logScale';
export * from './svgElement';
export * from './svgMarker';
export * from './svgLegend';
export * from './svgAxes';
export * from './svgDocument';
export * from './lineChart';
export * from './timelineChart';
